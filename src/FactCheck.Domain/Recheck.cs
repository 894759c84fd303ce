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

    /// <summary>The world with the records of the quantities in <paramref name="keys"/> taken from <paramref name="part"/>.</summary>
    public static ClaimWorld Replace(ClaimWorld world, IReadOnlySet<string> keys, ClaimWorld part) => new(
        [.. world.Quantities.Where(q => !keys.Contains(q.Key)), .. part.Quantities],
        [.. world.Claims.Where(c => !keys.Contains(c.QuantityKey)), .. part.Claims],
        [.. world.Relations.Where(r => !r.Terms.Any(t => keys.Contains(t.QuantityKey))), .. part.Relations]);

    /// <summary>
    /// The report with what concerns the quantities in <paramref name="keys"/> taken from <paramref name="part"/>, the
    /// check of their records alone. <paramref name="keys"/> must hold every quantity their relations reach.
    /// </summary>
    public static ConsistencyReport Replace(ConsistencyReport report, IReadOnlySet<string> keys, ConsistencyReport part) => new(
        [.. report.Quantities.Where(q => !keys.Contains(q.Key)).Concat(part.Quantities).OrderBy(q => q.Key, StringComparer.Ordinal)],
        [.. report.Relations.Where(r => !r.Terms.Any(t => keys.Contains(t.QuantityKey))).Concat(part.Relations).OrderBy(r => r.RelationId)],
        Merge(report.Findings.Where(f => !f.QuantityKeys.Any(keys.Contains)), part.Findings));

    // Both in the engine's order, and never equal to each other: their quantities differ.
    private static List<Finding> Merge(IEnumerable<Finding> kept, IReadOnlyList<Finding> part)
    {
        var merged = new List<Finding>();
        var p = 0;
        foreach (var finding in kept)
        {
            while (p < part.Count && ConsistencyEngine.FindingOrder.Instance.Compare(part[p], finding) < 0) merged.Add(part[p++]);
            merged.Add(finding);
        }
        while (p < part.Count) merged.Add(part[p++]);
        return merged;
    }
}
