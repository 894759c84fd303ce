using FactCheck.Domain;
using FsCheck;
using FsCheck.Fluent;

namespace FactCheck.Domain.Tests;

/// <summary>Laws of the consistency engine on random worlds (each drawn from a seed FsCheck supplies).</summary>
public sealed class EngineProperties
{
    private static readonly Qualifier[] Qualifiers = Enum.GetValues<Qualifier>();

    /// <summary>A world of a few quantities with claims of every qualifier, spread over 90 days.</summary>
    private static ClaimWorld RandomWorld(int seed)
    {
        var random = new Random(seed);
        var quantities = Enumerable.Range(0, random.Next(1, 4)).Select(i => new QuantityFact(
            $"q/{i}", $"Quantity {i}", random.Next(3) switch { 0 => "people", 1 => Units.Percent, _ => "usd" },
            random.Next(2) == 0 ? QuantityKind.Event : QuantityKind.Stock, random.Next(0, 40))).ToList();
        var claims = Enumerable.Range(1, random.Next(0, 40)).Select(id =>
        {
            var quantity = quantities[random.Next(quantities.Count)];
            var qualifier = Qualifiers[random.Next(Qualifiers.Length)];
            var value = Figure(random);
            var figures = qualifier == Qualifier.Between
                ? new ClaimFigures(qualifier, null, value, value + Figure(random))
                : new ClaimFigures(qualifier, value, Precision: random.Next(4) == 0 ? Figure(random) + 0.01m : null);
            return new ClaimFact(id, random.Next(1, 5), quantity.Key, figures, new DateOnly(2025, 1, 1).AddDays(random.Next(90)));
        }).ToList();
        return new ClaimWorld(quantities, claims, []);
    }

    private static decimal Figure(Random random) => random.Next(4) switch
    {
        0 => random.Next(0, 100),
        1 => random.Next(0, 100) * 100,
        2 => Math.Round((decimal)random.NextDouble() * 100, random.Next(0, 3)),
        _ => random.Next(1000, 2000),
    };

    private static HashSet<(long, long)> ConflictPairs(ConsistencyReport report) =>
        report.Findings.Where(f => f.Kind == FindingKind.ValueConflict).Select(f => (f.ClaimIds[0], f.ClaimIds[1])).ToHashSet();

    private static string Fingerprint(ConsistencyReport report) => string.Join("\n",
        report.Findings.Select(f => $"{f.Kind} {string.Join(",", f.QuantityKeys)} {string.Join(",", f.ClaimIds)} {f.Explanation}")
            .Concat(report.Quantities.Select(q => $"{q.Key} {q.Verdict} {string.Join(";", q.Periods.Select(p => $"{p.Shared} {p.LargestGroup?.Shared} {string.Join(",", p.Outside)}"))}")));

    [Fact]
    public void Conflicts_are_exactly_the_comparable_pairs_whose_intervals_do_not_meet() =>
        Prop.ForAll<int>(seed =>
        {
            var world = RandomWorld(seed);
            var quantities = world.Quantities.ToDictionary(q => q.Key);
            var placed = world.Claims.Select(c => (Claim: c, Interval: ClaimInterval.Of(c.Figures, quantities[c.QuantityKey].Unit)))
                .Where(c => !c.Interval.IsEmpty).ToList();
            var expected = (from a in placed
                            from b in placed
                            where a.Claim.Id < b.Claim.Id && a.Claim.QuantityKey == b.Claim.QuantityKey
                            let q = quantities[a.Claim.QuantityKey]
                            where q.Kind == QuantityKind.Event || Math.Abs(a.Claim.AsOf.DayNumber - b.Claim.AsOf.DayNumber) <= q.WindowDays
                            where !a.Interval.Overlaps(b.Interval)
                            select (a.Claim.Id, b.Claim.Id)).ToHashSet();
            return ConflictPairs(ConsistencyEngine.Check(world)).SetEquals(expected);
        }).QuickCheckThrowOnFailure();

