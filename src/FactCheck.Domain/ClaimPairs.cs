namespace FactCheck.Domain;

/// <summary>
/// Finds the comparable pairs of claims whose intervals do not meet, in O(n log n + pairs): claims in
/// date order, a window of the later claims each one compares with, and the window's ends kept sorted
/// so that the claims wholly above or below each one are read off, never tested one by one (but for a handful of claims).
/// </summary>
internal static class ClaimPairs
{
    /// <summary>
    /// Index pairs into <paramref name="intervals"/>, whose <paramref name="dates"/> must be in order, each unordered pair once.
    /// A null window compares every claim with every other. Stops after <paramref name="budget"/> pairs and says so.
    /// </summary>
    public static (List<(int First, int Second)> Pairs, bool Truncated) Disjoint<TIntervals, TDates>(
        TIntervals intervals, TDates dates, int? windowDays, int budget)
        where TIntervals : IReadOnlyList<Interval> where TDates : IReadOnlyList<DateOnly> =>
        // So few claims cannot exceed the budget: testing every pair is cheaper than sorting, and finds the same pairs.
        (long)intervals.Count * (intervals.Count - 1) / 2 <= Math.Min(budget, 120) ? EveryPair(intervals, dates, windowDays)
        : windowDays is null ? DisjointWithoutWindow(intervals, budget)
        : DisjointWithinWindow(intervals, dates, windowDays.Value, budget);

    internal static (List<(int, int)> Pairs, bool Truncated) EveryPair<TIntervals, TDates>(TIntervals intervals, TDates dates, int? windowDays)
        where TIntervals : IReadOnlyList<Interval> where TDates : IReadOnlyList<DateOnly>
    {
        var pairs = new List<(int, int)>();
        for (var i = 0; i < intervals.Count; i++)
            for (var j = i + 1; j < intervals.Count; j++)
                if ((windowDays is not { } window || dates[j].DayNumber - dates[i].DayNumber <= window)
                    && (Above(intervals[j], intervals[i]) || Above(intervals[i], intervals[j])))
                    pairs.Add((i, j));
        return (pairs, false);
    }

    // Wholly above, end against end as the sorted sweeps compare them: an interval holding nothing is above or below nothing by that.
    private static bool Above(Interval upper, Interval lower) =>
        lower.High is { } high && EndKey.OfLow(upper).CompareTo(new EndKey(0, high, lower.HighClosed ? 1 : 0)) >= 0;

    /// <summary>
    /// Without dates to respect, the claims wholly above a claim are a suffix of the claims sorted by
    /// their lower ends: one sort and a binary search each.
    /// </summary>
    internal static (List<(int, int)> Pairs, bool Truncated) DisjointWithoutWindow<TIntervals>(TIntervals claims, int budget)
        where TIntervals : IReadOnlyList<Interval>
    {
        var lows = new (EndKey Key, int Index)[claims.Count];
        for (var i = 0; i < claims.Count; i++) lows[i] = (EndKey.OfLow(claims[i]), i);
        Array.Sort(lows);
        var pairs = new List<(int, int)>();
        for (var i = 0; i < claims.Count; i++)
        {
            if (claims[i].High is not { } high) continue;
            var first = LowerBound(lows, new EndKey(0, high, claims[i].HighClosed ? 1 : 0));
            for (var k = first; k < lows.Length; k++)
                if (lows[k].Index != i && Add(pairs, i, lows[k].Index, budget)) return (pairs, true);
        }
        return (pairs, false);
    }

    private static int LowerBound((EndKey Key, int Index)[] sorted, EndKey key)
    {
        var (low, high) = (0, sorted.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sorted[middle].Key.CompareTo(key) < 0) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    internal static (List<(int, int)> Pairs, bool Truncated) DisjointWithinWindow<TIntervals, TDates>(
        TIntervals intervals, TDates dates, int windowDays, int budget)
        where TIntervals : IReadOnlyList<Interval> where TDates : IReadOnlyList<DateOnly>
    {
        var byLow = new SortedSet<(EndKey Key, int Index)>();
        var byHigh = new SortedSet<(EndKey Key, int Index)>();
        var pairs = new List<(int, int)>();
        var next = 0;
        for (var i = 0; i < intervals.Count; i++)
        {
            var (interval, asOf) = (intervals[i], dates[i]);
            byLow.Remove((EndKey.OfLow(interval), i));
            byHigh.Remove((EndKey.OfHigh(interval), i));
            next = Math.Max(next, i + 1);
            while (next < intervals.Count && dates[next].DayNumber - asOf.DayNumber <= windowDays)
            {
                byLow.Add((EndKey.OfLow(intervals[next]), next));
                byHigh.Add((EndKey.OfHigh(intervals[next]), next));
                next++;
            }
            if (byLow.Count == 0) continue;

            // Wholly above: a lower end past this claim's upper end (an open end on either side parts them at a tie).
            if (interval.High is { } high)
                foreach (var (_, j) in byLow.GetViewBetween((new EndKey(0, high, interval.HighClosed ? 1 : 0), int.MinValue), (EndKey.Max, int.MaxValue)))
                    if (Add(pairs, i, j, budget)) return (pairs, true);
            // Wholly below: an upper end short of this claim's lower end.
            if (interval.Low is { } low)
                foreach (var (_, j) in byHigh.GetViewBetween((EndKey.Min, int.MinValue), (new EndKey(0, low, interval.LowClosed ? 0 : 1), int.MaxValue)))
                    if (Add(pairs, i, j, budget)) return (pairs, true);
        }
        return (pairs, false);
    }

    private static bool Add(List<(int, int)> pairs, int i, int j, int budget)
    {
        if (pairs.Count == budget) return true;
        pairs.Add((i, j));
        return false;
    }

    /// <summary>
    /// An interval end on the number line: −∞ and +∞ outermost; at one value a closed lower end
    /// (rank 0) comes before an open one (rank 1), and an open upper end (rank 0) before a closed one (rank 1).
    /// </summary>
    private readonly record struct EndKey(int Infinity, decimal Value, int Rank) : IComparable<EndKey>
    {
        public static readonly EndKey Min = new(-1, 0, 0);
        public static readonly EndKey Max = new(1, 0, 0);

        public static EndKey OfLow(Interval i) => i.Low is { } v ? new EndKey(0, v, i.LowClosed ? 0 : 1) : Min;

        public static EndKey OfHigh(Interval i) => i.High is { } v ? new EndKey(0, v, i.HighClosed ? 1 : 0) : Max;

        public int CompareTo(EndKey other) =>
            Infinity != other.Infinity ? Infinity.CompareTo(other.Infinity)
            : Infinity != 0 ? 0
            : Value != other.Value ? Value.CompareTo(other.Value)
            : Rank.CompareTo(other.Rank);
    }
}
