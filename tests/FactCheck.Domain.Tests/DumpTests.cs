namespace FactCheck.Domain.Tests;
public sealed class DumpTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        foreach (var file in Directory.GetFiles("/work/main/db/seed/articles").Order())
        {
            output.WriteLine("=== " + Path.GetFileName(file));
            var text = File.ReadAllText(file);
            foreach (var m in FactCheck.Domain.Extraction.NumberExtractor.Extract(text))
                output.WriteLine($"  {m.Kind,-9} {m.Qualifier,-13} {m.Value?.ToString() ?? $"{m.Min}..{m.Max}",-14} unit={m.Unit,-7} noun={m.Noun,-30} | {m.Text}");
        }
    }
}
