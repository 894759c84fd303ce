namespace FactCheck.Benchmarks;

/// <summary>The texts the extraction and suggestion benchmarks read: a unit repeated to a length, and the seed articles.</summary>
internal static class BenchmarkText
{
    /// <summary>The five seed articles, one after another.</summary>
    public static string Articles() =>
        string.Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "articles")).Order().Select(File.ReadAllText));

    /// <summary><paramref name="unit"/> repeated and cut to exactly <paramref name="characters"/> characters.</summary>
    public static string Repeated(string unit, int characters) =>
        string.Concat(Enumerable.Repeat(unit, characters / unit.Length + 1))[..characters];
}
