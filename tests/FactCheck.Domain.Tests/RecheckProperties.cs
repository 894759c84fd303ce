using FactCheck.Domain;

namespace FactCheck.Domain.Tests;

/// <summary>
/// A report kept fresh by <see cref="Recheck"/> is the report of the whole world after the write. Each world joins two
/// networks drawn by <see cref="NetworkProperties"/> and a hundred quantities without relations, each with claims that
/// disagree; each write, drawn from the same seed, moves, adds or deletes a claim, deletes a relation, or adds one that
/// links the two networks. So the report is spliced both ways: by binary search when one lone quantity moved, and by
/// looking each finding up when a network did.
/// </summary>
public sealed class RecheckProperties
{
    [Fact]
    public void Checking_again_what_a_write_reaches_gives_the_report_of_the_whole_world()
    {
        var partial = 0;
        for (var seed = 0; seed < 1_000; seed++)
        {
            var before = World(seed);
            var (after, changed) = Write(before, new Random(~seed));
            var keys = Recheck.Reach(changed, Recheck.Network(before.Relations), Recheck.Network(after.Relations));
            var part = new ClaimWorld(
                [.. after.Quantities.Where(q => keys.Contains(q.Key))],
                [.. after.Claims.Where(c => keys.Contains(c.QuantityKey))],
                [.. after.Relations.Where(r => r.Terms.Any(t => keys.Contains(t.QuantityKey)))]);

            // Half the time from the report as a store keeps it between writes.
            var earlier = ConsistencyEngine.Check(before);
            var (keptWorld, keptReport) = seed % 2 == 0 ? (before, earlier) : Recheck.Kept(before, earlier);
            var kept = Recheck.Replace(keptReport, keys, ConsistencyEngine.Check(part));
            var whole = ConsistencyEngine.Check(after);
            Assert.True(Fingerprint(whole) == Fingerprint(kept), $"seed {seed}: the kept report differs");
            Assert.Equal(Counts(whole), Counts(kept));
            // A copy with other findings counts them, not the findings its tally came with.
            Assert.Equal(Counts(earlier), Counts(kept with { Findings = earlier.Findings }));
            Assert.Equal(Records(after), Records(Recheck.Replace(keptWorld, keys, part)));
            if (keys.Count < after.Quantities.Count) partial++;
        }
        Assert.True(partial > 500, $"only {partial} writes left part of the world alone");
    }

    [Fact]
    public void A_quantitys_findings_are_those_that_name_it_in_any_role_in_the_reports_order()
    {
        var relationFindings = 0;
        for (var seed = 0; seed < 300; seed++)
        {
            var world = seed % 2 == 0 ? World(seed) : Write(World(seed), new Random(seed)).After;
            var report = ConsistencyEngine.Check(world);
            foreach (var quantity in world.Quantities.Append(new QuantityFact("absent", "absent", "people", QuantityKind.Event)))
                Assert.Equal(report.Findings.Where(f => f.QuantityKeys.Contains(quantity.Key)), report.FindingsOf(quantity.Key));
            relationFindings += report.Findings.Count(f => f.Relation is not null);
        }
        Assert.True(relationFindings > 50, $"only {relationFindings} relation findings");
    }

    [Fact]
    public void Reach_follows_chains_of_relations_in_either_network_and_stops_where_they_end()
    {
        string[][] before = [["a", "b"], ["b", "c"], ["x", "y"]];
        string[][] after = [["c", "d"]];
        Assert.Equal(["a", "b", "c", "d"], Recheck.Reach(["a"], before, after).Order());
        Assert.Equal(["x", "y"], Recheck.Reach(["y"], before, after).Order());
        Assert.Equal(["lone"], Recheck.Reach(["lone"], before, after).Order());
    }

