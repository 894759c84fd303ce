using System.Text.Json.Nodes;
using FactCheck.Domain;

namespace FactCheck.Domain.Tests;

/// <summary>
/// The seed case's value conflicts follow from the claims' intervals alone: every claim of the seed's
/// quantities compares with every other (the stock's claims lie within its 31-day window), so two
/// claims conflict exactly when their intervals do not meet.
/// </summary>
public sealed class SeedIntervalTests
{
    private static readonly JsonNode Gold = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "seed-claims.json")))!;

    [Theory]
    [InlineData("belarus/political-prisoners/held")]
    [InlineData("belarus/release/2025-06/count")]
    public void Claims_conflict_exactly_when_their_intervals_do_not_meet(string quantity)
    {
        var unit = (string)Gold["quantities"]!.AsArray().Single(q => (string)q!["key"]! == quantity)!["unit"]!;
        var claims = Gold["claims"]!.AsArray()
            .Where(c => (string)c!["quantity"]! == quantity)
            .Select(c => (Id: (string)c!["id"]!, Interval: ClaimInterval.Of(new ClaimFigures(
                Enum.Parse<Qualifier>(((string)c["qualifier"]!).Replace("_", ""), ignoreCase: true),
                (decimal?)c["value"], (decimal?)c["min"], (decimal?)c["max"]), unit)))
            .ToList();

        var conflicts = (from a in claims
                         from b in claims
                         where string.CompareOrdinal(a.Id, b.Id) < 0 && !a.Interval.Overlaps(b.Interval)
                         select $"{a.Id}-{b.Id}").Order(StringComparer.Ordinal).ToList();

        var expected = Gold["expected"]!["value_conflicts"]![quantity]!.AsArray()
            .Select(pair => $"{pair![0]}-{pair[1]}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, conflicts);
    }
}
