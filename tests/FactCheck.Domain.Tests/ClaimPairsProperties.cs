using FsCheck;
using FsCheck.Fluent;

namespace FactCheck.Domain.Tests;

/// <summary>The pair-by-pair test a handful of claims takes finds the very pairs the sorted sweeps find.</summary>
public sealed class ClaimPairsProperties
{
    [Fact]
    public void Every_pair_and_the_sweeps_agree_on_a_handful_of_claims_empty_intervals_included() =>
        Prop.ForAll<int>(seed =>
        {
            var random = new Random(seed);
            var count = random.Next(0, 17);
            // Small whole ends, so that ends meet often; some intervals hold nothing ([5, 3], (4, 4)).
            var intervals = Enumerable.Range(0, count).Select(_ => Interval(random)).ToList();
            var dates = Enumerable.Range(0, count).Select(_ => new DateOnly(2025, 1, 1).AddDays(random.Next(30))).Order().ToList();
            var window = random.Next(3) == 0 ? (int?)null : random.Next(0, 10);

            var every = Unordered(ClaimPairs.EveryPair(intervals, dates, window).Pairs);
            var swept = Unordered((window is { } days
                ? ClaimPairs.DisjointWithinWindow(intervals, dates, days, int.MaxValue)
                : ClaimPairs.DisjointWithoutWindow(intervals, int.MaxValue)).Pairs);
            return every.SetEquals(swept).Label($"every pair: {string.Join(" ", every.Order())}; swept: {string.Join(" ", swept.Order())}");
        }).QuickCheckThrowOnFailure();

    private static Interval Interval(Random random)
    {
        decimal? End() => random.Next(6) == 0 ? null : random.Next(0, 8);
        return new Interval(End(), random.Next(2) == 0, End(), random.Next(2) == 0);
    }

    private static HashSet<(int, int)> Unordered(List<(int, int)> pairs) => pairs.Select(p => p.Item1 < p.Item2 ? p : (p.Item2, p.Item1)).ToHashSet();
}
