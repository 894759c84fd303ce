using System.Globalization;

namespace FactCheck.Domain;

/// <summary>Figures, intervals and dates as a reader would write them: "1,155.6", "1,156 to 1,485 people", "3.5% to 4.5%", "28 Aug 2025".</summary>
public static class Words
{
    public static string Number(decimal value)
    {
        var abs = Math.Abs(value);
        var decimals = abs >= 100 ? 1 : abs >= 1 ? 2 : 4;
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded.ToString("#,##0.####", CultureInfo.InvariantCulture);
    }

    /// <summary>Sentences as a reader expects them: each capitalised, each ending in a full stop.</summary>
    public static string Sentences(IEnumerable<string> sentences) =>
        string.Join(" ", sentences.Where(s => s.Length > 0).Select(Sentence));

    /// <summary>One sentence: capitalised, with a full stop unless it already ends in one.</summary>
    public static string Sentence(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..] + (text.EndsWith('.') ? "" : ".");

    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>Dates said once each: "11 and 12 Sep 2025", "22 Aug 2025 and 11 Sep 2025".</summary>
    public static string Dates(IEnumerable<DateOnly> dates)
    {
        var days = dates.Distinct().Order().ToList();
        if (days.Count == 1) return Date(days[0]);
        var oneMonth = days.All(d => d.Year == days[0].Year && d.Month == days[0].Month);
        var listed = oneMonth ? days.Select(d => d.Day.ToString(CultureInfo.InvariantCulture)).ToList() : days.Select(Date).ToList();
        var text = Listed(listed);
        return oneMonth ? text + days[0].ToString(" MMM yyyy", CultureInfo.InvariantCulture) : text;
    }

    /// <summary>A span of days, its month and year said once where they are shared: "1 to 10 Sep 2025".</summary>
    public static string Span(DateOnly from, DateOnly to) =>
        from.Year == to.Year && from.Month == to.Month ? $"{from.Day} to {Date(to)}" : $"{Date(from)} to {Date(to)}";

    /// <summary>Items as a sentence lists them: "a", "a and b", "a, b and c".</summary>
    public static string Listed(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    /// <summary>A unit after a figure: "1 person", "2 people"; percent and integer take none.</summary>
    public static string Unit(string unit, decimal? figure) =>
        unit is Units.Percent or Units.Integer ? ""
        : figure is 1 or -1 ? " " + Singular(unit)
        : " " + unit;

    private static string Singular(string unit) => unit switch
    {
        "people" or "persons" => "person",
        _ when unit.EndsWith('s') && !unit.EndsWith("ss", StringComparison.Ordinal) => unit[..^1],
        _ => unit,
    };

    private static string Figure(decimal value, string unit) => unit == Units.Percent ? Number(value) + "%" : Number(value);

    public static string Of(Interval interval, string unit)
    {
        string N(decimal v) => Figure(v, unit);
        if (interval.IsEmpty) return "no possible value";
        var text = (interval.Low, interval.High) switch
        {
            (null, null) => "any value",
            ({ } l, { } h) when l == h => N(l),
            ({ } l, { } h) => $"{N(l)} to {N(h)}",
            ({ } l, null) => (interval.LowClosed ? "at least " : "more than ") + N(l),
            (null, { } h) => (interval.HighClosed ? "at most " : "less than ") + N(h),
        };
        return interval.Low is null && interval.High is null ? text : text + Unit(unit, interval.High ?? interval.Low);
    }

    /// <summary>What a claim says, its qualifier in words: "up to 1,300 people", "more than 1,100 people", "1,500 to 2,000 people".</summary>
    public static string Written(ClaimFigures figures, string unit)
    {
        if (figures.Qualifier == Qualifier.Between)
            return $"{Figure(figures.Min ?? 0, unit)} to {Figure(figures.Max ?? 0, unit)}{Unit(unit, figures.Max)}";
        var value = figures.Value ?? 0;
        var words = figures.Qualifier switch
        {
            Qualifier.Approximately => "about ",
            Qualifier.MoreThan => "more than ",
            Qualifier.AtLeast => "at least ",
            Qualifier.LessThan => "less than ",
            Qualifier.UpTo => "up to ",
            Qualifier.AtMost => "at most ",
            Qualifier.Nearly => "nearly ",
            Qualifier.Exactly => "exactly ",
            _ => "",
        };
        return words + Figure(value, unit) + Unit(unit, value);
    }
}
