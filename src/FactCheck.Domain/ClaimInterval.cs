namespace FactCheck.Domain;

/// <summary>What a claim says about a quantity, as the spec's table turns it into an interval.</summary>
public sealed record ClaimFigures(
    Qualifier Qualifier, decimal? Value, decimal? Min = null, decimal? Max = null, decimal? Precision = null);

public static class ClaimInterval
{
    /// <summary>How far "about" and "nearly" stretch, relative to the value, unless a claim says otherwise.</summary>
    public const decimal DefaultTolerance = 0.10m;

    // The largest power of ten a decimal holds.
    private const decimal MaxGrain = 1e28m;

    /// <summary>
    /// The grain a figure was reported to: the place of its last decimal written ("4.0" → 0.1), and for
    /// whole numbers of 100 or more that are not percentages, the place of the last non-zero digit
    /// ("1,300" → 100, "2,000" → 1000); smaller whole numbers are exact to the unit.
    /// </summary>
    public static decimal GrainOf(decimal figure, string unit)
    {
        var scale = figure.Scale;
        if (scale > 0) return 1m / Pow10(scale);

        var whole = Math.Abs(figure);
        if (whole < 100 || unit == Units.Percent) return 1;
        var grain = 1m;
        while (grain < MaxGrain && whole % (grain * 10) == 0) grain *= 10;
        return grain;
    }

    /// <summary>The closed rounding interval [v − g/2, v + g/2]: a figure halfway could have been rounded either way.</summary>
    public static Interval Rounding(decimal value, decimal grain) => Around(value, grain / 2, grain / 2);

    /// <summary>[v − below, v + above], unbounded on a side whose end lies past decimal's range.</summary>
    private static Interval Around(decimal value, decimal below, decimal above) =>
        Interval.Closed(Decimals.Sum(value, -below), Decimals.Sum(value, above));

    /// <summary>The values the claim allows, within the unit's domain.</summary>
    public static Interval Of(ClaimFigures claim, string unit, decimal tolerance = DefaultTolerance) =>
        WithinDomain(Written(claim, unit, tolerance), unit);

    /// <summary>The values the claim's words allow, before the unit's domain narrows them ("over 1,300" is (1300, ∞), not 1,301 and up).</summary>
    public static Interval Written(ClaimFigures claim, string unit, decimal tolerance = DefaultTolerance) => Written(claim, unit, tolerance, claim.Precision);

    /// <summary>The values the claim allows taken exactly as written, as if reported to no grain at all.</summary>
    public static Interval Exact(ClaimFigures claim, string unit) => WithinDomain(Written(claim, unit, DefaultTolerance, grain: 0), unit);

    private static Interval Written(ClaimFigures claim, string unit, decimal tolerance, decimal? grain) => claim.Qualifier switch
    {
        Qualifier.Between => Interval.Closed(claim.Min!.Value, claim.Max!.Value),
        _ => OfValue(claim.Qualifier, claim.Value!.Value, grain ?? GrainOf(claim.Value.Value, unit), tolerance),
    };

    /// <summary>Counts are whole and non-negative, integers whole; percentages lie in [0, 100].</summary>
    public static Interval WithinDomain(Interval interval, string unit) => Units.ValuesOf(unit) switch
    {
        UnitValues.WholeNonNegative => interval.WholeAndNonNegative(),
        UnitValues.Whole => interval.Whole(),
        UnitValues.Percentage => interval.Intersect(Interval.Closed(0, 100)),
        _ => interval,
    };

    private static Interval OfValue(Qualifier qualifier, decimal v, decimal grain, decimal tolerance)
    {
        var slack = Math.Abs(v) * tolerance;
        return qualifier switch
        {
            Qualifier.Exact => Rounding(v, grain),
            Qualifier.Exactly => Interval.Point(v),
            Qualifier.Approximately => Around(v, Math.Max(grain / 2, slack), Math.Max(grain / 2, slack)),
            Qualifier.MoreThan => new Interval(v, false, null, false),
            Qualifier.AtLeast => new Interval(v, true, null, false),
            Qualifier.LessThan => new Interval(null, false, v, false),
            Qualifier.UpTo or Qualifier.AtMost => new Interval(null, false, v, true),
            Qualifier.Nearly => Around(v, slack, 0),
            _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "'between' takes min and max."),
        };
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++) result *= 10;
        return result;
    }
}
