namespace FactCheck.Domain;

/// <summary>The check of one quantity's claims against each other.</summary>
internal static class QuantityAnalysis
{
    /// <summary>The report of a quantity, and what a relation takes it to be (the exact side only when asked).</summary>
    /// <param name="Unrounded">Null when no claim's exact twin differs: the exact side is then the rounded one.</param>
    public sealed record Result(QuantityReport Report, RelationCheck.Side Rounded, Lazy<RelationCheck.Side>? Unrounded);

    /// <param name="claims">The quantity's claims in date order.</param>
    /// <param name="findings">Where the quantity's findings go: the check's own list, not one more per quantity.</param>
    public static Result Run(QuantityFact quantity, IReadOnlyList<ClaimFact> claims, int pairBudget, List<Finding> findings)
    {
        var placed = new List<PlacedClaim>(claims.Count);
        // What each claim allows taken exactly as written, without its rounding grain: placed[i]'s exact twin. Kept only
        // once a claim's differs from what it allows: figures without a grain (ranges, most numbers) have no twin of their own.
        List<Interval>? exact = null;
        foreach (var claim in claims)
        {
            var interval = ClaimInterval.Of(claim.Figures, quantity.Unit);
            if (interval.IsEmpty)
            {
                findings.Add(Impossible(quantity, claim));
                continue;
            }
            var exactly = ClaimInterval.Exact(claim.Figures, quantity.Unit);
            if (exact is null && exactly != interval)
            {
                exact = new List<Interval>(claims.Count);
                foreach (var earlier in placed) exact.Add(earlier.Interval);
            }
            placed.Add(new PlacedClaim(claim, interval));
            exact?.Add(exactly);
        }
        PlacedClaim Exact(int i) => exact is null ? placed[i] : placed[i] with { Interval = exact[i] };

        var window = quantity.Kind == QuantityKind.Stock ? quantity.WindowDays ?? 0 : (int?)null;
        var dates = new DatesOf(placed);
        long[]? sources = null;
        var (conflicts, truncated) = ClaimPairs.Disjoint(new IntervalsOf(placed), dates, window, pairBudget);
        if (truncated)
        {
            var groups = AgreeingGroups.Partition(placed);
            findings.Add(new Finding
            {
                Kind = FindingKind.DispersedClaims,
                QuantityKeys = [quantity.Key],
                ClaimIds = Ids.OfClaims(placed),
                SourceIds = sources = Ids.OfSources(placed),
                Explain = () => $"{placed.Count} claims disagree in more than {pairBudget} pairs. They fall into {groups.Count} groups of claims that agree with each other.",
                Groups = groups,
            });
        }
        else
        {
            // The quantity's pairs share one list of its key.
            IReadOnlyList<string>? keys = null;
            // A pair that would meet if the open ends of what they say were closed is a boundary apart: a warning.
            foreach (var (first, second) in conflicts)
                findings.Add(PairFinding(FindingKind.ValueConflict, quantity, keys ??= [quantity.Key], placed[first], placed[second], window, null,
                    Written(quantity, placed[first]).Overlaps(Written(quantity, placed[second])) ? Severity.Warning : Severity.Conflict));
            // Exact twins all the same as what the claims allow part the same pairs, every one of them a conflict.
            var conflicting = conflicts.Count == 0 || exact is null ? null : conflicts.ToHashSet();
            var (apart, _) = exact is null ? ([], false) : ClaimPairs.Disjoint(exact, dates, window, pairBudget + conflicts.Count);
            foreach (var (first, second) in apart)
                if (conflicting is null || !(conflicting.Contains((first, second)) || conflicting.Contains((second, first))))
                    findings.Add(PairFinding(FindingKind.HoldsOnlyByRounding, quantity, keys ??= [quantity.Key], placed[first], placed[second], window,
                        (Exact(first), Exact(second)), Severity.Note));
        }

        var verdict = claims.Count == 0 ? QuantityVerdict.NoClaims
            : conflicts.Count > 0 || placed.Count < claims.Count ? QuantityVerdict.Conflicting
            : claims.Count == 1 ? QuantityVerdict.SingleClaim
            : QuantityVerdict.Consistent;
        var report = new QuantityReport(quantity.Key, verdict, conflicts.Count, truncated, new Details(quantity, placed));
        var rounded = RelationCheck.Side.Of(quantity, placed, sources);
        return new Result(report, rounded, exact is null ? null
            : new Lazy<RelationCheck.Side>(() => RelationCheck.Side.Of(quantity, Enumerable.Range(0, placed.Count).Select(Exact).ToList())));
    }

