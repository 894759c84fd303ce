using FactCheck.Domain;

namespace FactCheck.Domain.Tests;

public sealed class RelationTests
{
    private static readonly DateOnly Day = new(2025, 9, 11);

    private static ConsistencyReport Check(RelationKind kind, (RelationRole Role, string Key)[] terms, params (string Key, string Unit, ClaimFigures? Figures)[] quantities)
    {
        var claims = quantities.Where(q => q.Figures is not null)
            .Select((q, i) => new ClaimFact(i + 1, 1, q.Key, q.Figures!, Day)).ToList();
        return ConsistencyEngine.Check(new ClaimWorld(
            quantities.Select(q => new QuantityFact(q.Key, q.Key, q.Unit, QuantityKind.Event)).ToList(),
            claims,
            [new RelationFact(1, kind, terms.Select(t => new RelationTermFact(t.Role, t.Key)).ToList())]));
    }

    private static readonly (RelationRole, string)[] Share =
        [(RelationRole.Result, "share"), (RelationRole.Part, "part"), (RelationRole.Whole, "whole")];

    [Fact]
    public void Seven_percent_of_fifty_people_is_impossible_even_when_nobody_claims_the_count()
    {
        var report = Check(RelationKind.Percent, Share,
            ("share", Units.Percent, new ClaimFigures(Qualifier.Exact, 7)), ("part", "people", null), ("whole", "people", new ClaimFigures(Qualifier.Exact, 50)));

        var relation = report.Relations.Single();
        Assert.Equal(RelationVerdict.Conflicting, relation.Verdict);
        var part = relation.Terms.Single(t => t.Role == RelationRole.Part);
        Assert.True(part.Impossible);
        Assert.Equal("[3.25, 3.75]", part.Implied.ToString());
        Assert.Contains("3.25 to 3.75 people, which no people figure can be", relation.Explanation, StringComparison.Ordinal);
        // No claim in particular is out of line: every claim it rests on is at issue.
        Assert.Equal([1L, 2L], report.Findings.Single(f => f.Kind == FindingKind.RelationConflict).ClaimsAtIssue);
    }

    [Theory]
    [InlineData(20, RelationVerdict.Consistent)]
    [InlineData(19, RelationVerdict.Conflicting)]
    public void A_total_of_twenty_parts_of_one_each_is_twenty(int total, RelationVerdict verdict)
    {
        // More terms than a relation's implied intervals are worked out on the stack for.
        var parts = Enumerable.Range(1, 20).Select(i => $"part {i}").ToArray();
        var report = Check(RelationKind.Sum, [(RelationRole.Total, "total"), .. parts.Select(p => (RelationRole.Part, p))],
            [("total", "people", new ClaimFigures(Qualifier.Exactly, total)), .. parts.Select(p => (p, "people", (ClaimFigures?)new ClaimFigures(Qualifier.Exactly, 1)))]);

        var relation = report.Relations.Single();
        Assert.Equal(verdict, relation.Verdict);
        Assert.Equal("[20, 20]", relation.Terms.Single(t => t.Role == RelationRole.Total).Implied.ToString());
    }

    [Fact]
    public void Eight_percent_of_fifty_people_is_four()
    {
        var report = Check(RelationKind.Percent, Share,
            ("share", Units.Percent, new ClaimFigures(Qualifier.Exact, 8)), ("part", "people", null), ("whole", "people", new ClaimFigures(Qualifier.Exact, 50)));

        var part = report.Relations.Single().Terms.Single(t => t.Role == RelationRole.Part);
        Assert.Equal(RelationVerdict.Consistent, report.Relations.Single().Verdict);
        Assert.Equal("[4, 4]", part.Possible.ToString());
        Assert.Empty(report.Findings);
    }

    private static readonly (RelationRole, string)[] Mean =
        [(RelationRole.Result, "mean"), (RelationRole.Part, "sum"), (RelationRole.Whole, "n")];

    [Theory]
    [InlineData(-11.67, RelationVerdict.HoldsOnlyByRounding)]   // −35 ÷ 3 = −11.666…: a signed sum of scores can be −35
    [InlineData(-11.5, RelationVerdict.Conflicting)]   // −34.5 is no whole number, whatever the sign
    [InlineData(11.67, RelationVerdict.HoldsOnlyByRounding)]
    public void A_mean_of_signed_whole_scores_passes_grim_when_a_whole_sum_fits_as_rounded(double mean, RelationVerdict verdict)
    {
        var report = Check(RelationKind.Ratio, Mean,
            ("mean", "points", new ClaimFigures(Qualifier.Exact, (decimal)mean)), ("sum", Units.Integer, null),
            ("n", "people", new ClaimFigures(Qualifier.Exact, 3)));

        Assert.Equal(verdict, report.Relations.Single().Verdict);
    }

