namespace FactCheck.Domain;

/// <summary>How a claim's words bound its figure; one value per row of the spec's qualifier table.</summary>
public enum Qualifier
{
    Exact,
    Approximately,
    MoreThan,
    AtLeast,
    LessThan,
    UpTo,
    AtMost,
    Nearly,
    Between,
    /// <summary>The figure itself, with no rounding: a sample size, a count from a register ("n = 150" is 150, not 145 to 155).</summary>
    Exactly,
}

public static class QualifierRules
{
    /// <summary>"between a and b" carries two figures; every other qualifier carries one.</summary>
    public static bool TakesRange(this Qualifier qualifier) => qualifier == Qualifier.Between;
}
