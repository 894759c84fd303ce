using BenchmarkDotNet.Attributes;
using FactCheck.Domain.Extraction;

namespace FactCheck.Benchmarks;

/// <summary>
/// Extraction throughput on news text (the five seed articles, repeated), and on hostile text: runs of
/// digits or separators, endlessly repeated qualifier and number words, groups of digits, signs, shares, measures,
/// one endless web address and an endless run of numbers. Linear means 1 MB takes
/// about ten times what 100 KB takes, whatever the text.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private static readonly Dictionary<string, string> Units = new()
    {
        ["articles"] = BenchmarkText.Articles(),
        ["digits"] = "9",
        ["separators"] = "1,1",
        ["qualifiers"] = "more than nearly up to ",
        ["spelled"] = "one and a half or ",
        ["ranges"] = "between 1 and 2-",
        ["grouped"] = "1 000 ",
        ["signs"] = "-1 .5 ",
        ["shares"] = "one in five two-thirds of ",
        ["measures"] = "5 km to 6 km 3m ",
        ["address"] = "a.bc/%2C",
        ["number-runs"] = "1 22 ",
    };

    private string _text = "";

    [Params("articles", "digits", "separators", "qualifiers", "spelled", "ranges", "grouped", "signs", "shares", "measures", "address", "number-runs")]
    public string Input { get; set; } = "";

    [Params(100_000, 1_000_000)]
    public int Characters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkText.Repeated(Units[Input], Characters);
    }

    [Benchmark]
    public int Extract() => NumberExtractor.Extract(_text).Count;
}
