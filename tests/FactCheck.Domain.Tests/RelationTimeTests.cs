using FactCheck.Domain;
using static FactCheck.Domain.Tests.SeptemberRelease;

namespace FactCheck.Domain.Tests;

/// <summary>The seed topic in small: 52 freed on 11 September 2025 were 4% of the political prisoners held.</summary>
internal static class SeptemberRelease
{
    public static readonly QuantityFact Freed = new("freed", "released on 11 September", "people", QuantityKind.Event);
    public static readonly QuantityFact Share = new("share", "share of prisoners released", Units.Percent, QuantityKind.Event);
    public static readonly QuantityFact Held = new("held", "political prisoners held", "people", QuantityKind.Stock, WindowDays: 31);

    public static readonly RelationFact FourPercent = new(1, RelationKind.Percent,
        [new(RelationRole.Result, "share"), new(RelationRole.Part, "freed"), new(RelationRole.Whole, "held")]);

    public static ClaimFact Claim(long id, QuantityFact quantity, decimal value, string asOf) =>
        new(id, id, quantity.Key, new ClaimFigures(Qualifier.Exact, value), DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>Relations hold at a time: a stock stands for its claims comparable with the dates the relation speaks of.</summary>
public sealed class RelationTimeTests
{

    private static ConsistencyReport Check(IReadOnlyList<ClaimFact> claims, params RelationFact[] relations) =>
        ConsistencyEngine.Check(new ClaimWorld([Freed, Share, Held], claims, relations.Length > 0 ? relations : [FourPercent]));

    // 52 freed = 4% of those held puts the held at 1,156 to 1,485 in September; 1,150 was claimed in June.
    private static readonly ClaimFact[] September = [Claim(1, Freed, 52, "2025-09-11"), Claim(2, Share, 4, "2025-09-11")];

    [Fact]
    public void A_count_from_june_is_no_evidence_about_september()
    {
        var report = Check([.. September, Claim(3, Held, 1150, "2025-06-22")]);

        var relation = report.Relations.Single();
        Assert.Equal(RelationVerdict.Consistent, relation.Verdict);
        Assert.Equal((new DateOnly(2025, 9, 11), new DateOnly(2025, 9, 11)), (relation.From!.Value, relation.To!.Value));
        Assert.DoesNotContain(report.Findings, f => f.Kind == FindingKind.RelationConflict);
    }

    [Fact]
    public void The_same_count_within_the_window_still_conflicts_and_the_explanation_names_the_date()
    {
        var report = Check([.. September, Claim(3, Held, 1150, "2025-09-01")]);

        var finding = Assert.Single(report.Findings, f => f.Kind == FindingKind.RelationConflict);
        Assert.Contains(3L, finding.Relation!.ClaimsOutOfLine);
        Assert.StartsWith("At 11 Sep 2025: ", finding.Explanation, StringComparison.Ordinal);
        Assert.Contains("which rules out claim 3 of 1 Sep 2025 (1,150 people, taken as 1,145 to 1,155 people)", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_comparable_claims_of_a_stock_make_its_agreed_interval()
    {
        // In June 2,000 were held; in September 1,300. Across all dates the largest agreeing group
        // would be June's two claims, and September's 1,300 would look out of line.
        var report = Check([.. September, Claim(3, Held, 2000, "2025-06-01"), Claim(4, Held, 2000, "2025-06-20"), Claim(5, Held, 1300, "2025-09-12")]);

        var held = report.Relations.Single().Terms.Single(t => t.Role == RelationRole.Whole);
        Assert.Equal("[1250, 1350]", held.Agreed.ToString());
        Assert.Equal(RelationVerdict.Consistent, report.Relations.Single().Verdict);
    }

    [Fact]
    public void A_relation_with_its_own_date_is_anchored_there()
    {
        var dated = FourPercent with { AsOf = new DateOnly(2025, 6, 22) };
        var report = Check([.. September, Claim(3, Held, 1150, "2025-06-22"), Claim(4, Held, 1300, "2025-09-12")], dated);

        var relation = report.Relations.Single();
        Assert.Equal(new DateOnly(2025, 6, 22), relation.From);
        var held = relation.Terms.Single(t => t.Role == RelationRole.Whole);
        Assert.Equal("[1145, 1155]", held.Agreed.ToString());
        Assert.Contains(3L, relation.ClaimsOutOfLine);
        Assert.DoesNotContain(4L, relation.ClaimsOutOfLine);
    }

    [Fact]
    public void A_relation_among_stocks_is_checked_per_period_and_never_across_them()
    {
        var total = new QuantityFact("total", "held in all", "people", QuantityKind.Stock, WindowDays: 31);
        var women = new QuantityFact("women", "women held", "people", QuantityKind.Stock, WindowDays: 31);
        var sum = new RelationFact(2, RelationKind.PartsAtMost, [new(RelationRole.Total, "total"), new(RelationRole.Part, "women")]);
        ClaimFact C(long id, QuantityFact q, decimal v, string asOf) => Claim(id, q, v, asOf);

        // 180 women held in September, 150 held in all in March: no period holds both.
        var apart = ConsistencyEngine.Check(new ClaimWorld([total, women], [C(1, total, 150, "2025-03-01"), C(2, women, 180, "2025-09-01")], [sum]));
        Assert.Equal(2, apart.Relations.Count);
        Assert.All(apart.Relations, r => Assert.Equal(RelationVerdict.Consistent, r.Verdict));

        var together = ConsistencyEngine.Check(new ClaimWorld([total, women], [C(1, total, 150, "2025-09-10"), C(2, women, 180, "2025-09-01")], [sum]));
        var relation = Assert.Single(together.Relations);
        Assert.Equal(RelationVerdict.Conflicting, relation.Verdict);
        Assert.StartsWith("From 1 to 10 Sep 2025: ", relation.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relation_of_events_only_is_timeless()
    {
        var released = new QuantityFact("released", "released", "people", QuantityKind.Event);
        var sum = new RelationFact(3, RelationKind.PartsAtMost, [new(RelationRole.Total, "released"), new(RelationRole.Part, "freed")]);
        var report = ConsistencyEngine.Check(new ClaimWorld([released, Freed],
            [Claim(1, released, 40, "2024-01-01"), Claim(2, Freed, 52, "2025-09-11")], [sum]));

        var relation = Assert.Single(report.Relations);
        Assert.Null(relation.From);
        Assert.Equal(RelationVerdict.Conflicting, relation.Verdict);
    }
}

/// <summary>A figure checked before it is stored: a verdict true to its findings, judged at its own date.</summary>
public sealed class FigureCheckTests
{

    private static FigureCheck Check(decimal held, string asOf, params ClaimFact[] stored) =>
        FigureCheck.Of(new ClaimWorld([Freed, Share, Held], [Claim(1, Freed, 52, "2025-09-11"), Claim(2, Share, 4, "2025-09-11"), .. stored], [FourPercent]),
            Claim(ClaimFact.Unsaved, Held, held, asOf) with { SourceId = 9 });

    [Fact]
    public void A_figure_the_relation_rules_out_at_its_date_conflicts_and_says_why()
    {
        var check = Check(1100, "2025-09-12");

        Assert.Equal(FigureVerdict.Conflicts, check.Verdict);
        var finding = Assert.Single(check.Findings);
        Assert.Equal([ClaimFact.Unsaved], finding.Relation!.ClaimsOutOfLine);
        Assert.Equal("At 11 Sep 2025: Political prisoners held = 100 × 52 people ÷ (3.5% to 4.5%) = 1,155.6 to 1,485.7 people, i.e. 1,156 to 1,485 people, "
            + "which rules out the checked figure (1,100 people).",
            finding.Explanation);
    }

    [Fact]
    public void A_figure_from_another_month_has_nothing_to_be_compared_with()
    {
        Assert.Equal(FigureVerdict.NoComparableClaims, Check(1100, "2025-06-22").Verdict);
        Assert.Equal(FigureVerdict.Fits, Check(1100, "2025-06-22", Claim(3, Held, 1100, "2025-06-01")).Verdict);
    }

    [Fact]
    public void A_relation_already_in_conflict_is_not_laid_on_a_figure_that_fits_it()
    {
        // 2,000 held on 1 September is out of line with the release; 1,300 is not, and must not inherit that conflict.
        var check = Check(1300, "2025-09-12", Claim(3, Held, 2000, "2025-09-01"));

        Assert.Equal(FigureVerdict.Conflicts, check.Verdict);
        Assert.All(check.Findings, f => Assert.Equal(FindingKind.ValueConflict, f.Kind));
        Assert.Equal(FigureVerdict.Fits, Check(1300, "2025-09-12").Verdict);
    }

    [Fact]
    public void A_figure_never_moves_another_quantitys_interval()
    {
        // Stored, the held count is split 1,200 against 1,400 (ties go to the lower); as a claim, a second 1,400 would
        // make 1,400 the agreed figure and move what the relation implies for the share. Judged alone, it does not.
        var check = Check(1400, "2025-09-12", Claim(3, Held, 1200, "2025-09-01"), Claim(4, Held, 1400, "2025-09-02"));

        Assert.DoesNotContain(check.Findings, f => f.Kind == FindingKind.RelationConflict);
        Assert.Equal(FigureVerdict.Conflicts, check.Verdict);
        Assert.Equal([ClaimFact.Unsaved, 3L], check.Findings.Single().ClaimIds);
    }
}