    [Fact]
    public void A_count_stays_non_negative_where_an_integer_may_be_negative()
    {
        Assert.Equal("[0, 3]", ClaimInterval.WithinDomain(Interval.Closed(-2.5m, 3.5m), "people").ToString());
        Assert.Equal("[-2, 3]", ClaimInterval.WithinDomain(Interval.Closed(-2.5m, 3.5m), Units.Integer).ToString());
        Assert.Equal("[-3, 2]", ClaimInterval.WithinDomain(new Interval(-4, false, 3, false), Units.Integer).ToString());
        Assert.True(ClaimInterval.WithinDomain(Interval.Closed(-2.6m, -2.4m), Units.Integer).IsEmpty);
    }

    [Fact]
    public void Figures_that_divide_exactly_hold_without_a_rounding_note()
    {
        // 52 of 1,300 is 4% to the last digit; times the reciprocal of 1,300 it came out 3.99…, so a false note.
        var report = Check(RelationKind.Percent, Share,
            ("share", Units.Percent, new ClaimFigures(Qualifier.Exact, 4)), ("part", "people", new ClaimFigures(Qualifier.Exact, 52)),
            ("whole", "people", new ClaimFigures(Qualifier.Exact, 1300)));

        Assert.Equal(RelationVerdict.Consistent, report.Relations.Single().Verdict);
        Assert.Equal(Interval.Point(4), IntervalArithmetic.Divide(Interval.Point(5200), Interval.Point(1300)));
    }

    [Fact]
    public void A_relation_that_holds_only_by_rounding_is_flagged()
    {
        // 52 of 1,250 is 4.16%: "4%" fits only as a rounded figure.
        var report = Check(RelationKind.Percent, Share,
            ("share", Units.Percent, new ClaimFigures(Qualifier.Exact, 4)), ("part", "people", new ClaimFigures(Qualifier.Exact, 52)),
            ("whole", "people", new ClaimFigures(Qualifier.Exact, 1250, Precision: 1)));

        Assert.Equal(RelationVerdict.HoldsOnlyByRounding, report.Relations.Single().Verdict);
        Assert.Equal(FindingKind.RelationHoldsOnlyByRounding, report.Findings.Single().Kind);
    }

    [Theory]
    [InlineData(RelationKind.Sum, 10, 4, 6, true)]
    [InlineData(RelationKind.Sum, 10, 4, 5, false)]
    [InlineData(RelationKind.PartsAtMost, 10, 4, 5, true)]
    [InlineData(RelationKind.PartsAtMost, 10, 4, 7, false)]
    public void Parts_and_totals_are_checked_by_their_sums(RelationKind kind, int total, int a, int b, bool consistent)
    {
        var report = Check(kind, [(RelationRole.Total, "total"), (RelationRole.Part, "a"), (RelationRole.Part, "b")],
            ("total", "people", new ClaimFigures(Qualifier.Exact, total)), ("a", "people", new ClaimFigures(Qualifier.Exact, a)),
            ("b", "people", new ClaimFigures(Qualifier.Exact, b)));
        Assert.Equal(consistent ? RelationVerdict.Consistent : RelationVerdict.Conflicting, report.Relations.Single().Verdict);
    }

    [Theory]
    [InlineData(RelationKind.Difference, 30, 100, 70, true)]
    [InlineData(RelationKind.Difference, 40, 100, 70, false)]
    [InlineData(RelationKind.Ratio, 0.25, 25, 100, true)]
    [InlineData(RelationKind.Ratio, 0.5, 25, 100, false)]
    public void Differences_and_ratios_are_checked_by_their_arithmetic(RelationKind kind, double result, int first, int second, bool consistent)
    {
        var roles = kind == RelationKind.Difference
            ? new[] { (RelationRole.Result, "r"), (RelationRole.Minuend, "x"), (RelationRole.Subtrahend, "y") }
            : [(RelationRole.Result, "r"), (RelationRole.Part, "x"), (RelationRole.Whole, "y")];
        var report = Check(kind, roles,
            ("r", "usd", new ClaimFigures(Qualifier.Exact, (decimal)result, Precision: 0.01m)),
            ("x", "usd", new ClaimFigures(Qualifier.Exact, first, Precision: 1)), ("y", "usd", new ClaimFigures(Qualifier.Exact, second, Precision: 1)));
        Assert.Equal(consistent ? RelationVerdict.Consistent : RelationVerdict.Conflicting, report.Relations.Single().Verdict);
    }

