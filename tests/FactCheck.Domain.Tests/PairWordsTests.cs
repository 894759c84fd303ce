using FactCheck.Domain;
using static FactCheck.Domain.Tests.SeptemberRelease;

namespace FactCheck.Domain.Tests;

/// <summary>A pair's finding says, in full, what parts its two claims: the gap, or the rounding that alone lets them meet.</summary>
public sealed class PairWordsTests
{
    private static Finding Only(FindingKind kind, params ClaimFact[] claims) =>
        ConsistencyEngine.Check(new ClaimWorld([Held], claims, [])).Findings.Single(f => f.Kind == kind);

    [Fact]
    public void A_conflict_says_the_gap_its_share_and_the_days_between()
    {
        var finding = Only(FindingKind.ValueConflict, Claim(1, Held, 1300, "2025-09-01"), Claim(2, Held, 1100, "2025-09-05"));

        Assert.Equal("These two claims are 100 people apart (8% of 1,250): claim 2 of 5 Sep 2025 (1,100 people, taken as 1,050 to 1,150 people), "
            + "against claim 1 of 1 Sep 2025 (1,300 people, taken as 1,250 to 1,350 people). "
            + "Their dates are 4 days apart, within the 31-day window in which this stock's claims compare.", finding.Explanation);
    }

    [Fact]
    public void A_rounding_finding_says_what_the_claims_wrote()
    {
        var finding = Only(FindingKind.HoldsOnlyByRounding, Claim(1, Held, 1300, "2025-09-01"), Claim(2, Held, 1340, "2025-09-01"));

        // Parted by their exact figures, 1,300 and 1,340, which only their grains (100 and 10) let meet.
        Assert.Equal("These two claims agree only through rounding: claim 1 of 1 Sep 2025 (1,300 people, taken as 1,250 to 1,350 people), "
            + "and claim 2 (1,340 people, taken as 1,335 to 1,345 people); as written, 1,300 people and 1,340 people do not meet.", finding.Explanation);
    }
}
