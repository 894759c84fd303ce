using FactCheck.Domain;

namespace FactCheck.Domain.Tests;

/// <summary>Relations form a network: a quantity nobody claimed carries the bounds its relations imply.</summary>
public sealed class PropagationTests
{
    private static readonly DateOnly Day = new(2024, 3, 1);

    private static QuantityFact Q(string key, string unit) => new(key, key, unit, QuantityKind.Event);

    private static ClaimFact Claim(long id, string key, Qualifier qualifier, decimal value) => new(id, 1, key, new ClaimFigures(qualifier, value), Day);

    /// <summary>
    /// A survey written as two relations with the number of responses unclaimed: items per respondent =
    /// responses ÷ n, and mean = sum ÷ responses (a GRIM test through a chain).
    /// </summary>
    private static ConsistencyReport Survey(decimal itemsPerRespondent, decimal mean, long n) =>
        ConsistencyEngine.Check(new ClaimWorld(
            [Q("items", "points"), Q("responses", "count"), Q("n", "people"), Q("mean", "points"), Q("sum", Units.Integer)],
            [Claim(1, "items", Qualifier.Exactly, itemsPerRespondent), Claim(2, "n", Qualifier.Exactly, n), Claim(3, "mean", Qualifier.Exact, mean)],
            [
                new RelationFact(1, RelationKind.Ratio, [new(RelationRole.Result, "items"), new(RelationRole.Part, "responses"), new(RelationRole.Whole, "n")]),
                new RelationFact(2, RelationKind.Ratio, [new(RelationRole.Result, "mean"), new(RelationRole.Part, "sum"), new(RelationRole.Whole, "responses")]),
            ]));

    [Theory]
    [InlineData(3, 3.47, 15, RelationVerdict.HoldsOnlyByRounding)]  // 45 responses; 156 ÷ 45 = 3.466…
    [InlineData(3, 3.48, 15, RelationVerdict.Conflicting)]          // 45 responses; 3.475 to 3.485 × 45 holds no whole sum
    [InlineData(1, 3.48, 15, RelationVerdict.Conflicting)]          // 15 responses; 52.125 to 52.275
    [InlineData(1, 3.4, 15, RelationVerdict.Consistent)]            // 15 responses; 51 ÷ 15 = 3.4
    public void A_mean_is_checked_through_a_chain_of_relations(decimal items, decimal mean, long n, RelationVerdict verdict)
    {
        var report = Survey(items, mean, n);

        Assert.Equal(RelationVerdict.Consistent, report.Relations.Single(r => r.RelationId == 1).Verdict);
        Assert.Equal(verdict, report.Relations.Single(r => r.RelationId == 2).Verdict);
    }

    [Fact]
    public void The_explanation_says_which_relation_gave_the_unclaimed_quantity_its_bounds()
    {
        var relation = Survey(3, 3.48m, 15).Relations.Single(r => r.RelationId == 2);

        var responses = relation.Terms.Single(t => t.QuantityKey == "responses");
        Assert.Equal("[45, 45]", responses.Agreed.ToString());
        Assert.Contains("responses (no claims; relation 1 gives 45 count)", relation.Explanation, StringComparison.Ordinal);
        Assert.True(relation.Terms.Single(t => t.QuantityKey == "sum").Impossible);
    }

    [Fact]
    public void Without_the_chain_each_relation_alone_could_not_tell()
    {
        // The same mean with no relation for responses: it is unbounded, so no sum is ruled out.
        var report = ConsistencyEngine.Check(new ClaimWorld(
            [Q("responses", "count"), Q("mean", "points"), Q("sum", Units.Integer)],
            [Claim(3, "mean", Qualifier.Exact, 3.48m)],
            [new RelationFact(2, RelationKind.Ratio, [new(RelationRole.Result, "mean"), new(RelationRole.Part, "sum"), new(RelationRole.Whole, "responses")])]));
        Assert.Equal(RelationVerdict.Consistent, report.Relations.Single().Verdict);
    }

    [Fact]
    public void A_cycle_that_narrows_forever_stops_and_stays_sound()
    {
        // a = b ÷ 2 and b = a ÷ 2 narrow towards 0 without reaching it in finitely many steps.
        var report = ConsistencyEngine.Check(new ClaimWorld(
            [Q("a", "usd"), Q("b", "usd"), Q("half", "usd"), Q("c", "usd")],
            [new ClaimFact(1, 1, "half", new ClaimFigures(Qualifier.Exactly, 0.5m), Day), new ClaimFact(2, 1, "c", new ClaimFigures(Qualifier.Between, null, 0, 100), Day)],
            [
                new RelationFact(1, RelationKind.Ratio, [new(RelationRole.Result, "half"), new(RelationRole.Part, "a"), new(RelationRole.Whole, "b")]),
                new RelationFact(2, RelationKind.Ratio, [new(RelationRole.Result, "half"), new(RelationRole.Part, "b"), new(RelationRole.Whole, "a")]),
                new RelationFact(3, RelationKind.Difference, [new(RelationRole.Result, "a"), new(RelationRole.Minuend, "c"), new(RelationRole.Subtrahend, "b")]),
            ]));
        Assert.Equal(3, report.Relations.Count);
    }
}