    [Fact]
    public void A_quantity_of_thousands_of_mutually_conflicting_claims_is_reported_as_groups_not_pairs()
    {
        var claims = Enumerable.Range(1, 3000).Select(i => new ClaimFact(i, i, "q", new ClaimFigures(Qualifier.Exact, i * 2, Precision: 1), Day)).ToList();
        var report = ConsistencyEngine.Check(new ClaimWorld([new QuantityFact("q", "q", "people", QuantityKind.Event)], claims, []));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingKind.DispersedClaims, finding.Kind);
        Assert.Equal(3000, finding.Groups!.Count);
        Assert.True(report.Quantities.Single().PairsTruncated);
        Assert.Equal(QuantityVerdict.Conflicting, report.Quantities.Single().Verdict);
    }

    [Fact]
    public void Stock_claims_compare_only_within_their_window()
    {
        var claims = new[]
        {
            new ClaimFact(1, 1, "held", new ClaimFigures(Qualifier.Exact, 1000, Precision: 1), new DateOnly(2025, 1, 1)),
            new ClaimFact(2, 2, "held", new ClaimFigures(Qualifier.Exact, 1100, Precision: 1), new DateOnly(2025, 1, 31)),
            new ClaimFact(3, 3, "held", new ClaimFigures(Qualifier.Exact, 1200, Precision: 1), new DateOnly(2025, 3, 5)),
        };
        var report = ConsistencyEngine.Check(new ClaimWorld([new QuantityFact("held", "held", "people", QuantityKind.Stock, 30)], claims, []));

        Assert.Equal([1L, 2L], Assert.Single(report.Findings).ClaimIds);
        Assert.Equal(2, report.Quantities.Single().Periods.Count);
    }

    private static ConsistencyReport WithConstants(RelationFact relation, params (string Key, string Unit, decimal? Exact)[] quantities) =>
        ConsistencyEngine.Check(new ClaimWorld(
            quantities.Select(q => new QuantityFact(q.Key, q.Key, q.Unit, QuantityKind.Event)).ToList(),
            quantities.Where(q => q.Exact is not null).Select((q, i) => new ClaimFact(i + 1, 1, q.Key, new ClaimFigures(Qualifier.Exact, q.Exact), Day)).ToList(),
            [relation]));

    // "Tsikhanouski and 13 others": freed = others + 1.
    private static readonly RelationFact TsikhanouskiAndOthers =
        new(1, RelationKind.Sum, [new(RelationRole.Total, "freed"), new(RelationRole.Part, "others")]) { Constants = [new(RelationRole.Part, 1)] };

    [Theory]
    [InlineData(14, RelationVerdict.Consistent)]
    [InlineData(13, RelationVerdict.Conflicting)]
    [InlineData(16, RelationVerdict.Conflicting)]
    public void A_constant_part_adds_to_the_parts_of_a_sum(int freed, RelationVerdict verdict)
    {
        var report = WithConstants(TsikhanouskiAndOthers, ("freed", "people", freed), ("others", "people", 13));

        var relation = report.Relations.Single();
        Assert.Equal(verdict, relation.Verdict);
        Assert.StartsWith($"Others (13 people) + 1 = 14 people, which must equal freed ({freed} people).", relation.Explanation, StringComparison.Ordinal);
        Assert.Equal(["freed", "others"], relation.Terms.Select(t => t.QuantityKey));
    }

    [Fact]
    public void A_constant_passes_its_value_to_an_unclaimed_quantity_and_on_through_the_chain()
    {
        // others = freed − 1 with freed claimed 14, so others is 13; 13 of them foreign is more than all of them at 12.
        var report = ConsistencyEngine.Check(new ClaimWorld(
            [new("freed", "freed", "people", QuantityKind.Event), new("others", "others", "people", QuantityKind.Event),
             new("foreign", "foreign", "people", QuantityKind.Event), new("belarusian", "belarusian", "people", QuantityKind.Event)],
            [new(1, 1, "freed", new ClaimFigures(Qualifier.Exact, 14), Day), new(2, 1, "belarusian", new ClaimFigures(Qualifier.Exact, 2), Day),
             new(3, 1, "foreign", new ClaimFigures(Qualifier.Exact, 12), Day)],
            [TsikhanouskiAndOthers, new(2, RelationKind.Sum, [new(RelationRole.Total, "others"), new(RelationRole.Part, "foreign"), new(RelationRole.Part, "belarusian")])]));

        var chained = report.Relations.Single(r => r.RelationId == 2);
        Assert.Equal(RelationVerdict.Conflicting, chained.Verdict);
        Assert.Contains("no claims; relation 1 gives 13 people", chained.Explanation, StringComparison.Ordinal);
        Assert.Equal(RelationVerdict.Consistent, report.Relations.Single(r => r.RelationId == 1).Verdict);
    }

    [Theory]
    [InlineData(5.2, RelationVerdict.Consistent)]
    [InlineData(4, RelationVerdict.Conflicting)]
    public void A_constant_whole_is_taken_exactly(double share, RelationVerdict verdict)
    {
        var relation = new RelationFact(1, RelationKind.Percent, [new(RelationRole.Result, "share"), new(RelationRole.Part, "freed")])
        {
            Constants = [new(RelationRole.Whole, 1000)],
        };
        var report = WithConstants(relation, ("share", Units.Percent, (decimal)share), ("freed", "people", 52));

        Assert.Equal(verdict, report.Relations.Single().Verdict);
        Assert.Contains("= 100 × freed (52 people) ÷ 1,000.", report.Relations.Single().Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relation_of_constants_alone_is_not_checked()
    {
        var relation = new RelationFact(1, RelationKind.Sum, []) { Constants = [new(RelationRole.Total, 3), new(RelationRole.Part, 1)] };
        var report = WithConstants(relation, ("q", "people", 1));

        Assert.Empty(report.Relations);
        Assert.Empty(report.Findings);
    }
}
