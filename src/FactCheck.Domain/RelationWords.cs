namespace FactCheck.Domain;

/// <summary>
/// A relation's check in words a reader can follow: the arithmetic written with the quantities' labels and what
/// their claims agree on, then what it implies where it fails and which claims that rules out.
/// </summary>
internal static class RelationWords
{
    public static string Explain(RelationFact relation, IReadOnlyList<ImpliedInterval> terms, Func<string, RelationCheck.Side> side, bool conflicting)
    {
        var sentences = new List<string> { Statement(relation, terms, side) };
        if (relation.Kind is RelationKind.Sum or RelationKind.PartsAtMost)
            sentences.AddRange(SumFailures(relation, terms, side));
        else
            foreach (var term in terms.Where(t => t.Impossible || t.ClaimsOutOfLine.Count > 0))
            {
                var s = side(term.QuantityKey);
                var outOfLine = s.Claims.Where(c => term.ClaimsOutOfLine.Contains(c.ClaimId)).ToList();
                sentences.Add("so " + Implication(relation, terms, term, key => side(key).Quantity)
                    + (outOfLine.Count > 0 ? $", which rules out {ClaimNames.List(outOfLine, s.Quantity.Unit)}" : ""));
            }
        if (!conflicting) sentences.Add("every claim fits the arithmetic");
        return Words.Sentences(sentences);
    }

    /// <summary>
    /// What the arithmetic gives one quantity, the others' values in the formula: "Political prisoners held in Belarus =
    /// 100 × 52 people ÷ (3.5% to 4.5%) = 1,155.6 to 1,485.7 people, i.e. 1,156 to 1,485 people".
    /// </summary>
    public static string Implication(RelationFact relation, IReadOnlyList<ImpliedInterval> terms, ImpliedInterval term, Func<string, QuantityFact> quantityOf)
    {
        var quantity = quantityOf(term.QuantityKey);
        var unit = quantity.Unit;
        List<string> Values(RelationRole role) => terms.Where(t => t.Role == role && t != term)
            .Select(t => Operand(Words.Of(t.Agreed, quantityOf(t.QuantityKey).Unit)))
            .Concat(relation.Constants.Where(c => c.Role == role).Select(c => Words.Number(c.Value))).ToList();
        string One(RelationRole role) => Values(role).First();
        string Others() => Values(RelationRole.Part) is { Count: > 0 } parts ? " − " + Operand(string.Join(" + ", parts)) : "";
        var formula = (relation.Kind, term.Role) switch
        {
            (RelationKind.Percent, RelationRole.Result) => $"100 × {One(RelationRole.Part)} ÷ {One(RelationRole.Whole)}",
            (RelationKind.Percent, RelationRole.Part) => $"{One(RelationRole.Result)} × {One(RelationRole.Whole)} ÷ 100",
            (RelationKind.Percent, _) => $"100 × {One(RelationRole.Part)} ÷ {One(RelationRole.Result)}",
            (RelationKind.Ratio, RelationRole.Result) => $"{One(RelationRole.Part)} ÷ {One(RelationRole.Whole)}",
            (RelationKind.Ratio, RelationRole.Part) => $"{One(RelationRole.Result)} × {One(RelationRole.Whole)}",
            (RelationKind.Ratio, _) => $"{One(RelationRole.Part)} ÷ {One(RelationRole.Result)}",
            (RelationKind.Sum, RelationRole.Total) => string.Join(" + ", Values(RelationRole.Part)),
            (RelationKind.Sum, _) => One(RelationRole.Total) + Others(),
            (RelationKind.PartsAtMost, RelationRole.Total) => "at least " + string.Join(" + ", Values(RelationRole.Part)),
            (RelationKind.PartsAtMost, _) => "at most " + One(RelationRole.Total) + Others(),
            (RelationKind.Difference, RelationRole.Result) => $"{One(RelationRole.Minuend)} − {One(RelationRole.Subtrahend)}",
            (RelationKind.Difference, RelationRole.Minuend) => $"{One(RelationRole.Result)} + {One(RelationRole.Subtrahend)}",
            _ => $"{One(RelationRole.Minuend)} − {One(RelationRole.Result)}",
        };
        var text = $"{quantity.Label} = {formula} = {Words.Of(term.Implied, unit)}";
        if (term.Possible != term.Implied && !term.Possible.IsEmpty) text += $", i.e. {Words.Of(term.Possible, unit)}";
        if (term.Impossible) text += $", which no {unit} figure can be";
        return text;
    }

