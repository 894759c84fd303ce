namespace FactCheck.Domain;

/// <summary>Groups of claims whose intervals share a value.</summary>
internal static class AgreeingGroups
{
    /// <summary>
    /// The largest group of claims that share a value, found by one sweep over the interval ends:
    /// ties go to the group with more distinct sources, then to the lower interval.
    /// </summary>
    public static AgreeingGroup? Largest(IReadOnlyList<PlacedClaim> claims)
    {
        var live = claims.Where(c => !c.Interval.IsEmpty).ToList();
        if (live.Count == 0) return null;

        // At one value: open upper ends close first, then closed lower ends open, the value itself is
        // counted, closed upper ends close, open lower ends open, and the gap just above it is counted.
        var events = new List<(decimal? At, int Order, int Delta, long Source)>(live.Count * 2);
        foreach (var c in live)
        {
            events.Add((c.Interval.Low, c.Interval.Low is null ? -1 : c.Interval.LowClosed ? 1 : 3, +1, c.SourceId));
            if (c.Interval.High is { } high) events.Add((high, c.Interval.HighClosed ? 2 : 0, -1, c.SourceId));
        }
        events.Sort((a, b) => a.At is null ? (b.At is null ? a.Order.CompareTo(b.Order) : -1)
            : b.At is null ? 1
            : a.At != b.At ? a.At.Value.CompareTo(b.At.Value) : a.Order.CompareTo(b.Order));

        var sources = new Dictionary<long, int>();
        var (depth, bestDepth, bestSources) = (0, 0, 0);
        decimal? witness = null;
        var witnessFound = false;
        for (var k = 0; k < events.Count; k++)
        {
            var (at, order, delta, source) = events[k];
            depth += delta;
            if (delta > 0) sources[source] = sources.GetValueOrDefault(source) + 1;
            else if (--sources[source] == 0) sources.Remove(source);

            // Count once a run of opening ends at one place is complete.
            var runEnds = k + 1 == events.Count || events[k + 1].At != at || events[k + 1].Order != order;
            if (delta < 0 || !runEnds) continue;
            if (depth > bestDepth || (depth == bestDepth && sources.Count > bestSources))
            {
                (bestDepth, bestSources, witnessFound) = (depth, sources.Count, true);
                witness = WitnessAfter(events, k);
            }
        }
        if (!witnessFound) return null;

        var members = live.Where(c => witness is null ? c.Interval.Low is null : c.Interval.Contains(witness.Value)).ToList();
        var shared = members.Aggregate(Interval.All, (s, c) => s.Intersect(c.Interval));
        return new AgreeingGroup(shared, members.Select(c => c.ClaimId).Order().ToList());
    }

    // A value inside the region the sweep is in after event k: the event's own value for a closed
    // start, else a value between it and the next end.
    private static decimal? WitnessAfter(List<(decimal? At, int Order, int Delta, long Source)> events, int k)
    {
        var (at, order, _, _) = events[k];
        if (order == 1) return at;
        var nextAt = events.Skip(k + 1).Select(e => e.At).FirstOrDefault(a => a is not null && a != at);
        if (at is null) return nextAt is { } n ? Decimals.Sum(n, -1) ?? n : 0;
        return nextAt is { } next ? at.Value / 2 + next / 2 : Decimals.Sum(at.Value, 1) ?? at.Value;
    }

    /// <summary>Claims sorted by their lower end, cut into consecutive groups that each share a value: a partition, linear in size.</summary>
    public static IReadOnlyList<AgreeingGroup> Partition(IReadOnlyList<PlacedClaim> claims)
    {
        var sorted = claims.Where(c => !c.Interval.IsEmpty)
            .OrderBy(c => c.Interval.Low is null ? 0 : 1).ThenBy(c => c.Interval.Low ?? 0).ThenBy(c => c.ClaimId).ToList();
        var groups = new List<AgreeingGroup>();
        var shared = Interval.All;
        var members = new List<long>();
        foreach (var claim in sorted)
        {
            var narrowed = shared.Intersect(claim.Interval);
            if (narrowed.IsEmpty)
            {
                groups.Add(new AgreeingGroup(shared, members.Order().ToList()));
                (shared, members) = (claim.Interval, []);
            }
            else
            {
                shared = narrowed;
            }
            members.Add(claim.ClaimId);
        }
        if (members.Count > 0) groups.Add(new AgreeingGroup(shared, members.Order().ToList()));
        return groups;
    }
}
