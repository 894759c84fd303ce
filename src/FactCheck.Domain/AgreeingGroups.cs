using System.Buffers;

namespace FactCheck.Domain;

/// <summary>Groups of claims whose intervals share a value.</summary>
internal static class AgreeingGroups
{
    /// <summary>
    /// The largest group of claims that share a value, found by one sweep over the interval ends:
    /// ties go to the group with more distinct sources, then to the lower interval.
    /// </summary>
    /// <param name="backing">
    /// Receives the group's claims in the order of <paramref name="claims"/> when they do not all share a value; when they
    /// do, the group is every claim with a non-empty interval, and nothing is copied.
    /// </param>
    public static AgreeingGroup? Largest(IReadOnlyList<PlacedClaim> claims, List<PlacedClaim> backing) =>
        Find(claims, backing, listIds: true, sourceIds: null) is var (shared, ids) ? new AgreeingGroup(shared, ids!) : null;

    /// <summary>The interval the largest group shares, without listing its claims: all a relation's side needs.</summary>
    /// <param name="sourceIds">The claims' distinct sources, ascending, when the caller has them already.</param>
    public static Interval? SharedByLargest(IReadOnlyList<PlacedClaim> claims, long[]? sourceIds = null) =>
        Find(claims, null, listIds: false, sourceIds)?.Shared;

    private static (Interval Shared, IReadOnlyList<long>? Ids)? Find(IReadOnlyList<PlacedClaim> claims, List<PlacedClaim>? backing, bool listIds, long[]? sourceIds)
    {
        // Most often every claim shares a value: then they are the group, and no sweep is needed.
        var all = Interval.All;
        var live = 0;
        for (var i = 0; i < claims.Count; i++)
            if (claims[i].Interval is { IsEmpty: false } interval) (all, live) = (all.Intersect(interval), live + 1);
        if (live == 0) return null;
        if (!all.IsEmpty)
            return (all, listIds ? Ids.OfClaims(live == claims.Count ? claims : claims.Where(c => !c.Interval.IsEmpty).ToList()) : null);

        // At one value: open upper ends close first, then closed lower ends open, the value itself is
        // counted, closed upper ends close, open lower ends open, and the gap just above it is counted.
        // Sources by their place among the claims' distinct sources, so the sweep counts them in an array.
        // The sweep's two buffers are rented: a store sweeps once per quantity whose claims disagree.
        sourceIds ??= Ids.OfSources(claims);
        var events = ArrayPool<End>.Shared.Rent(live * 2);
        var count = 0;
        for (var i = 0; i < claims.Count; i++)
        {
            var c = claims[i];
            if (c.Interval.IsEmpty) continue;
            var source = Array.BinarySearch(sourceIds, c.SourceId);
            events[count++] = new End(c.Interval.Low, c.Interval.Low is null ? -1 : c.Interval.LowClosed ? 1 : 3, +1, source);
            if (c.Interval.High is { } high) events[count++] = new End(high, c.Interval.HighClosed ? 2 : 0, -1, source);
        }
        var ends = events.AsSpan(0, count);
        ends.Sort();

        var open = ArrayPool<int>.Shared.Rent(sourceIds.Length);
        Array.Clear(open, 0, sourceIds.Length);
        var (depth, bestDepth, sources, bestSources) = (0, 0, 0, 0);
        decimal? witness = null;
        var witnessFound = false;
        for (var k = 0; k < ends.Length; k++)
        {
            var (at, order, delta, source) = ends[k];
            depth += delta;
            if (delta > 0 && open[source]++ == 0) sources++;
            else if (delta < 0 && --open[source] == 0) sources--;

            // Count once a run of opening ends at one place is complete.
            var runEnds = k + 1 == ends.Length || ends[k + 1].At != at || ends[k + 1].Order != order;
            if (delta < 0 || !runEnds) continue;
            if (depth > bestDepth || (depth == bestDepth && sources > bestSources))
            {
                (bestDepth, bestSources, witnessFound) = (depth, sources, true);
                witness = WitnessAfter(ends, k);
            }
        }
        ArrayPool<End>.Shared.Return(events);
        ArrayPool<int>.Shared.Return(open);
        if (!witnessFound) return null;

        var shared = Interval.All;
        var ids = listIds ? new List<long>(bestDepth) : null;
        backing?.EnsureCapacity(backing.Count + bestDepth);
        for (var i = 0; i < claims.Count; i++)
        {
            var c = claims[i];
            if (c.Interval.IsEmpty || !(witness is null ? c.Interval.Low is null : c.Interval.Contains(witness.Value))) continue;
            shared = shared.Intersect(c.Interval);
            ids?.Add(c.ClaimId);
            backing?.Add(c);
        }
        ids?.Sort();
        return (shared, ids);
    }

    /// <summary>An end of a claim's interval, in the order the sweep meets them; compared as a struct, not through a delegate.</summary>
    private readonly record struct End(decimal? At, int Order, int Delta, int Source) : IComparable<End>
    {
        public int CompareTo(End other) => At is { } at
            ? other.At is { } otherAt ? at != otherAt ? at.CompareTo(otherAt) : Order.CompareTo(other.Order) : 1
            : other.At is null ? Order.CompareTo(other.Order) : -1;
    }

    // A value inside the region the sweep is in after end k: the end's own value for a closed
    // start, else a value between it and the next end.
    private static decimal? WitnessAfter(ReadOnlySpan<End> ends, int k)
    {
        var (at, order, _, _) = ends[k];
        if (order == 1) return at;
        decimal? nextAt = null;
        for (var i = k + 1; i < ends.Length && nextAt is null; i++)
            if (ends[i].At is { } a && a != at) nextAt = a;
        if (at is null) return nextAt is { } n ? Decimals.Sum(n, -1) ?? n : 0;
        return nextAt is { } next ? at.Value / 2 + next / 2 : Decimals.Sum(at.Value, 1) ?? at.Value;
    }

    /// <summary>Claims sorted by their lower end, cut into consecutive groups that each share a value: a partition, linear in size.</summary>
    public static IReadOnlyList<AgreeingGroup> Partition(IReadOnlyList<PlacedClaim> claims)
    {
        var live = claims.Where(c => !c.Interval.IsEmpty).ToArray();
        var keys = Array.ConvertAll(live, c => new LowerEnd(c.Interval.Low, c.ClaimId));
        Array.Sort(keys, live);
        var groups = new List<AgreeingGroup>();
        var shared = Interval.All;
        var members = new List<long>();
        foreach (var claim in live)
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

    /// <summary>A claim's place in <see cref="Partition"/>: no lower end first, then by lower end, then by id.</summary>
    private readonly record struct LowerEnd(decimal? Low, long ClaimId) : IComparable<LowerEnd>
    {
        public int CompareTo(LowerEnd other) => (Low, other.Low) switch
        {
            (null, null) => ClaimId.CompareTo(other.ClaimId),
            (null, _) => -1,
            (_, null) => 1,
            var (a, b) => a != b ? a.Value.CompareTo(b!.Value) : ClaimId.CompareTo(other.ClaimId),
        };
    }
}
