using System.Globalization;

namespace FactCheck.Domain;

/// <summary>Figures and intervals as a reader would write them: "1,155.6", "1,156 to 1,485 people", "3.5% to 4.5%".</summary>
public static class Words
{
    public static string Number(decimal value)
    {
        var abs = Math.Abs(value);
        var decimals = abs >= 100 ? 1 : abs >= 1 ? 2 : 4;
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded.ToString("#,##0.####", CultureInfo.InvariantCulture);
    }

    /// <summary>An explanation as a sentence: capitalised, with a full stop.</summary>
    public static string Sentence(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..] + ".";

    public static string Of(Interval interval, string unit)
    {
        string N(decimal v) => unit == Units.Percent ? Number(v) + "%" : Number(v);
        // A percentage takes its sign; a signed whole number is a bare number.
        var suffix = unit is Units.Percent or Units.Integer ? "" : " " + unit;
        if (interval.IsEmpty) return "no possible value";
        var text = (interval.Low, interval.High) switch
        {
            (null, null) => "any value",
            ({ } l, { } h) when l == h => N(l),
            ({ } l, { } h) => $"{N(l)} to {N(h)}",
            ({ } l, null) => (interval.LowClosed ? "at least " : "more than ") + N(l),
            (null, { } h) => (interval.HighClosed ? "at most " : "less than ") + N(h),
        };
        return text + (interval.Low is null && interval.High is null ? "" : suffix);
    }
}
