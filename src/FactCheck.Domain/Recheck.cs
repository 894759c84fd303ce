namespace FactCheck.Domain;

/// <summary>
/// A report kept fresh without checking the whole store again. Nothing outside a quantity's network of relations bears
/// on its findings, so after a write only the quantities it changed, and every quantity their relations reach (before
/// the write or after it), need checking afresh: <see cref="Reach"/> finds them, the API reads their records, and
/// <see cref="Replace(ConsistencyReport, IReadOnlySet{string}, ConsistencyReport)"/> puts their check in place of
/// theirs in the report. The result is the report a check of the whole new store would give, in the same order.
/// </summary>
public static class Recheck
{
    /// <summary>
    /// The <paramref name="changed"/> quantities and every quantity a chain of relations links them to, in any of the
    /// <paramref name="networks"/>: each a list of relations, each relation given by the keys of its quantities.
    /// </summary>
    public static HashSet<string> Reach(IEnumerable<string> changed, params IEnumerable<IEnumerable<string>>[] networks)
    {
        var neighbours = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var relation in networks.SelectMany(n => n))
        {
            var keys = relation.ToList();
            foreach (var key in keys)
            {
                if (!neighbours.TryGetValue(key, out var list)) neighbours[key] = list = [];
                list.AddRange(keys);
            }
        }

        var reached = new HashSet<string>(changed, StringComparer.Ordinal);
        var next = new Stack<string>(reached);
        while (next.TryPop(out var key))
            foreach (var neighbour in neighbours.GetValueOrDefault(key) ?? [])
                if (reached.Add(neighbour)) next.Push(neighbour);
        return reached;
    }

    /// <summary>The keys of each relation's quantities: a network for <see cref="Reach"/>.</summary>
    public static IEnumerable<IEnumerable<string>> Network(IEnumerable<RelationFact> relations) =>
        relations.Select(r => r.Terms.Select(t => t.QuantityKey));

    /// <summary>
    /// A whole store's world and report laid out the way <see cref="Replace(ClaimWorld, IReadOnlySet{string}, ClaimWorld)"/>
    /// keeps them (claims by quantity, findings and quantities in chunks), so that the first write after a full check costs
    /// no more than the next.
    /// </summary>
    public static (ClaimWorld World, ConsistencyReport Report) Kept(ClaimWorld world, ConsistencyReport report) =>
        (world with { Claims = ClaimsByQuantity.Of(world.Claims) }, Replace(report, new HashSet<string>(), new ConsistencyReport([], [], [])));

    /// <summary>The world with the records of the quantities in <paramref name="keys"/> taken from <paramref name="part"/>.</summary>
    public static ClaimWorld Replace(ClaimWorld world, IReadOnlySet<string> keys, ClaimWorld part) => new(
        [.. world.Quantities.Where(q => !keys.Contains(q.Key)), .. part.Quantities],
        ClaimsByQuantity.Of(world.Claims).Replacing(keys, part.Claims),
        [.. world.Relations.Where(r => !r.Terms.Any(t => keys.Contains(t.QuantityKey))), .. part.Relations]);

    /// <summary>
    /// The report with what concerns the quantities in <paramref name="keys"/> taken from <paramref name="part"/>, the
    /// check of their records alone. <paramref name="keys"/> must hold every quantity their relations reach, so a finding
    /// is theirs exactly when its first quantity is one of them. Findings and quantities keep the engine's order; a store's
    /// million findings are spliced, not sorted or compared one by one.
    /// </summary>
    public static ConsistencyReport Replace(ConsistencyReport report, IReadOnlySet<string> keys, ConsistencyReport part)
    {
        var gone = Places(report.Findings, keys, f => f.QuantityKeys[0], f => f.Kind);
        var tally = report.Tally.Zip(part.Tally, (kept, added) => kept + added).ToArray();
        foreach (var (from, to) in gone)
            for (var i = from; i < to; i++) tally[ConsistencyReport.TallyIndex(report.Findings[i])]--;
        return new ConsistencyReport(
            Splice(report.Quantities, Places(report.Quantities, keys, q => q.Key, null), part.Quantities, QuantityOrder),
            [.. report.Relations.Where(r => !r.Terms.Any(t => keys.Contains(t.QuantityKey))).Concat(part.Relations).OrderBy(r => r.RelationId)],
            Splice(report.Findings, gone, part.Findings, ConsistencyEngine.FindingOrder.Instance))
        {
            Tally = tally,
        };
    }

    private static readonly IComparer<QuantityReport> QuantityOrder =
        Comparer<QuantityReport>.Create((a, b) => string.CompareOrdinal(a.Key, b.Key));

    private static readonly FindingKind[] Kinds = Enum.GetValues<FindingKind>();

    /// <summary>
    /// Where the items of one of <paramref name="keys"/> lie in a list in the engine's order (by kind when
    /// <paramref name="kindOf"/> is given, then by key), as ascending runs. A key's items of one kind lie together, found
    /// by a binary search; when the keys are many, one pass that looks each item's key up costs less.
    /// </summary>
    private static List<(int From, int To)> Places<T>(IReadOnlyList<T> sorted, IReadOnlySet<string> keys, Func<T, string> keyOf, Func<T, FindingKind>? kindOf)
    {
        var runs = new List<(int From, int To)>();
        FindingKind[] kinds = kindOf is null ? [default] : Kinds;
        if (keys.Count * kinds.Length * (Math.Log2(sorted.Count + 1) + 1) > sorted.Count)
        {
            for (var i = 0; i < sorted.Count; i++)
                if (keys.Contains(keyOf(sorted[i])))
                {
                    if (runs.Count > 0 && runs[^1].To == i) runs[^1] = (runs[^1].From, i + 1);
                    else runs.Add((i, i + 1));
                }
            return runs;
        }
        foreach (var kind in kinds)
            foreach (var key in keys)
            {
                int Order(int i) => kindOf?.Invoke(sorted[i]).CompareTo(kind) is { } c && c != 0 ? c : string.CompareOrdinal(keyOf(sorted[i]), key);
                var from = Sorted.First(sorted.Count, i => Order(i) < 0);
                var to = from;
                while (to < sorted.Count && Order(to) == 0) to++;
                if (to > from) runs.Add((from, to));
            }
        runs.Sort();
        return runs;
    }

    /// <summary>
    /// The sorted list without the items in the <paramref name="gone"/> runs, with the sorted part's items each where the
    /// order puts it: a <see cref="Chunked{T}"/> list that shares the chunks the runs and the part's items leave alone.
    /// </summary>
    private static Chunked<T> Splice<T>(IReadOnlyList<T> sorted, List<(int From, int To)> gone, IReadOnlyList<T> part, IComparer<T> order)
    {
        var spliced = new Chunked<T>.Builder();
        var places = part.Select(item => Sorted.First(sorted.Count, i => order.Compare(sorted[i], item) < 0)).ToArray();
        var (next, p) = (0, 0);
        for (var g = 0; g <= gone.Count; g++)
        {
            var stop = g < gone.Count ? gone[g].From : sorted.Count;
            for (; p < part.Count && places[p] <= stop; p++)
            {
                // A place inside a run already cut out puts the item where the run was.
                var at = Math.Max(next, places[p]);
                spliced.AddRange(sorted, next, at);
                next = at;
                spliced.Add(part[p]);
            }
            spliced.AddRange(sorted, next, stop);
            if (g < gone.Count) next = gone[g].To;
        }
        return spliced.Build();
    }
}
