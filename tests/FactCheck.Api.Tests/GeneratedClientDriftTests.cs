namespace FactCheck.Api.Tests;

/// <summary>The committed client is what Kiota generates from the committed document today (the README's command).</summary>
public sealed class GeneratedClientDriftTests
{
    [Fact]
    public async Task Regenerating_the_client_changes_nothing()
    {
        var output = Directory.CreateTempSubdirectory("factcheck-client-");
        try
        {
            await Dotnet("tool restore");
            await Dotnet($"kiota generate -l CSharp -d openapi/factcheck.v1.json -c FactCheckClient -n FactCheck.Client -o {output.FullName} --exclude-backward-compatible --clean-output --log-level Error");

            var committed = Path.Combine(Repository.Root, "src", "FactCheck.Client", "Generated");
            var expected = Files(committed);
            var generated = Files(output.FullName);
            Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), generated.Keys.Order(StringComparer.Ordinal));
            foreach (var (name, text) in generated)
                Assert.True(text == expected[name], $"{name} differs from what Kiota generates; regenerate the client with the README's command.");
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    /// <summary>Every file Kiota writes, by its path in the output, but the lock file's line naming where the output was.</summary>
    private static Dictionary<string, string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != ".kiota.log")
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'),
                f => string.Join('\n', File.ReadAllLines(f).Where(l => !l.Contains("\"descriptionLocation\"", StringComparison.Ordinal))));

    private static async Task Dotnet(string arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"dotnet {arguments} exited {process.ExitCode}: {await stdout}{await stderr}");
    }
}