    /// <summary>
    /// A period splits its claims in two: those of its largest agreeing group, which back its best-supported figure and
    /// all share it, and the rest, listed as outside; the figure's sources are the group's.
    /// </summary>
    [Fact]
    public void A_period_is_its_largest_group_and_the_claims_outside_it() =>
        Prop.ForAll<int>(seed =>
        {
            var world = RandomWorld(seed);
            var claims = world.Claims.ToDictionary(c => c.Id);
            var units = world.Quantities.ToDictionary(q => q.Key, q => q.Unit);
            return ConsistencyEngine.Check(world).Quantities.SelectMany(q => q.Periods).All(period =>
            {
                var backing = period.Supported.ClaimIds;
                var expectedOutside = period.ClaimIds.Where(id => !backing.Contains(id)).ToList();
                return period.Outside.SequenceEqual(expectedOutside)
                    && backing.All(period.ClaimIds.Contains)
                    && (period.LargestGroup is null ? period.Outside.Count == 0 : backing.SequenceEqual(period.LargestGroup.ClaimIds))
                    && backing.All(id => !ClaimInterval.Of(claims[id].Figures, units[claims[id].QuantityKey]).Intersect(period.Supported.Figure).IsEmpty)
                    && period.Supported.SourceIds.SequenceEqual(backing.Select(id => claims[id].SourceId).Distinct().Order());
            });
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void The_report_does_not_depend_on_the_order_of_the_records() =>
        Prop.ForAll<int>(seed =>
        {
            var world = RandomWorld(seed);
            var shuffled = world with
            {
                Claims = world.Claims.OrderBy(c => HashCode.Combine(seed, c.Id)).ToList(),
                Quantities = world.Quantities.Reverse().ToList(),
            };
            return Fingerprint(ConsistencyEngine.Check(world)) == Fingerprint(ConsistencyEngine.Check(shuffled));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void A_claim_never_conflicts_with_itself_or_its_copies() =>
        Prop.ForAll<int>(seed =>
        {
            var world = RandomWorld(seed);
            var copies = world with { Claims = world.Claims.Concat(world.Claims.Select(c => c with { Id = c.Id + 1000 })).ToList() };
            var pairs = ConflictPairs(ConsistencyEngine.Check(copies));
            return pairs.All(p => p.Item1 != p.Item2 && p.Item2 - p.Item1 != 1000);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Widening_a_claim_never_creates_a_value_conflict() =>
        Prop.ForAll<int>(seed =>
        {
            var world = RandomWorld(seed);
            if (world.Claims.Count == 0) return true;
            var target = world.Claims[new Random(seed).Next(world.Claims.Count)];
            var wider = target.Figures.Qualifier switch
            {
                Qualifier.Between => target.Figures with { Min = target.Figures.Min - 10, Max = target.Figures.Max + 10 },
                Qualifier.Exact => target.Figures with { Qualifier = Qualifier.Approximately },
                _ => new ClaimFigures(Qualifier.Between, null, -1_000_000, 1_000_000),
            };
            var widened = world with { Claims = world.Claims.Select(c => c.Id == target.Id ? c with { Figures = wider } : c).ToList() };
            return ConflictPairs(ConsistencyEngine.Check(widened)).IsSubsetOf(ConflictPairs(ConsistencyEngine.Check(world)));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void A_consistent_world_yields_no_conflict() =>
        Prop.ForAll<int>(seed =>
        {
            var report = ConsistencyEngine.Check(ConsistentWorld(seed));
            return report.Findings.All(f => f.Kind is FindingKind.HoldsOnlyByRounding or FindingKind.RelationHoldsOnlyByRounding);
        }).QuickCheckThrowOnFailure();

    /// <summary>
    /// True values drawn first (held, released among them, the released split into parts), then every
    /// relation between them declared, and each value reported by several sources with rounding and
    /// qualifiers that contain it.
    /// </summary>
    private static ClaimWorld ConsistentWorld(int seed)
    {
        var random = new Random(seed);
        var held = random.Next(50, 5000);
        var released = random.Next(1, held + 1);
        var partA = random.Next(0, released + 1);
        var partB = random.Next(0, released - partA + 1);
        var share = 100m * released / held;
        var truth = new Dictionary<string, decimal>
        {
            ["held"] = held, ["released"] = released, ["share"] = share, ["a"] = partA, ["b"] = partB,
            ["rest"] = released - partA - partB, ["kept"] = held - released,
        };
        var quantities = truth.Keys.Select(k => new QuantityFact(k, k, k == "share" ? Units.Percent : "people", QuantityKind.Event)).ToList();
        var claims = new List<ClaimFact>();
        foreach (var (key, value) in truth)
            for (var n = random.Next(0, 4); n > 0; n--)
                claims.Add(new ClaimFact(claims.Count + 1, random.Next(1, 4), key, Report(random, value), new DateOnly(2025, 9, 11)));
        RelationFact Relation(RelationKind kind, params (RelationRole Role, string Key)[] terms) =>
            new(0, kind, terms.Select(t => new RelationTermFact(t.Role, t.Key)).ToList());
        var relations = new[]
        {
            Relation(RelationKind.Percent, (RelationRole.Result, "share"), (RelationRole.Part, "released"), (RelationRole.Whole, "held")),
            Relation(RelationKind.Sum, (RelationRole.Total, "released"), (RelationRole.Part, "a"), (RelationRole.Part, "b"), (RelationRole.Part, "rest")),
            Relation(RelationKind.PartsAtMost, (RelationRole.Total, "released"), (RelationRole.Part, "a"), (RelationRole.Part, "b")),
            Relation(RelationKind.Difference, (RelationRole.Result, "kept"), (RelationRole.Minuend, "held"), (RelationRole.Subtrahend, "released")),
        }.Select((r, i) => r with { Id = i + 1 }).ToList();
        return new ClaimWorld(quantities, claims, relations);
    }

    /// <summary>A figure for <paramref name="truth"/> as a source might write it: rounded, bounded or ranged, but containing it.</summary>
    private static ClaimFigures Report(Random random, decimal truth)
    {
        var decimals = random.Next(0, 3);
        var down = Math.Round(truth, decimals, MidpointRounding.ToNegativeInfinity);
        var up = Math.Round(truth, decimals, MidpointRounding.ToPositiveInfinity);
        return random.Next(7) switch
        {
            0 => new ClaimFigures(Qualifier.Exact, Math.Round(truth, decimals)),
            1 => new ClaimFigures(Qualifier.Approximately, Math.Round(truth, decimals)),
            2 => new ClaimFigures(Qualifier.AtLeast, down),
            3 => new ClaimFigures(Qualifier.UpTo, up),
            4 => new ClaimFigures(Qualifier.Between, null, down - random.Next(0, 5), up + random.Next(0, 5)),
            5 => down < truth ? new ClaimFigures(Qualifier.MoreThan, down) : new ClaimFigures(Qualifier.AtLeast, down),
            _ => up * 0.9m <= truth ? new ClaimFigures(Qualifier.Nearly, up) : new ClaimFigures(Qualifier.UpTo, up),
        };
    }
}
