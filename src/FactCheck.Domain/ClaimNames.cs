namespace FactCheck.Domain;

/// <summary>How explanations name a claim: who said it, where and when, in its own words, and what it says.</summary>
internal static class ClaimNames
{
    /// <summary>
    /// "Alexander Lukashenko, bne IntelliNews, 28 Aug 2025: 'release 1,300 political prisoners'". After
    /// <paramref name="previous"/>, what the two share is said once: "same article" for the outlet, no second date.
    /// </summary>
    public static string Of(PlacedClaim claim, PlacedClaim? previous = null)
    {
        if (claim.ClaimId == ClaimFact.Unsaved) return "the checked figure";
        var date = previous?.AsOf == claim.AsOf ? null : Words.Date(claim.AsOf);
        if (claim.Fact.Cited is not { } cited) return $"claim {claim.ClaimId}" + (date is null ? "" : $" of {date}");
        var outlet = previous?.SourceId == claim.SourceId ? "same article" : cited.Outlet;
        return string.Join(", ", new[] { cited.Speaker, outlet, date }.OfType<string>()) + $": '{cited.Quote}'";
    }

    /// <summary>
    /// The name and what the claim says, its qualifier in words: "… 'up to 1,300 political prisoners' (up to 1,300 people)";
    /// a rounded figure also says what it is taken as ("1,300 people, taken as 1,250 to 1,350 people").
    /// </summary>
    public static string Saying(PlacedClaim claim, string unit, PlacedClaim? previous = null) =>
        $"{Of(claim, previous)} ({Reading(claim, unit)})";

    public static string Reading(PlacedClaim claim, string unit)
    {
        var figures = claim.Fact.Figures;
        var written = Words.Written(figures, unit);
        var rounded = figures.Qualifier is Qualifier.Exact or Qualifier.Approximately or Qualifier.Nearly && claim.Interval.Low != claim.Interval.High;
        return rounded ? $"{written}, taken as {Words.Of(claim.Interval, unit)}" : written;
    }

    /// <summary>Several claims in one list: "A and B", "A, B and C", each after the one before it.</summary>
    public static string List(IReadOnlyList<PlacedClaim> claims, string unit)
    {
        var named = claims.Select((c, i) => Saying(c, unit, i == 0 ? null : claims[i - 1])).ToList();
        return Words.Listed(named);
    }
}
