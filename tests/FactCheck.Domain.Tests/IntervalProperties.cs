using FactCheck.Domain;
using FsCheck;
using FsCheck.Fluent;

namespace FactCheck.Domain.Tests;

/// <summary>Laws of intervals, checked on random figures written to 0 to 4 decimals.</summary>
public sealed class IntervalProperties
{
    private static decimal Figure(int mantissa, byte scale) => new(Math.Abs(mantissa), 0, 0, mantissa < 0, (byte)(scale % 5));

    private static Interval Any(int a, int b, bool lowClosed, bool highClosed, byte shape)
    {
        var (low, high) = (Figure(Math.Min(a, b), 2), Figure(Math.Max(a, b), 2));
        return (shape % 4) switch
        {
            0 => new Interval(low, lowClosed, high, highClosed),
            1 => new Interval(low, lowClosed, null, false),
            2 => new Interval(null, false, high, highClosed),
            _ => Interval.All,
        };
    }

    [Fact]
    public void A_rounding_interval_contains_its_value() =>
        Prop.ForAll<int, byte, bool>((mantissa, scale, percent) =>
        {
            var value = Figure(mantissa, scale);
            var unit = percent ? Units.Percent : "usd";
            return ClaimInterval.Rounding(value, ClaimInterval.GrainOf(value, unit)).Contains(value);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Every_qualifier_but_between_allows_its_own_figure_outside_the_strict_bounds() =>
        Prop.ForAll<int, byte, byte>((mantissa, scale, pick) =>
        {
            var value = Figure(mantissa, scale);
            var qualifier = new[] { Qualifier.Exact, Qualifier.Approximately, Qualifier.AtLeast, Qualifier.UpTo, Qualifier.AtMost, Qualifier.Nearly }[pick % 6];
            return ClaimInterval.Of(new ClaimFigures(qualifier, value), "usd").Contains(value);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Intersection_is_symmetric_and_lies_within_both() =>
        Prop.ForAll<(int, int, bool, bool, byte), (int, int, bool, bool, byte), int>((x, y, probe) =>
        {
            var a = Any(x.Item1, x.Item2, x.Item3, x.Item4, x.Item5);
            var b = Any(y.Item1, y.Item2, y.Item3, y.Item4, y.Item5);
            var value = Figure(probe, 2);
            var both = a.Intersect(b);
            return both == b.Intersect(a)
                && both.Contains(value) == (a.Contains(value) && b.Contains(value))
                && a.Overlaps(b) == b.Overlaps(a);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Widening_an_interval_never_loses_an_overlap() =>
        Prop.ForAll<(int, int, bool, bool, byte), (int, int, bool, bool, byte), int>((x, y, widen) =>
        {
            var a = Any(x.Item1, x.Item2, x.Item3, x.Item4, x.Item5);
            var other = Any(y.Item1, y.Item2, y.Item3, y.Item4, y.Item5);
            var by = Figure(Math.Abs(widen % 100_000), 2);
            var wider = new Interval(a.Low - by, a.LowClosed || by > 0, a.High + by, a.HighClosed || by > 0);
            return !a.Overlaps(other) || wider.Overlaps(other);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Whole_tightening_keeps_exactly_the_whole_non_negative_members() =>
        Prop.ForAll<(int, int, bool, bool, byte), int>((x, probe) =>
        {
            var interval = Any(x.Item1, x.Item2, x.Item3, x.Item4, x.Item5);
            decimal whole = probe % 10_000;
            var expected = whole >= 0 && interval.Contains(whole);
            return interval.WholeAndNonNegative().Contains(whole) == expected;
        }).QuickCheckThrowOnFailure();
}
