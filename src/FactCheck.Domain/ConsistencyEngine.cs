using System.Runtime.InteropServices;

namespace FactCheck.Domain;

/// <summary>
/// Checks claims against each other (consistency.md): per quantity, the pairs of comparable claims
/// that cannot both be true; per relation, the claims its arithmetic rules out. Pure and
/// deterministic: the same world gives the same report, in the same order, whatever order it came in.
/// </summary>
public static class ConsistencyEngine
{
    /// <summary>Past this many disagreeing pairs a quantity is reported as groups of agreeing claims, not pairs.</summary>
    public const int DefaultPairBudget = 1000;

    public static ConsistencyReport Check(ClaimWorld world, int pairBudget = DefaultPairBudget)
    {
        // The first quantity of each key, as DistinctBy keeps it, without a set beside the dictionary.
        var quantities = new Dictionary<string, QuantityFact>(world.Quantities.Count, StringComparer.Ordinal);
        foreach (var quantity in world.Quantities) quantities.TryAdd(quantity.Key, quantity);
        var claimsByQuantity = InDateOrder(world.Claims, quantities);

        var findings = new List<Finding>();
        var reports = new List<QuantityReport>();
        var sides = new Dictionary<string, (RelationCheck.Side Rounded, Lazy<RelationCheck.Side>? Unrounded)>(quantities.Count, StringComparer.Ordinal);
        foreach (var quantity in quantities.Values.OrderBy(q => q.Key, StringComparer.Ordinal))
        {
            var analysis = QuantityAnalysis.Run(quantity, claimsByQuantity.GetValueOrDefault(quantity.Key) ?? [], pairBudget, findings);
            reports.Add(analysis.Report);
            sides[quantity.Key] = (analysis.Rounded, analysis.Unrounded);
        }

        var checks = world.Relations.OrderBy(r => r.Id)
            // A relation of constants alone has nothing to check.
            .Where(relation => relation.Terms.Count > 0 && Every(relation, t => sides.ContainsKey(t.QuantityKey)))
            .SelectMany(relation => RelationTimes.Of(relation, k => sides[k].Rounded).Select(time =>
                new Propagation.RelationAt(relation, time, TermSides(relation, t => RelationTimes.At(sides[t.QuantityKey].Rounded, time)))))
            .ToList();
        var narrowed = Propagation.Narrow(checks);

        var relations = new List<RelationReport>();
        foreach (var check in checks)
        {
            var (relation, time) = (check.Relation, check.Time);
            var rounded = TermSides(relation, t => Propagation.Apply(narrowed, check, check.Side(t.QuantityKey)));
            // Taken exactly as written, a quantity nobody claimed keeps what the network gave it. Where no term's claims
            // have a grain, the exact sides are the rounded ones, and so is the verdict.
            var unrounded = Every(relation, t => sides[t.QuantityKey].Unrounded is null) ? null
                : Memoized(k => Propagation.Apply(narrowed, check, RelationTimes.At(sides[k].Unrounded?.Value ?? sides[k].Rounded, time)));
            var report = CheckRelation(relation, time, rounded, unrounded);
            relations.Add(report);
            if (report.Verdict == RelationVerdict.Consistent) continue;
            var claims = relation.Terms.SelectMany(t => rounded(t.QuantityKey).Claims).ToList();
            var atIssue = claims.FindAll(c => Ids.Contains(report.ClaimsOutOfLine, c.ClaimId)) is { Count: > 0 } ruledOut ? ruledOut : claims;
            findings.Add(new Finding
            {
                ClaimsAtIssue = Ids.OfClaims(atIssue, distinct: true),
                SourcesAtIssue = Ids.OfSources(atIssue),
                Kind = report.Verdict == RelationVerdict.Conflicting ? FindingKind.RelationConflict : FindingKind.RelationHoldsOnlyByRounding,
                QuantityKeys = relation.Terms.Select(t => t.QuantityKey).Distinct().ToList(),
                ClaimIds = Ids.OfClaims(claims, distinct: true),
                SourceIds = Ids.OfSources(claims),
                Relation = report,
            });
        }

        return new ConsistencyReport(reports, relations, Ordered(findings));
    }

    /// <summary>Each quantity's claims by date, then id: grouped first, so each sort is as small as its quantity.</summary>
    private static Dictionary<string, List<ClaimFact>> InDateOrder(IReadOnlyList<ClaimFact> claims, Dictionary<string, QuantityFact> quantities)
    {
        var byQuantity = new Dictionary<string, List<ClaimFact>>(quantities.Count, StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            if (!quantities.ContainsKey(claim.QuantityKey)) continue;
            if (!byQuantity.TryGetValue(claim.QuantityKey, out var list)) byQuantity[claim.QuantityKey] = list = [];
            list.Add(claim);
        }
        // Sorted in place, by keys written into one buffer as long as the largest quantity.
        var largest = 0;
        foreach (var list in byQuantity.Values) largest = Math.Max(largest, list.Count);
        var buffer = new (int Day, long Id, int Place)[largest];
        foreach (var list in byQuantity.Values)
        {
            // The place in the input breaks ties, so the order is the same however the sort runs.
            var keys = buffer.AsSpan(0, list.Count);
            for (var i = 0; i < keys.Length; i++) keys[i] = (list[i].AsOf.DayNumber, list[i].Id, i);
            keys.Sort(CollectionsMarshal.AsSpan(list));
        }
        return byQuantity;
    }