    /// <summary>Two networks, their keys, claim ids and relation ids kept apart, and quantities no relation reaches.</summary>
    private static ClaimWorld World(int seed)
    {
        var (a, b) = (NetworkProperties.Draw(seed).World, NetworkProperties.Draw(seed + 1_000_000).World);
        var random = new Random(seed);
        var lone = Enumerable.Range(0, 100).Select(i => new QuantityFact($"lone/{i:00}", "lone", "people", QuantityKind.Event)).ToList();
        var loneClaims = lone.SelectMany((q, i) => Enumerable.Range(0, 3).Select(n => new ClaimFact(5_000 + 3 * i + n, 5, q.Key,
            new ClaimFigures(Qualifier.Exact, random.Next(1, 20)), new DateOnly(2025, 9, 11))));
        return new ClaimWorld(
            [.. a.Quantities.Select(q => q with { Key = "a:" + q.Key }), .. b.Quantities.Select(q => q with { Key = "b:" + q.Key }), .. lone],
            [.. a.Claims.Select(c => c with { QuantityKey = "a:" + c.QuantityKey }),
             .. b.Claims.Select(c => c with { Id = c.Id + 1_000, QuantityKey = "b:" + c.QuantityKey }),
             .. loneClaims],
            [.. a.Relations.Select(r => r with { Terms = [.. r.Terms.Select(t => t with { QuantityKey = "a:" + t.QuantityKey })] }),
             .. b.Relations.Select(r => r with { Id = r.Id + 100, Terms = [.. r.Terms.Select(t => t with { QuantityKey = "b:" + t.QuantityKey })] })]);
    }

    /// <summary>One write to the world, and the quantities it changed.</summary>
    private static (ClaimWorld After, string[] Changed) Write(ClaimWorld world, Random random)
    {
        var claim = world.Claims[random.Next(world.Claims.Count)];
        switch (random.Next(5))
        {
            case 0:
                var moved = claim with { Figures = new ClaimFigures(Qualifier.Exactly, random.Next(0, 5_000)) };
                return (world with { Claims = [.. world.Claims.Select(c => c.Id == claim.Id ? moved : c)] }, [claim.QuantityKey]);
            case 1:
                return (world with { Claims = [.. world.Claims.Where(c => c.Id != claim.Id)] }, [claim.QuantityKey]);
            case 2:
                var quantity = world.Quantities[random.Next(world.Quantities.Count)];
                var added = new ClaimFact(9_000, 7, quantity.Key, new ClaimFigures(Qualifier.AtLeast, random.Next(0, 5_000)), new DateOnly(2025, 9, 11));
                return (world with { Claims = [.. world.Claims, added] }, [quantity.Key]);
            case 3 when world.Relations.Count > 0:
                var deleted = world.Relations[random.Next(world.Relations.Count)];
                return (world with { Relations = [.. world.Relations.Where(r => r.Id != deleted.Id)] }, [.. deleted.Terms.Select(t => t.QuantityKey)]);
            default:
                // The two networks' first quantities summed into a lone one: one network from then on.
                var link = new RelationFact(500, RelationKind.PartsAtMost,
                    [new(RelationRole.Total, "lone/00"), new(RelationRole.Part, world.Quantities[0].Key), new(RelationRole.Part, world.Quantities.First(q => q.Key.StartsWith("b:", StringComparison.Ordinal)).Key)]);
                return (world with { Relations = [.. world.Relations, link] }, [.. link.Terms.Select(t => t.QuantityKey)]);
        }
    }

    private static string Fingerprint(ConsistencyReport report) => string.Join("\n",
        report.Findings.Select(f => $"{f.Id} {f.Kind} {f.Severity} {string.Join(",", f.QuantityKeys)} {string.Join(",", f.ClaimIds)} {f.Explanation}")
            .Concat(report.Relations.Select(r => $"{r.RelationId} {r.From} {r.Verdict} {string.Join(";", r.Terms.Select(t => $"{t.QuantityKey} {t.Agreed} {t.Possible}"))} {r.Explanation}"))
            .Concat(report.Quantities.Select(q => $"{q.Key} {q.Verdict} {q.ConflictingPairs} {string.Join(",", q.Claims.Select(c => $"{c.ClaimId} {c.Interval}"))} "
                + string.Join(";", q.Periods.Select(p => $"{p.From} {p.To} {p.Shared} {p.Supported.Statement} {string.Join(",", p.Outside)}")))));

    private static int[] Counts(ConsistencyReport report) =>
        [.. from kind in Enum.GetValues<FindingKind>() from severity in Enum.GetValues<Severity>() select report.CountOf(kind, severity)];

    private static string Records(ClaimWorld world) => string.Join("\n",
        world.Quantities.Select(q => q.ToString()).Order(StringComparer.Ordinal)
            .Concat(world.Claims.OrderBy(c => c.Id).Select(c => c.ToString()))
            .Concat(world.Relations.OrderBy(r => r.Id).Select(r => $"{r.Id} {string.Join(",", r.Terms)}")));
}
