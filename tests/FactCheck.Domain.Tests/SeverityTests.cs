using FactCheck.Domain;

namespace FactCheck.Domain.Tests;

/// <summary>Conflict, warning or note: how much a finding weighs for a desk.</summary>
public sealed class SeverityTests
{
    private static readonly DateOnly Day = new(2025, 9, 11);

    private static Finding Pair(string unit, ClaimFigures a, ClaimFigures b, long sourceB = 2) =>
        ConsistencyEngine.Check(new ClaimWorld([new QuantityFact("q", "q", unit, QuantityKind.Event)],
            [new ClaimFact(1, 1, "q", a, Day), new ClaimFact(2, sourceB, "q", b, Day)], [])).Findings.Single();

    [Fact]
    public void Over_1300_against_up_to_1300_is_a_wording_slip_a_warning()
    {
        var finding = Pair("people", new ClaimFigures(Qualifier.MoreThan, 1300), new ClaimFigures(Qualifier.UpTo, 1300));
        Assert.Equal((FindingKind.ValueConflict, Severity.Warning), (finding.Kind, finding.Severity));
    }

    [Theory]
    [InlineData("people")]
    [InlineData("usd")]
    public void Fourteen_against_sixteen_stays_a_conflict(string unit) =>
        Assert.Equal(Severity.Conflict, Pair(unit, new ClaimFigures(Qualifier.Exact, 14), new ClaimFigures(Qualifier.Exact, 16)).Severity);

    [Fact]
    public void At_least_1301_against_up_to_1300_is_a_conflict_with_no_open_end_to_close() =>
        Assert.Equal(Severity.Conflict, Pair("people", new ClaimFigures(Qualifier.AtLeast, 1301), new ClaimFigures(Qualifier.UpTo, 1300)).Severity);

    [Fact]
    public void A_warning_inside_one_source_keeps_its_same_source_flag()
    {
        var finding = Pair("usd", new ClaimFigures(Qualifier.MoreThan, 50), new ClaimFigures(Qualifier.AtMost, 50), sourceB: 1);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.True(finding.Pair!.SameSource);
    }

    [Fact]
    public void Agreement_only_by_rounding_is_a_note() =>
        Assert.Equal((FindingKind.HoldsOnlyByRounding, Severity.Note),
            Pair("people", new ClaimFigures(Qualifier.Exact, 1300), new ClaimFigures(Qualifier.Exact, 1340)) is var f ? (f.Kind, f.Severity) : default);
}
