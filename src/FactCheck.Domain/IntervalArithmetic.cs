namespace FactCheck.Domain;

/// <summary>
/// Interval arithmetic on closed hulls with unbounded ends, in exact decimals: what a relation's
/// other quantities imply for one of them. A result too large for a decimal is taken as unbounded.
/// </summary>
public static class IntervalArithmetic
{
    private readonly record struct End(decimal Value, int Infinity)
    {
        public static End Of(decimal? value, int sideIfNull) => value is { } v ? new End(v, 0) : new End(0, sideIfNull);

        public decimal? Finite => Infinity == 0 ? Value : null;

        public int Sign => Infinity != 0 ? Infinity : Math.Sign(Value);

        public static End operator *(End a, End b)
        {
            if (a.Infinity == 0 && b.Infinity == 0)
                return Decimals.Product(a.Value, b.Value) is { } product ? new End(product, 0) : new End(0, a.Sign * b.Sign);
            // 0 × ∞ stands for the limit of a bounded factor near zero: the hull needs 0, not undefined.
            return a.Sign * b.Sign == 0 ? new End(0, 0) : new End(0, a.Sign * b.Sign);
        }

        public static bool operator <(End a, End b) => a.Infinity != b.Infinity ? a.Infinity < b.Infinity : a.Infinity == 0 && a.Value < b.Value;

        public static bool operator >(End a, End b) => b < a;
    }

    public static Interval Add(Interval a, Interval b) =>
        a.IsEmpty || b.IsEmpty ? Empty : new Interval(Sum(a.Low, b.Low), true, Sum(a.High, b.High), true);

    public static Interval Negate(Interval a) => a.IsEmpty ? Empty : new Interval(-a.High, true, -a.Low, true);

    public static Interval Subtract(Interval a, Interval b) => Add(a, Negate(b));

    public static Interval Multiply(Interval a, Interval b)
    {
        if (a.IsEmpty || b.IsEmpty) return Empty;
        End[] ends = [End.Of(a.Low, -1), End.Of(a.High, 1)];
        End[] others = [End.Of(b.Low, -1), End.Of(b.High, 1)];
        var products = ends.SelectMany(x => others.Select(y => x * y)).ToList();
        var low = products.Aggregate((m, p) => p < m ? p : m);
        var high = products.Aggregate((m, p) => p > m ? p : m);
        return new Interval(low.Finite, true, high.Finite, true);
    }

    /// <summary>a / b. A divisor that spans zero leaves the quotient unbounded on the sides it can reach.</summary>
    public static Interval Divide(Interval a, Interval b)
    {
        if (a.IsEmpty || b.IsEmpty) return Empty;
        var low = b.Low;
        var high = b.High;
        if ((low is null || low < 0) && (high is null || high > 0)) return Interval.All;
        if (low == 0 && high == 0) return Interval.All;
        // Bounded ends divided directly: 5,200 ÷ 1,300 is 4, where times the reciprocal of 1,300 it is 3.99…
        if (a.Low is { } al && a.High is { } ah && low is { } bl && high is { } bh && (bl > 0 || bh < 0))
        {
            decimal?[] quotients = [Decimals.Quotient(al, bl), Decimals.Quotient(al, bh), Decimals.Quotient(ah, bl), Decimals.Quotient(ah, bh)];
            if (quotients.All(q => q is not null)) return Interval.Closed(quotients.Min()!.Value, quotients.Max()!.Value);
        }
        // b ≥ 0 touching 0 reaches +∞ in 1/b; b ≤ 0 touching 0 reaches −∞.
        decimal? reciprocalLow = high is { } h && h != 0 ? 1 / h : (low >= 0 ? 0 : null);
        decimal? reciprocalHigh = low is { } l && l != 0 ? 1 / l : (high <= 0 ? 0 : null);
        if (low == 0) reciprocalHigh = null;
        if (high == 0) reciprocalLow = null;
        return Multiply(a, new Interval(reciprocalLow, true, reciprocalHigh, true));
    }

    public static Interval Scale(Interval a, decimal factor) => Multiply(a, Interval.Point(factor));

    public static readonly Interval Empty = Interval.Closed(1, 0);

    private static decimal? Sum(decimal? a, decimal? b) => a is { } x && b is { } y ? Decimals.Sum(x, y) : null;
}
