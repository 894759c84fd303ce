namespace FactCheck.Domain;

/// <summary>
/// Relations form a network (consistency.md, second revision): a quantity nobody claimed starts as its
/// unit's whole domain and takes the bounds its relations imply from the others, which it passes on
/// through its other relations, so a chain of relations is checked as a whole ("items = responses ÷ n;
/// mean = sum ÷ responses" with responses unclaimed). Each relation's projections are applied and
/// intersected round after round until nothing changes or <see cref="MaxRounds"/> have passed: every
/// step only narrows, so the result is sound, and the bound ends a cycle that would narrow forever.
/// Claimed quantities stand for their claims as before; an unclaimed quantity is one node among the
/// relations of events only, which hold whenever, and one node per time among relations checked at a time.
/// </summary>
internal static class Propagation
{
    public const int MaxRounds = 64;

    /// <summary>A relation at one of the times it is checked at, with its quantities' sides there.</summary>
    public sealed record RelationAt(RelationFact Relation, RelationTimes.Time? Time, Func<string, RelationCheck.Side> Side);

    /// <summary>The intervals the network gives the quantities nobody claimed, by node, with the relations that narrowed each.</summary>
    public static Dictionary<string, (Interval Interval, IReadOnlyList<long> By)> Narrow(IReadOnlyList<RelationAt> checks)
    {
        var narrowed = new Dictionary<string, (Interval Interval, IReadOnlyList<long> By)>(StringComparer.Ordinal);
        for (var round = 0; round < MaxRounds; round++)
        {
            var changed = false;
            foreach (var check in checks)
            {
                Interval Current(string key) => Apply(narrowed, check, check.Side(key)).Agreed;
                for (var k = 0; k < check.Relation.Terms.Count; k++)
                {
                    var key = check.Relation.Terms[k].QuantityKey;
                    var side = check.Side(key);
                    if (side.Claims.Count > 0) continue;
                    var current = Current(key);
                    var next = current.Intersect(RelationCheck.Possible(RelationCheck.ImpliedFor(check.Relation, k, Current), side.Quantity.Unit));
                    // An interval the relation would empty is left as it was: that relation's own check reports it impossible.
                    if (next.IsEmpty || next == current) continue;
                    var node = Node(check, side);
                    var by = narrowed.TryGetValue(node, out var before) ? before.By.Where(id => id != check.Relation.Id).ToList() : [];
                    narrowed[node] = (next, [.. by, check.Relation.Id]);
                    changed = true;
                }
            }
            if (!changed) break;
        }
        return narrowed;
    }

    /// <summary>A quantity's side with what the network gave it, if nobody claimed it.</summary>
    public static RelationCheck.Side Apply(Dictionary<string, (Interval Interval, IReadOnlyList<long> By)> narrowed, RelationAt check, RelationCheck.Side side) =>
        side.Claims.Count == 0 && narrowed.TryGetValue(Node(check, side), out var n) ? side with { Agreed = n.Interval, NarrowedBy = n.By } : side;

    // An unclaimed quantity in a relation checked at a time is a node of that time alone, an event too: a relation
    // among stocks is checked once per period, and an event it holds nobody dated could otherwise carry what one
    // period implies into another.
    private static string Node(RelationAt check, RelationCheck.Side side) =>
        check.Time is { } time ? $"{side.Quantity.Key}@{time.Key}" : side.Quantity.Key;
}
