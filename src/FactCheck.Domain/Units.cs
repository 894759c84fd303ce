namespace FactCheck.Domain;

/// <summary>What a unit says about the values a quantity can take.</summary>
public static class Units
{
    public const string Percent = "percent";

    private static readonly HashSet<string> Counts = new(StringComparer.Ordinal)
    {
        "people", "persons", "count", "items", "cases", "deaths", "votes", "prisoners", "events",
    };

    /// <summary>Counts are whole and never negative: "52 people" is exactly 52.</summary>
    public static bool IsCount(string unit) => Counts.Contains(unit);
}