    /// <param name="unrounded">The sides taken exactly as written; null when they are the rounded ones.</param>
    private static RelationReport CheckRelation(RelationFact relation, RelationTimes.Time? time,
        Func<string, RelationCheck.Side> rounded, Func<string, RelationCheck.Side>? unrounded)
    {
        var (terms, conflicting) = RelationCheck.Evaluate(relation, rounded);
        var verdict = conflicting ? RelationVerdict.Conflicting
            : unrounded is not null && RelationCheck.Evaluate(relation, unrounded).Conflicting ? RelationVerdict.HoldsOnlyByRounding
            : RelationVerdict.Consistent;
        var explanation = new Lazy<string>(() => RelationTimes.Lead(time)
            + RelationWords.Explain(relation, terms, rounded, conflicting)
            + (verdict == RelationVerdict.HoldsOnlyByRounding ? " Taken exactly as written, without rounding, the figures would not fit." : ""));
        var outOfLine = conflicting ? Ids.Distinct(terms.SelectMany(t => t.ClaimsOutOfLine)) : [];
        return new RelationReport(relation.Id, relation.Kind, verdict, terms, outOfLine, explanation, time?.From, time?.To) { Time = time };
    }

    // Whether every term passes, indexed rather than enumerated: a relation's terms are a list, and this runs per relation.
    private static bool Every(RelationFact relation, Func<RelationTermFact, bool> passes)
    {
        for (var i = 0; i < relation.Terms.Count; i++)
            if (!passes(relation.Terms[i])) return false;
        return true;
    }

    /// <summary>
    /// Each of a relation's terms' sides, worked out once, up front (every check asks for every term's), and found by the
    /// term's quantity key. A relation has a handful of terms: an array and a scan, kept by the report for its sentence.
    /// </summary>
    private static Func<string, RelationCheck.Side> TermSides(RelationFact relation, Func<RelationTermFact, RelationCheck.Side> side)
    {
        var sides = new RelationCheck.Side[relation.Terms.Count];
        for (var i = 0; i < sides.Length; i++) sides[i] = side(relation.Terms[i]);
        return key =>
        {
            for (var i = 0; i < sides.Length; i++)
                if (string.Equals(relation.Terms[i].QuantityKey, key, StringComparison.Ordinal)) return sides[i];
            throw new ArgumentException($"Relation {relation.Id} has no term for {key}.", nameof(key));
        };
    }

    /// <summary>
    /// A quantity's side at one time, worked out once however often the relation asks, and only when it asks: the exact
    /// sides, which a relation reads only when its rounded check holds. A relation has a handful of terms: a short list.
    /// </summary>
    private static Func<string, RelationCheck.Side> Memoized(Func<string, RelationCheck.Side> side)
    {
        var known = new List<(string Key, RelationCheck.Side Side)>(2);
        return key =>
        {
            foreach (var (k, s) in known)
                if (string.Equals(k, key, StringComparison.Ordinal)) return s;
            var found = side(key);
            known.Add((key, found));
            return found;
        };
    }

    // In place: no two findings of one check compare equal (a pair, a relation at a time, a claim or a quantity names
    // each), so the sort's instability cannot show, and the list it sorts comes in the same order for the same world.
    private static List<Finding> Ordered(List<Finding> findings)
    {
        findings.Sort(FindingOrder.Instance);
        return findings;
    }

    /// <summary>Kind, then quantity, then the relation and period, then the claims it rests on: stable across runs and input orders.</summary>
    internal sealed class FindingOrder : IComparer<Finding>
    {
        public static readonly FindingOrder Instance = new();

        public int Compare(Finding? x, Finding? y)
        {
            // As numbers: an enum's CompareTo takes an object, which boxed both kinds on every comparison.
            var by = ((int)x!.Kind).CompareTo((int)y!.Kind);
            if (by == 0) by = string.CompareOrdinal(x.QuantityKeys[0], y.QuantityKeys[0]);
            if (by == 0) by = (x.Relation?.RelationId ?? 0).CompareTo(y.Relation?.RelationId ?? 0);
            if (by == 0) by = Nullable.Compare(x.Relation?.From, y.Relation?.From);
            return by != 0 ? by : ClaimIds(x.ClaimIds, y.ClaimIds);
        }

        private static int ClaimIds(IReadOnlyList<long> x, IReadOnlyList<long> y)
        {
            for (var i = 0; i < Math.Min(x.Count, y.Count); i++)
                if (x[i] != y[i]) return x[i].CompareTo(y[i]);
            return x.Count.CompareTo(y.Count);
        }
    }
}
