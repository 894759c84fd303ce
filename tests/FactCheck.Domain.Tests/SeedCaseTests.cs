using FactCheck.Domain;

namespace FactCheck.Domain.Tests;

/// <summary>The engine reproduces the `expected` block of the seed case exactly.</summary>
public sealed class SeedCaseTests
{
    private static readonly GoldWorld Gold = GoldWorld.Instance;
    private static readonly ConsistencyReport Report = ConsistencyEngine.Check(Gold.World);

    private static string Pair(long a, long b) => $"{Math.Min(a, b)}-{Math.Max(a, b)}";

    private IEnumerable<string> ExpectedPairs(string path) =>
        Gold.Json["expected"]![path]!.AsArray().Select(p => Pair(Gold.ClaimIds[(string)p![0]!], Gold.ClaimIds[(string)p[1]!]));

    [Theory]
    [InlineData("belarus/political-prisoners/held", 8)]
    [InlineData("belarus/release/2025-06/count", 3)]
    public void The_value_conflicts_are_exactly_the_expected_pairs(string quantity, int count)
    {
        var expected = Gold.Json["expected"]!["value_conflicts"]![quantity]!.AsArray()
            .Select(p => Pair(Gold.ClaimIds[(string)p![0]!], Gold.ClaimIds[(string)p[1]!])).Order().ToList();
        var actual = Report.Findings.Where(f => f.Kind == FindingKind.ValueConflict && f.QuantityKeys[0] == quantity)
            .Select(f => Pair(f.ClaimIds[0], f.ClaimIds[1])).Order().ToList();

        Assert.Equal(count, actual.Count);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void No_other_quantity_has_a_value_conflict()
    {
        var keys = Report.Findings.Where(f => f.Kind == FindingKind.ValueConflict).Select(f => f.QuantityKeys[0]).Distinct().Order();
        Assert.Equal(["belarus/political-prisoners/held", "belarus/release/2025-06/count"], keys);
    }

    [Fact]
    public void The_same_source_conflicts_are_flagged()
    {
        var actual = Report.Findings.Where(f => f.Kind == FindingKind.ValueConflict && f.Pair!.SameSource)
            .Select(f => Pair(f.ClaimIds[0], f.ClaimIds[1])).Order();
        Assert.Equal(ExpectedPairs("same_source_conflicts").Order(), actual);
    }

    [Fact]
    public void The_percent_relation_conflicts_with_c0c_and_shows_its_arithmetic()
    {
        var r1 = Report.Relations.Single(r => r.RelationId == Gold.RelationIds["r1"]);

        Assert.Equal(RelationVerdict.Conflicting, r1.Verdict);
        Assert.Equal([Gold.ClaimIds["c0c"]], r1.ClaimsOutOfLine);
        var held = r1.Terms.Single(t => t.Role == RelationRole.Whole);
        Assert.Equal("[1156, 1485]", held.Possible.ToString());
        Assert.Contains("3.5% to 4.5%", r1.Explanation, StringComparison.Ordinal);
        Assert.Contains("1,155.6 to 1,485.7 people, i.e. 1,156 to 1,485 people", r1.Explanation, StringComparison.Ordinal);
        Assert.EndsWith("which rules out Alexander Lukashenko, unknown (translated report), 22 Aug 2025: 'one and a half or two thousand' (1,500 to 2,000 people).",
            r1.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_listed_nationalities_add_up_to_more_than_the_foreign_nationals()
    {
        var r2 = Report.Relations.Single(r => r.RelationId == Gold.RelationIds["r2"]);

        Assert.Equal(RelationVerdict.Conflicting, r2.Verdict);
        Assert.Contains("(6 people) + Latvians released (2 people) + Germans released (2 people) + French nationals released (1 person) + "
            + "British nationals released (1 person) + Polish nationals released (3 people) = 15 people, which must be at most", r2.Explanation, StringComparison.Ordinal);
        Assert.Contains(Gold.ClaimIds["c2c"], r2.ClaimsOutOfLine);
        Assert.Contains(Gold.ClaimIds["c4d"], r2.ClaimsOutOfLine);
    }

    [Theory]
    [InlineData("r3")]
    [InlineData("r4")]
    public void The_parts_of_the_release_fit_within_it(string relation)
    {
        var report = Report.Relations.Single(r => r.RelationId == Gold.RelationIds[relation]);
        Assert.Equal(RelationVerdict.Consistent, report.Verdict);
        Assert.Empty(report.ClaimsOutOfLine);
        Assert.DoesNotContain(Report.Findings, f => f.Relation?.RelationId == report.RelationId);
    }

    [Fact]
    public void The_consistent_examples_are_free_of_conflict()
    {
        var conflicts = Report.Findings.Where(f => f.Kind == FindingKind.ValueConflict).Select(f => Pair(f.ClaimIds[0], f.ClaimIds[1])).ToHashSet();
        foreach (var pair in ExpectedPairs("consistent_examples"))
            Assert.DoesNotContain(pair, conflicts);
    }

    [Fact]
    public void Each_quantity_gets_its_verdict()
    {
        var verdicts = Report.Quantities.ToDictionary(q => q.Key, q => q.Verdict);
        Assert.Equal(QuantityVerdict.Conflicting, verdicts["belarus/political-prisoners/held"]);
        Assert.Equal(QuantityVerdict.Conflicting, verdicts["belarus/release/2025-06/count"]);
        Assert.Equal(QuantityVerdict.Consistent, verdicts["belarus/release/2025-09-11/foreign-nationals"]);
        Assert.Equal(QuantityVerdict.SingleClaim, verdicts["belarus/release/2025-09-11/count"]);

        var held = Report.Quantities.Single(q => q.Key == "belarus/political-prisoners/held").Periods.Single();
        Assert.Null(held.Shared);
        Assert.Equal("[1300, 1300]", held.LargestGroup!.Shared.ToString());
        Assert.Equal(new[] { "c0a", "c0c" }.Select(id => Gold.ClaimIds[id]), held.Outside);
    }

    [Fact]
    public void A_claim_that_meets_another_only_by_rounding_is_flagged()
    {
        // "over 1,300" and "1,300 prisoners" meet only because 1,300 may have been rounded from 1,301 or more.
        var flagged = Report.Findings.Where(f => f.Kind == FindingKind.HoldsOnlyByRounding).Select(f => Pair(f.ClaimIds[0], f.ClaimIds[1]));
        Assert.Contains(Pair(Gold.ClaimIds["c0a"], Gold.ClaimIds["c0e"]), flagged);
    }

    /// <summary>Every finding of the seed case, word for word: tests/golden/seed-findings.txt (UPDATE_GOLDEN=1 rewrites it).</summary>
    [Fact]
    public void Every_explanation_reads_as_the_golden_file_says()
    {
        var text = string.Concat(Report.Findings.Select(f => $"{f.Kind} {f.Severity} claims {string.Join(",", f.ClaimIds)}\n{f.Explanation}\n\n"));
        var golden = Golden.Path("seed-findings.txt");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1") File.WriteAllText(golden, text);

        Assert.Equal(File.ReadAllText(golden), text);
    }

    [Fact]
    public void A_relation_finding_holds_at_issue_only_the_claims_its_arithmetic_rules_out()
    {
        var r1 = Report.Findings.Single(f => f.Relation?.RelationId == Gold.RelationIds["r1"]);

        Assert.Equal([Gold.ClaimIds["c0c"]], r1.ClaimsAtIssue);
        Assert.Equal([1L], r1.SourcesAtIssue);
        Assert.True(r1.ClaimIds.Count > 10);
        var pair = Report.Findings.First(f => f.Kind == FindingKind.ValueConflict);
        Assert.Equal(pair.ClaimIds, pair.ClaimsAtIssue);
    }

    [Fact]
    public void The_best_supported_figure_is_what_the_largest_agreeing_group_shares_with_its_sources()
    {
        var june = Report.Quantities.Single(q => q.Key == "belarus/release/2025-06/count").Periods.Single().Supported;

        Assert.Equal("[14, 14]", june.Figure.ToString());
        Assert.Equal(new[] { "c0d", "c3b", "c4j" }.Select(id => Gold.ClaimIds[id]).Order(), june.ClaimIds);
        Assert.Equal([1L, 4L, 5L], june.SourceIds);
        Assert.StartsWith("Best supported: 14 people, which 3 of the 4 claims allow, from 3 sources:", june.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void A_findings_id_is_the_same_in_every_culture_and_across_recomputation()
    {
        var ids = Report.Findings.Select(f => f.Id).ToList();
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal(ids, ConsistencyEngine.Check(Gold.World).Findings.Select(f => f.Id));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
        Assert.Equal(ids.Count, ids.Distinct().Count());
        // The June-release conflict of claims 12 and 13, as the Swagger example names it.
        Assert.Contains("8c57c9a5c66bf5b3", ids);
    }
}
