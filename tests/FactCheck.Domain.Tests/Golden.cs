namespace FactCheck.Domain.Tests;

/// <summary>Golden files: texts pinned word for word, kept in tests/golden/ and shared with the HTTP tests.</summary>
internal static class Golden
{
    public static string Path(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "FactCheck.sln")))
                return System.IO.Path.Combine(dir.FullName, "tests", "golden", name);
        throw new InvalidOperationException("The repository root (FactCheck.sln) is not above " + AppContext.BaseDirectory);
    }
}
