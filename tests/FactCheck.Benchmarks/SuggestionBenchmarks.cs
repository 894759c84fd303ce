using BenchmarkDotNet.Attributes;
using FactCheck.Domain;
using FactCheck.Domain.Extraction;

namespace FactCheck.Benchmarks;

/// <summary>
/// Suggestion over every proposal of a text, after extraction: the seed articles repeated, and a figure every eight
/// characters with no full stop ("4 cats, " repeated), where each figure has dozens of neighbours in its sentence.
/// Linear means 1 MB takes about ten times what 100 KB takes.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MemoryDiagnoser]
public class SuggestionBenchmarks
{
    private static readonly QuantityName[] Quantities =
    [
        new("belarus/political-prisoners/held", "Political prisoners held in Belarus", "people", [], QuantityKind.Stock, 31, new(2025, 8, 22), new(2025, 9, 12)),
        new("belarus/release/2025-06/count", "Political prisoners released in June 2025", "people", [], QuantityKind.Event, null, new(2025, 6, 21), new(2025, 6, 22)),
        new("belarus/release/2025-09-11/count", "Political prisoners released on 11 September 2025", "people", [], QuantityKind.Event, null, new(2025, 9, 11), new(2025, 9, 12)),
    ];

    private static readonly Dictionary<string, string> Units = new()
    {
        ["articles"] = BenchmarkText.Articles(),
        ["figures"] = "4 cats, ",
    };

    private readonly QuantitySuggester _suggester = new(Quantities);
    private string _text = "";
    private IReadOnlyList<NumberMention> _mentions = [];

    [Params("articles", "figures")]
    public string Input { get; set; } = "";

    [Params(100_000, 1_000_000)]
    public int Characters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkText.Repeated(Units[Input], Characters);
        _mentions = NumberExtractor.Extract(_text);
    }

    [Benchmark]
    public int Suggest() => _suggester.Suggest(_text, _mentions, new DateOnly(2025, 9, 12)).Count;
}
