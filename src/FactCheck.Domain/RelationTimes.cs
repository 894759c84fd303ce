namespace FactCheck.Domain;

/// <summary>
/// When a relation is checked (consistency.md, second revision): at the dates it speaks of, never
/// across all dates. Its own as-of date anchors it; else the dates of its events' claims do; a
/// relation among stocks only is checked per period of its stocks' claims. At each time, a stock
/// stands for its claims comparable with it; an event is timeless.
/// </summary>
internal static class RelationTimes
{
    /// <summary>
    /// One time a relation is checked at: the dates it is anchored at (a claim of a stock is
    /// comparable when it lies within the stock's window of one of them), or a period (a claim
    /// lies within it).
    /// </summary>
    public sealed record Time(DateOnly From, DateOnly To, IReadOnlyList<DateOnly>? Anchors)
    {
        /// <summary>Tells times apart: relations checked at the same time share their unclaimed quantities' nodes (<see cref="Propagation"/>).</summary>
        public string Key => Anchors is { } anchors ? string.Join(",", anchors) : $"{From}..{To}";

        public bool Includes(DateOnly asOf, int window)
        {
            if (Anchors is null) return asOf >= From && asOf <= To;
            for (var i = 0; i < Anchors.Count; i++)
                if (Math.Abs(asOf.DayNumber - Anchors[i].DayNumber) <= window) return true;
            return false;
        }

        /// <summary>The time in words, for explanations: "at 11 and 12 Sep 2025", "from 22 Aug 2025 to 11 Sep 2025".</summary>
        public string Words() =>
            Anchors is { } anchors ? "at " + Domain.Words.Dates(anchors)
            : From == To ? "on " + Domain.Words.Date(From)
            : "from " + Domain.Words.Span(From, To);
    }

    /// <summary>How an explanation of a check at <paramref name="time"/> begins: "At 11 Sep 2025: ", or nothing for a timeless one.</summary>
    public static string Lead(Time? time) => time is null ? "" : Domain.Words.Sentence(time.Words())[..^1] + ": ";

    /// <summary>The times to check <paramref name="relation"/> at; a single null when it has no stock, so no time matters.</summary>
    public static IReadOnlyList<Time?> Of(RelationFact relation, Func<string, RelationCheck.Side> side)
    {
        // Loops, not LINQ: this runs once per relation of the store. A quantity two terms name is listed twice, which
        // changes neither the narrowest window nor the distinct dates.
        var quantities = new List<RelationCheck.Side>(relation.Terms.Count);
        int? window = null;
        for (var t = 0; t < relation.Terms.Count; t++)
        {
            var s = side(relation.Terms[t].QuantityKey);
            quantities.Add(s);
            if (s.Quantity.Kind == QuantityKind.Stock) window = Math.Min(window ?? int.MaxValue, s.Quantity.WindowDays ?? 0);
        }
        if (window is null) return Timeless;
        if (relation.AsOf is { } asOf) return [new Time(asOf, asOf, [asOf])];

        var anchors = DatesOf(quantities, QuantityKind.Event);
        if (anchors.Count > 0) return [new Time(anchors[0], anchors[^1], anchors)];

        // Stocks only: their claims' dates cut into periods of the narrowest window, each starting at
        // the first date not yet in one, as a stock's own report cuts them.
        var dates = DatesOf(quantities, QuantityKind.Stock);
        var periods = new List<Time?>();
        for (var start = 0; start < dates.Count;)
        {
            var end = start;
            while (end + 1 < dates.Count && dates[end + 1].DayNumber - dates[start].DayNumber <= window.Value) end++;
            periods.Add(new Time(dates[start], dates[end], null));
            start = end + 1;
        }
        return periods.Count > 0 ? periods : Timeless;
    }

    private static readonly IReadOnlyList<Time?> Timeless = [null];

    /// <summary>The distinct dates of the claims of the quantities of one kind, ascending: each date once, so that a time's
    /// anchors stay as few as the dates, however many claims share them.</summary>
    private static List<DateOnly> DatesOf(List<RelationCheck.Side> quantities, QuantityKind kind)
    {
        var count = 0;
        foreach (var s in quantities)
            if (s.Quantity.Kind == kind) count += s.Claims.Count;
        var dates = new List<DateOnly>(count);
        foreach (var s in quantities)
            if (s.Quantity.Kind == kind)
                for (var i = 0; i < s.Claims.Count; i++) dates.Add(s.Claims[i].AsOf);
        dates.Sort();
        var kept = 0;
        for (var i = 0; i < dates.Count; i++)
            if (kept == 0 || dates[i] != dates[kept - 1]) dates[kept++] = dates[i];
        dates.RemoveRange(kept, dates.Count - kept);
        return dates;
    }

    /// <summary>What the relation takes a quantity to be at <paramref name="time"/>: a stock by its claims comparable with it.</summary>
    public static RelationCheck.Side At(RelationCheck.Side side, Time? time)
    {
        if (time is null || side.Quantity.Kind != QuantityKind.Stock) return side;
        var window = side.Quantity.WindowDays ?? 0;
        var count = 0;
        for (var i = 0; i < side.Claims.Count; i++)
            if (time.Includes(side.Claims[i].AsOf, window)) count++;
        if (count == side.Claims.Count) return side;
        // Counted first, so the claims comparable with the time fill an array of their own size.
        var within = new PlacedClaim[count];
        count = 0;
        for (var i = 0; i < side.Claims.Count; i++)
            if (time.Includes(side.Claims[i].AsOf, window)) within[count++] = side.Claims[i];
        return RelationCheck.Side.Of(side.Quantity, within);
    }
}
