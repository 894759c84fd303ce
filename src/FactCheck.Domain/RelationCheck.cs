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
        public static Side Of(QuantityFact quantity, IReadOnlyList<PlacedClaim> claims, AgreeingGroup? largest = null) =>
            new(quantity, (largest is not null ? largest.Shared : AgreeingGroups.SharedByLargest(claims))
                ?? ClaimInterval.WithinDomain(Interval.All, quantity.Unit), claims);
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
        var others = new List<(RelationRole Role, Interval Agreed)>(relation.Terms.Count + relation.Constants.Count);
        for (var j = 0; j < relation.Terms.Count; j++)
            if (j != k) others.Add((relation.Terms[j].Role, interval(relation.Terms[j].QuantityKey)));
        foreach (var constant in relation.Constants) others.Add((constant.Role, Interval.Point(constant.Value)));
        return Implied(relation.Kind, relation.Terms[k].Role, others);
    }

    private static Interval Implied(RelationKind kind, RelationRole role, List<(RelationRole Role, Interval Agreed)> others)
    {
        Interval One(RelationRole r)
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
                IntervalArithmetic.Scale(IntervalArithmetic.Divide(One(RelationRole.Part), One(RelationRole.Whole)), factor),
            (RelationKind.Percent or RelationKind.Ratio, RelationRole.Part) =>
                IntervalArithmetic.Scale(IntervalArithmetic.Multiply(One(RelationRole.Result), One(RelationRole.Whole)), 1 / factor),
            (RelationKind.Percent or RelationKind.Ratio, RelationRole.Whole) =>
                IntervalArithmetic.Divide(IntervalArithmetic.Scale(One(RelationRole.Part), factor), One(RelationRole.Result)),
            (RelationKind.Sum, RelationRole.Total) => parts,
            (RelationKind.Sum, RelationRole.Part) => IntervalArithmetic.Subtract(One(RelationRole.Total), parts),
            (RelationKind.PartsAtMost, RelationRole.Total) => parts.IsEmpty ? parts : new Interval(parts.Low, true, null, false),
            (RelationKind.PartsAtMost, RelationRole.Part) => IntervalArithmetic.Subtract(One(RelationRole.Total), parts) is var rest && rest.IsEmpty
                ? rest : new Interval(null, false, rest.High, true),
            (RelationKind.Difference, RelationRole.Result) => IntervalArithmetic.Subtract(One(RelationRole.Minuend), One(RelationRole.Subtrahend)),
            (RelationKind.Difference, RelationRole.Minuend) => IntervalArithmetic.Add(One(RelationRole.Result), One(RelationRole.Subtrahend)),
            (RelationKind.Difference, RelationRole.Subtrahend) => IntervalArithmetic.Subtract(One(RelationRole.Minuend), One(RelationRole.Result)),
            _ => Interval.All,
        };
    }
}
