using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using FactCheck.Domain;

namespace FactCheck.Benchmarks;

/// <summary>
/// The consistency engine at 10³ to 10⁶ claims, in two shapes: a store of many small quantities
/// tied by relations (ten claims each, a tenth of them outliers), and one quantity holding every claim.
/// Time per claim is the figure to watch: it should grow no faster than log n.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private ClaimWorld _store = null!;
    private ClaimWorld _oneQuantity = null!;

    [Params(1_000, 10_000, 100_000, 1_000_000)]
    public int Claims { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _store = Store(Claims);
        _oneQuantity = OneQuantity(Claims);
    }

    [Benchmark(Description = "store: n/10 quantities, n/20 relations")]
    public int Store() => ConsistencyEngine.Check(_store).Findings.Count;

    [Benchmark(Description = "one quantity of n claims")]
    public int OneQuantity() => ConsistencyEngine.Check(_oneQuantity).Findings.Count;

    internal static ClaimWorld Store(int claims)
    {
        var random = new Random(42);
        var quantityCount = Math.Max(1, claims / 10);
        var quantities = Enumerable.Range(0, quantityCount)
            .Select(i => new QuantityFact($"q/{i}", $"Quantity {i}", "people", i % 2 == 0 ? QuantityKind.Event : QuantityKind.Stock, 31))
            .ToList();
        var truth = quantities.Select(_ => random.Next(100, 5000)).ToArray();
        var facts = Enumerable.Range(1, claims).Select(id =>
        {
            var q = random.Next(quantityCount);
            var value = random.Next(10) == 0 ? truth[q] * 2 : truth[q];
            return new ClaimFact(id, random.Next(1, 1000), quantities[q].Key, Figure(random, value), new DateOnly(2025, 1, 1).AddDays(random.Next(365)));
        }).ToList();
        var relations = Enumerable.Range(1, Math.Max(1, claims / 20)).Select(id =>
        {
            var total = random.Next(quantityCount);
            return new RelationFact(id, RelationKind.PartsAtMost,
                [new(RelationRole.Total, quantities[total].Key), new(RelationRole.Part, quantities[(total + 1) % quantityCount].Key)]);
        }).ToList();
        return new ClaimWorld(quantities, facts, relations);
    }

    internal static ClaimWorld OneQuantity(int claims)
    {
        var random = new Random(7);
        var facts = Enumerable.Range(1, claims)
            .Select(id => new ClaimFact(id, random.Next(1, 1000), "held", Figure(random, random.Next(10) == 0 ? random.Next(0, 3000) : 1300),
                new DateOnly(2025, 1, 1).AddDays(random.Next(365))))
            .ToList();
        return new ClaimWorld([new QuantityFact("held", "Held", "people", QuantityKind.Event)], facts, []);
    }

    private static ClaimFigures Figure(Random random, int value) => random.Next(4) switch
    {
        0 => new ClaimFigures(Qualifier.Exact, value),
        1 => new ClaimFigures(Qualifier.MoreThan, value - random.Next(1, 100)),
        2 => new ClaimFigures(Qualifier.UpTo, value + random.Next(0, 100)),
        _ => new ClaimFigures(Qualifier.Between, null, value - random.Next(0, 50), value + random.Next(0, 50)),
    };
}
