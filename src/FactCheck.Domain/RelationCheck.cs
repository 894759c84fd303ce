namespace FactCheck.Domain;

/// <summary>
/// Checks one relation by interval arithmetic: from the interval each other quantity's claims agree
/// on, the interval the relation implies for each quantity, and every claim that does not meet it.
/// </summary>
internal static class RelationCheck
{
    /// <summary>
    /// What the check knows of one quantity: its unit and label, the interval its claims agree on, and its claims; for a
    /// quantity nobody claimed, the relations that narrowed its unit's domain (<see cref="Propagation"/>).
    /// </summary>
    public sealed record Side(QuantityFact Quantity, Interval Agreed, IReadOnlyList<PlacedClaim> Claims)
    {
        public IReadOnlyList<long> NarrowedBy { get; init; } = [];

        /// <summary>The interval the largest group of <paramref name="claims"/> shares, or else the unit's domain.</summary>
        /// <param name="sourceIds">The claims' distinct sources, ascending, when the caller has them already.</param>
        public static Side Of(QuantityFact quantity, IReadOnlyList<PlacedClaim> claims, long[]? sourceIds = null) =>
            new(quantity, AgreeingGroups.SharedByLargest(claims, sourceIds) ?? ClaimInterval.WithinDomain(Interval.All, quantity.Unit), claims);
    }

    public static (IReadOnlyList<ImpliedInterval> Terms, bool Conflicting) Evaluate(RelationFact relation, Func<string, Side> side)
    {
        // Loops, not LINQ, and no list for a term whose claims all fit: this runs once or twice per relation of the store.
        var implied = new ImpliedInterval[relation.Terms.Count];
        var conflicting = false;
        Func<string, Interval> agreed = key => side(key).Agreed;
        for (var k = 0; k < implied.Length; k++)
        {
            var (role, target) = (relation.Terms[k].Role, side(relation.Terms[k].QuantityKey));
            var raw = ImpliedFor(relation, k, agreed);
            var possible = Possible(raw, target.Quantity.Unit);
            var admitted = possible.Outward();
            List<long>? outOfLine = null;
            for (var i = 0; i < target.Claims.Count; i++)
                if (!target.Claims[i].Interval.Overlaps(admitted)) (outOfLine ??= []).Add(target.Claims[i].ClaimId);
            implied[k] = new ImpliedInterval(role, target.Quantity.Key, target.Agreed, raw, possible, outOfLine ?? (IReadOnlyList<long>)[]);
            conflicting |= implied[k].Impossible || outOfLine is not null;
        }
        return (implied, conflicting);
    }

    /// <summary>
    /// What an implied interval leaves within the unit's domain. Whole numbers are taken from it widened by what decimal
    /// arithmetic may have lost (<see cref="Interval.Outward"/>), so rounding never makes a whole number impossible.
    /// </summary>
    public static Interval Possible(Interval implied, string unit) =>
        ClaimInterval.WithinDomain(Units.ValuesOf(unit) is UnitValues.Whole or UnitValues.WholeNonNegative ? implied.Outward() : implied, unit);

    /// <summary>What the relation implies for its <paramref name="k"/>th term from the other terms' intervals and its constants.</summary>
    public static Interval ImpliedFor(RelationFact relation, int k, Func<string, Interval> interval)
    {
        // On the stack for a relation of a few terms: this runs for every term of every relation at every time.
        var count = relation.Terms.Count - 1 + relation.Constants.Count;
        var others = count <= 16 ? stackalloc (RelationRole Role, Interval Agreed)[count] : new (RelationRole Role, Interval Agreed)[count];
        var n = 0;
        for (var j = 0; j < relation.Terms.Count; j++)
            if (j != k) others[n++] = (relation.Terms[j].Role, interval(relation.Terms[j].QuantityKey));
        for (var c = 0; c < relation.Constants.Count; c++) others[n++] = (relation.Constants[c].Role, Interval.Point(relation.Constants[c].Value));
        return Implied(relation.Kind, relation.Terms[k].Role, others);
    }

    private static Interval Implied(RelationKind kind, RelationRole role, ReadOnlySpan<(RelationRole Role, Interval Agreed)> others)
    {
        static Interval One(ReadOnlySpan<(RelationRole Role, Interval Agreed)> others, RelationKind kind, RelationRole r)
        {
            foreach (var other in others)
                if (other.Role == r) return other.Agreed;
            throw new InvalidOperationException($"A {kind} relation without a {r}.");
        }
        var parts = Interval.Point(0);
        foreach (var other in others)
            if (other.Role == RelationRole.Part) parts = IntervalArithmetic.Add(parts, other.Agreed);
        var factor = kind == RelationKind.Percent ? 100m : 1m;
        return (kind, role) switch
        {
            (RelationKind.Percent or RelationKind.Ratio, RelationRole.Result) =>
                IntervalArithmetic.Scale(IntervalArithmetic.Divide(One(others, kind, RelationRole.Part), One(others, kind, RelationRole.Whole)), factor),
            (RelationKind.Percent or RelationKind.Ratio, RelationRole.Part) =>
                IntervalArithmetic.Scale(IntervalArithmetic.Multiply(One(others, kind, RelationRole.Result), One(others, kind, RelationRole.Whole)), 1 / factor),
            (RelationKind.Percent or RelationKind.Ratio, RelationRole.Whole) =>
                IntervalArithmetic.Divide(IntervalArithmetic.Scale(One(others, kind, RelationRole.Part), factor), One(others, kind, RelationRole.Result)),
            (RelationKind.Sum, RelationRole.Total) => parts,
            (RelationKind.Sum, RelationRole.Part) => IntervalArithmetic.Subtract(One(others, kind, RelationRole.Total), parts),
            (RelationKind.PartsAtMost, RelationRole.Total) => parts.IsEmpty ? parts : new Interval(parts.Low, true, null, false),
            (RelationKind.PartsAtMost, RelationRole.Part) => IntervalArithmetic.Subtract(One(others, kind, RelationRole.Total), parts) is var rest && rest.IsEmpty
                ? rest : new Interval(null, false, rest.High, true),
            (RelationKind.Difference, RelationRole.Result) => IntervalArithmetic.Subtract(One(others, kind, RelationRole.Minuend), One(others, kind, RelationRole.Subtrahend)),
            (RelationKind.Difference, RelationRole.Minuend) => IntervalArithmetic.Add(One(others, kind, RelationRole.Result), One(others, kind, RelationRole.Subtrahend)),
            (RelationKind.Difference, RelationRole.Subtrahend) => IntervalArithmetic.Subtract(One(others, kind, RelationRole.Minuend), One(others, kind, RelationRole.Result)),
            _ => Interval.All,
        };
    }
}
