namespace FactCheck.Domain;

/// <summary>
/// Decimal arithmetic that cannot throw: a result past decimal's range (±7.9 × 10^28) is null,
/// which interval code takes as an unbounded end, so a check widens soundly instead of failing.
/// </summary>
internal static class Decimals
{
    public static decimal? Sum(decimal a, decimal b)
    {
        try { return a + b; }
        catch (OverflowException) { return null; }
    }

    public static decimal? Product(decimal a, decimal b)
    {
        try { return a * b; }
        catch (OverflowException) { return null; }
    }

    public static decimal? Quotient(decimal a, decimal b)
    {
        try { return a / b; }
        catch (OverflowException) { return null; }
    }
}
