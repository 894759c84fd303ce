using System.Globalization;

namespace FactCheck.Domain;

/// <summary>
/// The values a claim allows: exact decimal ends, each open or closed; a null end is unbounded.
/// An interval whose ends cross, or touch with an open end, holds nothing.
/// </summary>
public readonly record struct Interval
{
    // Two decimals and the flags in a byte: 40 bytes where four nullable fields took 56. A check holds two or three per claim.
    private readonly decimal _low;
    private readonly decimal _high;
    private readonly Ends _ends;

    [Flags]
    private enum Ends : byte { Low = 1, LowClosed = 2, High = 4, HighClosed = 8 }

    public Interval(decimal? low, bool lowClosed, decimal? high, bool highClosed)
    {
        _low = low ?? 0;
        _high = high ?? 0;
        _ends = (low is null ? 0 : Ends.Low) | (lowClosed ? Ends.LowClosed : 0) | (high is null ? 0 : Ends.High) | (highClosed ? Ends.HighClosed : 0);
    }

    public decimal? Low => (_ends & Ends.Low) != 0 ? _low : null;

    public bool LowClosed => (_ends & Ends.LowClosed) != 0;

    public decimal? High => (_ends & Ends.High) != 0 ? _high : null;

    public bool HighClosed => (_ends & Ends.HighClosed) != 0;

    public static Interval Closed(decimal low, decimal high) => new(low, true, high, true);

    public static Interval Point(decimal value) => Closed(value, value);

    /// <summary>Closed where an end is given, unbounded where it is null (a sum past decimal's range).</summary>
    public static Interval Closed(decimal? low, decimal? high) => new(low, low is not null, high, high is not null);

    public static readonly Interval All = new(null, false, null, false);

    public bool IsEmpty =>
        Low is { } low && High is { } high && (low > high || (low == high && !(LowClosed && HighClosed)));

    public bool Contains(decimal value) =>
        (Low is not { } low || value > low || (LowClosed && value == low))
        && (High is not { } high || value < high || (HighClosed && value == high));

    /// <summary>The values both allow.</summary>
    public Interval Intersect(Interval other)
    {
        var (low, lowClosed) = (Low, LowClosed);
        if (other.Low is { } otherLow && (low is null || otherLow > low || (otherLow == low && !other.LowClosed)))
            (low, lowClosed) = (otherLow, other.LowClosed);
        var (high, highClosed) = (High, HighClosed);
        if (other.High is { } otherHigh && (high is null || otherHigh < high || (otherHigh == high && !other.HighClosed)))
            (high, highClosed) = (otherHigh, other.HighClosed);
        return new Interval(low, lowClosed, high, highClosed);
    }

    public bool Overlaps(Interval other) => !Intersect(other).IsEmpty;

    /// <summary>
    /// The interval widened at each bounded end by what decimal arithmetic may have lost there (a relative
    /// 10^-24, against decimal's 28 digits): 6 ÷ 468 × 468 comes back as 5.99…976, which must still admit 6.
    /// </summary>
    public Interval Outward()
    {
        static decimal Slack(decimal v) => Math.Abs(v) * 1e-24m + 1e-24m;
        return IsEmpty ? this : new Interval(Low is { } l ? Decimals.Sum(l, -Slack(l)) : null, LowClosed, High is { } h ? Decimals.Sum(h, Slack(h)) : null, HighClosed);
    }

    /// <summary>The interval with its bounded ends closed: (1300, ∞) becomes [1300, ∞).</summary>
    public Interval Closure() => new(Low, Low is not null, High, High is not null);

    /// <summary>
    /// The whole numbers of at least zero that the interval holds, as closed whole ends:
    /// (1300, ∞) is 1301..∞, [1155.6, 1485.7] is 1156..1485.
    /// </summary>
    public Interval WholeAndNonNegative() => Intersect(new Interval(0, true, null, false)).Whole();

    /// <summary>The whole numbers within, as an interval with whole, closed ends.</summary>
    public Interval Whole()
    {
        if (IsEmpty) return this;
        // Past decimal's range no whole number can be written: keep the bound itself, which only widens.
        decimal? low = Low is { } l ? (LowClosed ? Math.Ceiling(l) : Decimals.Sum(Math.Floor(l), 1) ?? decimal.MaxValue) : null;
        decimal? high = High is { } h ? (HighClosed ? Math.Floor(h) : Decimals.Sum(Math.Ceiling(h), -1) ?? decimal.MinValue) : null;
        return new Interval(low, low is not null, high, high is not null);
    }

    /// <summary>Mathematical notation with exact figures: [1250, 1350], (1300, ∞), (−∞, 1300].</summary>
    public override string ToString() =>
        IsEmpty ? "∅" :
        (LowClosed ? "[" : "(") + (Low is { } low ? Format(low) : "−∞") + ", " +
        (High is { } high ? Format(high) : "∞") + (HighClosed ? "]" : ")");

    // Computed ends carry no grain of their own: 1300 × 0.10 is shown as 130, not 130.00.
    private static string Format(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}
