namespace FactCheck.Domain;

/// <summary>What the stored records say of a figure that is not stored.</summary>
public enum FigureVerdict
{
    /// <summary>Comparable claims or relations exist and none rules the figure out.</summary>
    Fits,
    /// <summary>A comparable claim, a relation or the unit itself rules the figure out.</summary>
    Conflicts,
    /// <summary>Nothing stored speaks of the quantity at the figure's date.</summary>
    NoComparableClaims,
}

/// <summary>The verdict on a figure, the values it allows, and the findings that rest on it (it is claim <see cref="ClaimFact.Unsaved"/>).</summary>
public sealed record FigureCheck(FigureVerdict Verdict, Interval Interval, IReadOnlyList<Finding> Findings)
{
    /// <summary>
    /// Checks <paramref name="figure"/> as if it were a claim: against the comparable claims of its quantity, pair by
    /// pair, and against what each relation implies for the quantity at the figure's date from the stored records
    /// alone, so the figure never moves another quantity's interval.
    /// </summary>
    /// <param name="stored">The check of <paramref name="world"/> as it stands, when the caller has it already (a draft's figures share one).</param>
    public static FigureCheck Of(ClaimWorld world, ClaimFact figure, ConsistencyReport? stored = null)
    {
        var quantity = world.Quantities.First(q => q.Key == figure.QuantityKey);
        var interval = ClaimInterval.Of(figure.Figures, quantity.Unit);
        var window = quantity.Kind == QuantityKind.Stock ? quantity.WindowDays ?? 0 : (int?)null;

        var asClaim = ConsistencyEngine.Check(world with { Claims = [.. world.Claims, figure] });
        var findings = asClaim.Findings.Where(f => f.Relation is null && f.ClaimIds.Contains(figure.Id)).ToList();

        var relations = (stored ?? ConsistencyEngine.Check(world)).Relations
            .Where(r => r.Terms.Any(t => t.QuantityKey == quantity.Key)
                && (window is not { } days || r.Time is not { } time || time.Includes(figure.AsOf, days)))
            .ToList();
        foreach (var relation in relations)
        {
            var term = relation.Terms.First(t => t.QuantityKey == quantity.Key);
            if (interval.IsEmpty || interval.Overlaps(term.Possible.Outward())) continue;
            findings.Add(RuledOutBy(world, relation, term, figure, interval, quantity.Unit));
        }

        var comparable = world.Claims.Any(c => c.QuantityKey == quantity.Key
            && (window is not { } w || Math.Abs(c.AsOf.DayNumber - figure.AsOf.DayNumber) <= w));
        var verdict = findings.Any(f => f.Kind is FindingKind.ValueConflict or FindingKind.ImpossibleClaim
                or FindingKind.DispersedClaims or FindingKind.RelationConflict) ? FigureVerdict.Conflicts
            : comparable || relations.Count > 0 ? FigureVerdict.Fits
            : FigureVerdict.NoComparableClaims;
        return new FigureCheck(verdict, interval, findings);
    }

    private static Finding RuledOutBy(ClaimWorld world, RelationReport relation, ImpliedInterval term, ClaimFact figure, Interval interval, string unit)
    {
        var terms = relation.Terms.Select(t => t == term ? t with { ClaimsOutOfLine = [figure.Id] } : t with { ClaimsOutOfLine = [] }).ToList();
        var fact = world.Relations.First(r => r.Id == relation.RelationId);
        var explained = new Lazy<string>(() => RelationTimes.Lead(relation.Time) + Words.Sentence(
            RelationWords.Implication(fact, relation.Terms, term, key => world.Quantities.First(q => q.Key == key))
            + $", which rules out the checked figure ({Words.Written(figure.Figures, unit)})"));
        var report = relation with
        {
            Verdict = RelationVerdict.Conflicting, Terms = terms, ClaimsOutOfLine = [figure.Id], Explained = explained,
        };
        return new Finding
        {
            Kind = FindingKind.RelationConflict,
            QuantityKeys = relation.Terms.Select(t => t.QuantityKey).Distinct().ToList(),
            ClaimIds = [figure.Id],
            SourceIds = [figure.SourceId],
            Explain = () => explained.Value,
            Relation = report,
        };
    }
}
