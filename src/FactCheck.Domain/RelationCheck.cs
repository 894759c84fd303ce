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
            new(quantity, (largest ?? AgreeingGroups.Largest(claims))?.Shared ?? ClaimInterval.WithinDomain(Interval.All, quantity.Unit), claims);
    }

    public static (IReadOnlyList<ImpliedInterval> Terms, bool Conflicting) Evaluate(RelationFact relation, Func<string, Side> side)
    {
        var terms = relation.Terms.Select(t => (t.Role, Side: side(t.QuantityKey))).ToList();
        var implied = new List<ImpliedInterval>();
        for (var k = 0; k < terms.Count; k++)
        {
            var (role, target) = terms[k];
            var raw = ImpliedFor(relation, k, key => side(key).Agreed);
            var possible = Possible(raw, target.Quantity.Unit);
            var outOfLine = target.Claims.Where(c => !c.Interval.Overlaps(possible.Outward())).Select(c => c.ClaimId).ToList();
            implied.Add(new ImpliedInterval(role, target.Quantity.Key, target.Agreed, raw, possible, outOfLine));
        }
        return (implied, implied.Any(i => i.Impossible || i.ClaimsOutOfLine.Count > 0));
    }

    /// <summary>
    /// What an implied interval leaves within the unit's domain. Whole numbers are taken from it widened by what decimal
    /// arithmetic may have lost (<see cref="Interval.Outward"/>), so rounding never makes a whole number impossible.
    /// </summary>
    public static Interval Possible(Interval implied, string unit) =>
        ClaimInterval.WithinDomain(Units.ValuesOf(unit) is UnitValues.Whole or UnitValues.WholeNonNegative ? implied.Outward() : implied, unit);

    /// <summary>What the relation implies for its <paramref name="k"/>th term from the other terms' intervals and its constants.</summary>
    public static Interval ImpliedFor(RelationFact relation, int k, Func<string, Interval> interval) =>
        Implied(relation.Kind, relation.Terms[k].Role,
            relation.Terms.Where((_, j) => j != k).Select(t => (t.Role, interval(t.QuantityKey)))
                .Concat(relation.Constants.Select(c => (c.Role, Interval.Point(c.Value)))).ToList());

    private static Interval Implied(RelationKind kind, RelationRole role, List<(RelationRole Role, Interval Agreed)> others)
    {
        Interval One(RelationRole r) => others.First(o => o.Role == r).Agreed;
        var parts = others.Where(o => o.Role == RelationRole.Part).Select(o => o.Agreed)
            .Aggregate(Interval.Point(0), IntervalArithmetic.Add);
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

    /// <summary>The relation's arithmetic in words: what each quantity's claims agree on, then what that implies where it fails.</summary>
    public static string Explain(RelationFact relation, IReadOnlyList<ImpliedInterval> terms, Func<string, Side> side, bool conflicting)
    {
        var lines = new List<string>();
        foreach (var term in terms)
        {
            var s = side(term.QuantityKey);
            lines.Add($"{RoleWord(term.Role)} {s.Quantity.Label}: {Agreement(s)}");
        }
        foreach (var constant in relation.Constants)
            lines.Add($"{RoleWord(constant.Role)}: the number {Words.Number(constant.Value)}");
        if (relation.Kind is RelationKind.Sum or RelationKind.PartsAtMost)
            lines.Add(PartsLine(relation, terms, side));

        var failing = terms.Where(t => t.Impossible || t.ClaimsOutOfLine.Count > 0).ToList();
        foreach (var term in failing)
        {
            var unit = side(term.QuantityKey).Quantity.Unit;
            var implied = Implication(relation.Kind, term, unit);
            var claims = side(term.QuantityKey).Claims.Where(c => term.ClaimsOutOfLine.Contains(c.ClaimId))
                .Select(c => $"{ClaimFact.NameOf(c.ClaimId)} says {Words.Of(c.Interval, unit)}");
            lines.Add(string.Join("; ", new[] { implied }.Concat(claims)));
        }
        if (!conflicting) lines.Add("every claim fits the arithmetic");
        return string.Join("; ", lines);
    }

    /// <summary>What the arithmetic gives for one quantity: "whole = 100 × part ÷ result gives 1,155.6 to 1,485.7 people, i.e. 1,156 to 1,485 people".</summary>
    public static string Implication(RelationKind kind, ImpliedInterval term, string unit)
    {
        var implied = $"{Formula(kind, term.Role)} gives {Words.Of(term.Implied, unit)}";
        if (term.Possible != term.Implied && !term.Possible.IsEmpty) implied += $", i.e. {Words.Of(term.Possible, unit)}";
        if (term.Impossible) implied += $", which no {unit} figure can be";
        return implied;
    }

    private static string Agreement(Side side) =>
        side.Claims.Count > 0 ? Words.Of(side.Agreed, side.Quantity.Unit)
        : side.NarrowedBy.Count > 0
            ? $"no claims; {(side.NarrowedBy.Count == 1 ? "relation" : "relations")} {string.Join(" and ", side.NarrowedBy)} {(side.NarrowedBy.Count == 1 ? "gives" : "give")} {Words.Of(side.Agreed, side.Quantity.Unit)}"
        : $"no claims, so {Words.Of(side.Agreed, side.Quantity.Unit)}";

    private static string PartsLine(RelationFact relation, IReadOnlyList<ImpliedInterval> terms, Func<string, Side> side)
    {
        IEnumerable<Interval> Agreed(RelationRole role) => terms.Where(t => t.Role == role).Select(t => t.Agreed)
            .Concat(relation.Constants.Where(c => c.Role == role).Select(c => Interval.Point(c.Value)));
        var unit = side((terms.FirstOrDefault(t => t.Role == RelationRole.Total) ?? terms[0]).QuantityKey).Quantity.Unit;
        var addends = Agreed(RelationRole.Part).ToList();
        var sum = addends.Aggregate(Interval.Point(0), IntervalArithmetic.Add);
        var written = string.Join(" + ", addends.Select(a => Words.Of(a, unit).Replace(" " + unit, "", StringComparison.Ordinal)));
        var verb = relation.Kind == RelationKind.Sum ? "against a total of" : "listed, against a total of";
        return $"{written} = {Words.Of(sum, unit)} {verb} {Words.Of(Agreed(RelationRole.Total).First(), unit)}";
    }

    private static string RoleWord(RelationRole role) => role switch
    {
        RelationRole.Result => "result",
        RelationRole.Part => "part",
        RelationRole.Whole => "whole",
        RelationRole.Total => "total",
        RelationRole.Minuend => "minuend",
        _ => "subtrahend",
    };

    private static string Formula(RelationKind kind, RelationRole role) => (kind, role) switch
    {
        (RelationKind.Percent, RelationRole.Result) => "result = 100 × part ÷ whole",
        (RelationKind.Percent, RelationRole.Part) => "part = result × whole ÷ 100",
        (RelationKind.Percent, RelationRole.Whole) => "whole = 100 × part ÷ result",
        (RelationKind.Ratio, RelationRole.Result) => "result = part ÷ whole",
        (RelationKind.Ratio, RelationRole.Part) => "part = result × whole",
        (RelationKind.Ratio, RelationRole.Whole) => "whole = part ÷ result",
        (RelationKind.Sum, RelationRole.Total) => "total = sum of the parts",
        (RelationKind.Sum, _) => "part = total − the other parts",
        (RelationKind.PartsAtMost, RelationRole.Total) => "total ≥ sum of the parts",
        (RelationKind.PartsAtMost, _) => "part ≤ total − the other parts",
        (RelationKind.Difference, RelationRole.Result) => "result = minuend − subtrahend",
        (RelationKind.Difference, RelationRole.Minuend) => "minuend = result + subtrahend",
        _ => "subtrahend = minuend − result",
    };
}
