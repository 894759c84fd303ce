using FactCheck.Domain;
using FsCheck;
using FsCheck.Fluent;

namespace FactCheck.Domain.Tests;

/// <summary>
/// The engine is total: figures at and past the API's bounds, at decimal's own limits and with 28
/// decimal places, through every qualifier and every relation kind, give a report, never an exception.
/// </summary>
public sealed class ExtremeFigureProperties
{
    private const decimal Bound = 1_000_000_000_000_000_000m; // the API's bound on a figure, 10^18
    private const decimal Grain = 0.0000000001m;              // its finest grain, 10^-10

    /// <summary>The figures the property draws from: the bounds, a grain either side, decimal's extremes, over-precise ones.</summary>
    private static readonly decimal[] Extremes =
    [
        0m, 1m, Grain, Bound, Bound - 1, Bound + 1, Bound - Grain, Bound + Grain, 0.5m,
        decimal.MaxValue, decimal.MaxValue - 1, 0.0000000000000000000000000001m, 0.1234567890123456789012345678m,
        7.9228162514264337593543950335m, 1e28m, 99_999_999_999_999_999_999_999_999m, 1_300m, 100m,
    ];

    private static readonly Qualifier[] Qualifiers = Enum.GetValues<Qualifier>();

    private static readonly string[] UnitNames = ["people", Units.Percent, "usd"];

    private static decimal Figure(Random random)
    {
        var figure = Extremes[random.Next(Extremes.Length)];
        return random.Next(3) == 0 ? -figure : figure;
    }

    private static ClaimWorld ExtremeWorld(int seed)
    {
        var random = new Random(seed);
        string[] keys = ["result", "part", "whole", "other"];
        var quantities = keys.Select(k => new QuantityFact(k, k, UnitNames[random.Next(UnitNames.Length)],
            random.Next(2) == 0 ? QuantityKind.Event : QuantityKind.Stock, random.Next(0, 30))).ToList();
        var claims = Enumerable.Range(1, random.Next(1, 14)).Select(id =>
        {
            var qualifier = Qualifiers[random.Next(Qualifiers.Length)];
            var (a, b) = (Figure(random), Figure(random));
            var figures = qualifier == Qualifier.Between
                ? new ClaimFigures(qualifier, null, Math.Min(a, b), Math.Max(a, b))
                : new ClaimFigures(qualifier, a, Precision: random.Next(3) == 0 ? Math.Abs(b) is var p && p > 0 ? p : null : null);
            return new ClaimFact(id, random.Next(1, 4), keys[random.Next(keys.Length)], figures, new DateOnly(2025, 1, 1).AddDays(random.Next(60)));
        }).ToList();
        RelationFact Relation(long id, RelationKind kind, params (RelationRole Role, string Key)[] terms) =>
            new(id, kind, terms.Select(t => new RelationTermFact(t.Role, t.Key)).ToList());
        var relations = new List<RelationFact>
        {
            Relation(1, RelationKind.Percent, (RelationRole.Result, "result"), (RelationRole.Part, "part"), (RelationRole.Whole, "whole")),
            Relation(2, RelationKind.Ratio, (RelationRole.Result, "whole"), (RelationRole.Part, "other"), (RelationRole.Whole, "part")),
            Relation(3, RelationKind.Sum, (RelationRole.Total, "whole"), (RelationRole.Part, "part"), (RelationRole.Part, "other")),
            Relation(4, RelationKind.PartsAtMost, (RelationRole.Total, "other"), (RelationRole.Part, "part"), (RelationRole.Part, "result")),
            Relation(5, RelationKind.Difference, (RelationRole.Result, "result"), (RelationRole.Minuend, "whole"), (RelationRole.Subtrahend, "part")),
        };
        return new ClaimWorld(quantities, claims, relations);
    }

    /// <summary>Everything a reader can ask of a report: findings with their words, periods, relations.</summary>
    private static int ReadWhole(ConsistencyReport report) =>
        report.Findings.Sum(f => f.Explanation.Length)
        + report.Relations.Sum(r => r.Explanation.Length)
        + report.Quantities.Sum(q => q.Periods.Count + q.Claims.Sum(c => c.Interval.ToString().Length));

    [Fact]
    public void Extreme_figures_through_every_qualifier_and_relation_never_throw() =>
        Prop.ForAll<int>(seed => ReadWhole(ConsistencyEngine.Check(ExtremeWorld(seed))) > 0)
            .Check(Config.QuickThrowOnFailure.WithMaxTest(2000));

    [Theory]
    [MemberData(nameof(EveryExtreme))]
    public void Every_extreme_figure_under_every_qualifier_places_an_interval(decimal figure)
    {
        foreach (var unit in UnitNames)
            foreach (var qualifier in Qualifiers)
            {
                var claim = qualifier == Qualifier.Between
                    ? new ClaimFigures(qualifier, null, Math.Min(figure, -figure), Math.Max(figure, -figure))
                    : new ClaimFigures(qualifier, figure);
                var interval = ClaimInterval.Of(claim, unit);
                Assert.True(interval.IsEmpty || figure == 0 || qualifier == Qualifier.Between || Words.Of(interval, unit).Length > 0);
            }
    }

    public static TheoryData<decimal> EveryExtreme() => [.. Extremes.SelectMany(e => new[] { e, -e }).Distinct()];

    [Fact]
    public void An_exact_figure_at_decimals_limit_widens_to_an_unbounded_end_rather_than_overflow()
    {
        var interval = ClaimInterval.Of(new ClaimFigures(Qualifier.Exact, decimal.MaxValue), "usd");
        Assert.Null(interval.High);
        Assert.True(interval.Contains(decimal.MaxValue));
        Assert.True(interval.Low < decimal.MaxValue);
    }

    [Fact]
    public void A_product_past_decimal_is_unbounded_on_that_side_only()
    {
        var product = IntervalArithmetic.Multiply(Interval.Closed(1, Bound), Interval.Closed(2, Bound * 1000));
        Assert.Equal(2, product.Low);
        Assert.Null(product.High);
    }

    [Fact]
    public void A_quotient_by_the_finest_figure_stays_exact_or_unbounded()
    {
        var quotient = IntervalArithmetic.Divide(Interval.Closed(Bound, Bound), Interval.Closed(0.0000000000000000000000000001m, Grain));
        Assert.Equal(Bound / Grain, quotient.Low);
        Assert.Null(quotient.High);
    }
}
