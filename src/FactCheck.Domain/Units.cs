namespace FactCheck.Domain;

/// <summary>The values a unit lets a figure be.</summary>
public enum UnitValues
{
    /// <summary>Any number: money, points, physical units.</summary>
    Any,
    /// <summary>0 to 100: <c>percent</c>.</summary>
    Percentage,
    /// <summary>Whole numbers of either sign: <c>integer</c> (sums of scores, net changes, balances).</summary>
    Whole,
    /// <summary>Whole numbers from 0: counts such as <c>people</c>.</summary>
    WholeNonNegative,
}

/// <summary>What a unit says about the values a quantity can take.</summary>
public static class Units
{
    public const string Percent = "percent";

    /// <summary>A share said as a fraction ("two-thirds of"): 0.5 is a half.</summary>
    public const string Fraction = "fraction";

    /// <summary>Whole numbers that may be negative.</summary>
    public const string Integer = "integer";

    private static readonly HashSet<string> Counts = new(StringComparer.Ordinal)
    {
        "people", "persons", "count", "items", "cases", "deaths", "votes", "prisoners", "events",
    };

    /// <summary>Counts are whole and never negative: "52 people" is exactly 52.</summary>
    public static bool IsCount(string unit) => Counts.Contains(unit);

    public static UnitValues ValuesOf(string unit) =>
        IsCount(unit) ? UnitValues.WholeNonNegative
        : unit == Integer ? UnitValues.Whole
        : unit == Percent ? UnitValues.Percentage
        : UnitValues.Any;
}