    // The relation as arithmetic on labels, each with what its claims agree on:
    // "Share … (3.5% to 4.5%) = 100 × Political prisoners released … (52 people) ÷ Political prisoners held in Belarus (1,300 people)".
    private static string Statement(RelationFact relation, IReadOnlyList<ImpliedInterval> terms, Func<string, RelationCheck.Side> side)
    {
        List<string> Of(RelationRole role) => terms.Where(t => t.Role == role)
            .Select(t => side(t.QuantityKey) is var s ? $"{s.Quantity.Label} ({Agreement(s)})" : "")
            .Concat(relation.Constants.Where(c => c.Role == role).Select(c => Words.Number(c.Value))).ToList();
        string One(RelationRole role) => Of(role).First();
        if (relation.Kind is RelationKind.Sum or RelationKind.PartsAtMost)
        {
            var unit = side(terms[0].QuantityKey).Quantity.Unit;
            var sum = terms.Where(t => t.Role == RelationRole.Part).Select(t => t.Agreed)
                .Concat(relation.Constants.Where(c => c.Role == RelationRole.Part).Select(c => Interval.Point(c.Value)))
                .Aggregate(Interval.Point(0), IntervalArithmetic.Add);
            return $"{string.Join(" + ", Of(RelationRole.Part))} = {Words.Of(sum, unit)}, which must "
                + $"{(relation.Kind == RelationKind.Sum ? "equal" : "be at most")} {One(RelationRole.Total)}";
        }
        return relation.Kind switch
        {
            RelationKind.Percent => $"{One(RelationRole.Result)} = 100 × {One(RelationRole.Part)} ÷ {One(RelationRole.Whole)}",
            RelationKind.Ratio => $"{One(RelationRole.Result)} = {One(RelationRole.Part)} ÷ {One(RelationRole.Whole)}",
            _ => $"{One(RelationRole.Result)} = {One(RelationRole.Minuend)} − {One(RelationRole.Subtrahend)}",
        };
    }

    // A sum fails as a whole: the claims of the total it rules out, and of a part only when that part alone is more
    // than the total allows; else "one of the parts", since the arithmetic cannot tell which.
    private static IEnumerable<string> SumFailures(RelationFact relation, IReadOnlyList<ImpliedInterval> terms, Func<string, RelationCheck.Side> side)
    {
        var total = terms.FirstOrDefault(t => t.Role == RelationRole.Total);
        var ceiling = total?.Agreed.High ?? relation.Constants.FirstOrDefault(c => c.Role == RelationRole.Total)?.Value;
        var named = new List<PlacedClaim>();
        if (total is not null)
            named.AddRange(side(total.QuantityKey).Claims.Where(c => total.ClaimsOutOfLine.Contains(c.ClaimId)));
        var parts = terms.Where(t => t.Role == RelationRole.Part).ToList();
        var alone = parts.SelectMany(p => side(p.QuantityKey).Claims.Where(c => p.ClaimsOutOfLine.Contains(c.ClaimId)
            && ceiling is { } most && c.Interval.Low > most)).ToList();
        named.AddRange(alone);
        var suspects = parts.Any(p => p.ClaimsOutOfLine.Any(id => alone.All(c => c.ClaimId != id)));
        var which = relation.Kind == RelationKind.Sum ? "wrong" : "too high";
        var unit = side(terms[0].QuantityKey).Quantity.Unit;
        if (named.Count > 0) yield return $"that rules out {ClaimNames.List(named, unit)}" + (suspects ? $", or one of the parts is {which}" : "");
        else if (suspects) yield return $"so one of the parts is {which}";
        foreach (var impossible in terms.Where(t => t.Impossible))
            yield return $"that leaves {side(impossible.QuantityKey).Quantity.Label} no possible value";
    }

    private static string Agreement(RelationCheck.Side side) =>
        side.Claims.Count > 0 ? Words.Of(side.Agreed, side.Quantity.Unit)
        : side.NarrowedBy.Count > 0
            ? $"no claims; {(side.NarrowedBy.Count == 1 ? "relation" : "relations")} {string.Join(" and ", side.NarrowedBy)} {(side.NarrowedBy.Count == 1 ? "gives" : "give")} {Words.Of(side.Agreed, side.Quantity.Unit)}"
        : "no claims";

    // A value inside a formula: a range or a bound in parentheses, so the arithmetic reads unambiguously.
    private static string Operand(string value) =>
        value.Contains(" to ", StringComparison.Ordinal) || value.Contains(" + ", StringComparison.Ordinal) || char.IsLetter(value[0]) ? $"({value})" : value;
}