    // The placed claims' intervals and dates as lists, read in place: a struct, so the pairs' sweeps read them without copies or boxing.
    private readonly struct IntervalsOf(List<PlacedClaim> claims) : IReadOnlyList<Interval>
    {
        public Interval this[int index] => claims[index].Interval;
        public int Count => claims.Count;
        public IEnumerator<Interval> GetEnumerator() => claims.Select(c => c.Interval).GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private readonly struct DatesOf(List<PlacedClaim> claims) : IReadOnlyList<DateOnly>
    {
        public DateOnly this[int index] => claims[index].AsOf;
        public int Count => claims.Count;
        public IEnumerator<DateOnly> GetEnumerator() => claims.Select(c => c.AsOf).GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>What a report works out only when read: its claims by id and its periods.</summary>
    internal sealed class Details(QuantityFact quantity, List<PlacedClaim> placed)
    {
        public PlacedClaim[] ClaimsById()
        {
            var byId = placed.ToArray();
            Array.Sort(Array.ConvertAll(byId, c => c.ClaimId), byId);
            return byId;
        }

        public List<Period> Periods() => QuantityAnalysis.Periods(quantity, placed);
    }

    /// <summary>An event's claims form one period; a stock's are cut into windows, each starting at its first claim's date.</summary>
    private static List<Period> Periods(QuantityFact quantity, List<PlacedClaim> claims)
    {
        var periods = new List<Period>();
        for (var start = 0; start < claims.Count;)
        {
            var from = claims[start].AsOf;
            var end = start;
            while (end < claims.Count && (quantity.Kind == QuantityKind.Event || claims[end].AsOf.DayNumber - from.DayNumber <= (quantity.WindowDays ?? 0)))
                end++;
            var members = start == 0 && end == claims.Count ? claims : claims.GetRange(start, end - start);
            var shared = Interval.All;
            foreach (var member in members) shared = shared.Intersect(member.Interval);
            var ids = Ids.OfClaims(members);
            var to = members[^1].AsOf;
            if (!shared.IsEmpty)
            {
                periods.Add(new Period(from, to, ids, shared, null, []) { Supported = Supported(quantity, shared, ids, members, members, from, to) });
            }
            else
            {
                var backing = new List<PlacedClaim>();
                var group = AgreeingGroups.Largest(members, backing)!;
                periods.Add(new Period(from, to, ids, null, group, Ids.Except(ids, group.ClaimIds))
                {
                    Supported = Supported(quantity, group.Shared, group.ClaimIds, backing, members, from, to),
                });
            }
            start = end;
        }
        return periods;
    }

    // "Best supported: 1,300 people, which 8 of the 10 claims from 22 Aug to 12 Sep 2025 allow, from 5 sources: Donald Trump, …".
    private static SupportedFigure Supported(QuantityFact quantity, Interval figure, IReadOnlyList<long> backingIds, List<PlacedClaim> backing,
        List<PlacedClaim> members, DateOnly from, DateOnly to) =>
        new(figure, backingIds, Ids.OfSources(backing))
        {
            State = () =>
            {
                var when = quantity.Kind == QuantityKind.Stock ? from == to ? $" of {Words.Date(from)}" : $" from {Words.Span(from, to)}" : "";
                var which = members.Count == 1 ? $"which the one claim{when} allows"
                    : backing.Count == members.Count ? $"which {(members.Count == 2 ? "both" : $"all {members.Count}")} claims{when} allow"
                    : $"which {backing.Count} of the {members.Count} claims{when} allow";
                var sources = backing.Select(c => c.SourceId).Distinct().Count();
                var names = backing.Select(c => c.Fact.Cited is { } cited ? cited.Speaker ?? cited.Outlet : $"claim {c.ClaimId}").Distinct().ToList();
                var listed = Words.Listed(names);
                return Words.Sentence($"best supported: {Words.Of(figure, quantity.Unit)}, {which}, from {sources} {(sources == 1 ? "source" : "sources")}: {listed}");
            },
        };

    // What a claim's words allow with their open ends closed.
    private static Interval Written(QuantityFact quantity, PlacedClaim claim) => ClaimInterval.Written(claim.Fact.Figures, quantity.Unit).Closure();

    private static Finding PairFinding(FindingKind kind, QuantityFact quantity, IReadOnlyList<string> keys, PlacedClaim a, PlacedClaim b, int? window,
        (PlacedClaim A, PlacedClaim B)? exact, Severity severity)
    {
        // The pair is oriented by the intervals that part them: exact figures for a rounding finding.
        var (partA, partB) = exact ?? (a, b);
        var aBelow = partA.Interval.High is { } h && partB.Interval.Low is { } l && h <= l;
        var (lower, upper) = aBelow ? (a, b) : (b, a);
        var (lowerPart, upperPart) = aBelow ? (partA, partB) : (partB, partA);
        // Ends more than decimal's range apart say the gap is as large as a decimal can tell.
        var gap = Decimals.Sum(upperPart.Interval.Low!.Value, -lowerPart.Interval.High!.Value) ?? decimal.MaxValue;
        var magnitude = Math.Max(Math.Abs(lowerPart.Interval.High.Value), Math.Abs(upperPart.Interval.Low.Value));
        var relative = magnitude == 0 ? 0 : Math.Round(gap / magnitude, 6);
        var sameSource = a.SourceId == b.SourceId;
        return new Finding
        {
            Kind = kind,
            Severity = severity,
            QuantityKeys = keys,
            ClaimIds = Ascending(a.ClaimId, b.ClaimId),
            SourceIds = sameSource ? [a.SourceId] : Ascending(a.SourceId, b.SourceId),
            Pair = new ClaimPair(lower, upper, gap, relative, sameSource) { Unit = quantity.Unit, Window = window, Magnitude = magnitude },
        };
    }

    /// <summary>A pair's finding in words: how far apart the two claims are, or that only rounding lets them meet.</summary>
    internal static string Explain(FindingKind kind, ClaimPair pair)
    {
        var (lower, upper, unit) = (pair.Lower, pair.Upper, pair.Unit);
        var (first, second) = (ClaimNames.Saying(lower, unit), ClaimNames.Saying(upper, unit, lower));
        var sentences = new List<string>
        {
            kind == FindingKind.ValueConflict
                ? $"these two claims are {Words.Of(Interval.Point(pair.Gap), unit)} apart ({Words.Number(pair.RelativeGap * 100)}% of {Words.Number(pair.Magnitude)}): {first}, against {second}"
                : $"these two claims agree only through rounding: {first}, and {second}; as written, {Written(lower)} and {Written(upper)} do not meet",
        };
        var days = Math.Abs(lower.AsOf.DayNumber - upper.AsOf.DayNumber);
        if (pair.Window is { } w && days > 0)
            sentences.Add($"their dates are {days} {(days == 1 ? "day" : "days")} apart, within the {w}-day window in which this stock's claims compare");
        return Words.Sentences(sentences);

        string Written(PlacedClaim c) => Words.Written(c.Fact.Figures, unit);
    }

    private static long[] Ascending(long x, long y) => x <= y ? [x, y] : [y, x];

    private static Finding Impossible(QuantityFact quantity, ClaimFact claim) => new()
    {
        Kind = FindingKind.ImpossibleClaim,
        QuantityKeys = [quantity.Key],
        ClaimIds = [claim.Id],
        SourceIds = [claim.SourceId],
        Explain = () => Words.Sentence("this claim allows " + Units.ValuesOf(quantity.Unit) switch
            {
                UnitValues.Percentage => "no percentage from 0% to 100%",
                UnitValues.Whole => "no whole number",
                _ => $"no whole, non-negative number of {quantity.Unit}",
            } + $": {ClaimNames.Of(new PlacedClaim(claim, Interval.All))} ({Words.Written(claim.Figures, quantity.Unit)})"),
    };
}
