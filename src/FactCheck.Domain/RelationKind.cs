namespace FactCheck.Domain;

/// <summary>Arithmetic a fact-checker declares between quantities.</summary>
public enum RelationKind
{
    /// <summary>result = 100 × part / whole</summary>
    Percent,
    /// <summary>result = part / whole</summary>
    Ratio,
    /// <summary>total = sum of parts (the parts are exhaustive)</summary>
    Sum,
    /// <summary>sum of parts ≤ total (the parts are some of the total)</summary>
    PartsAtMost,
    /// <summary>result = minuend − subtrahend</summary>
    Difference,
}

/// <summary>The place a quantity takes in a relation.</summary>
public enum RelationRole
{
    Result,
    Part,
    Whole,
    Total,
    Minuend,
    Subtrahend,
}

/// <summary>Which roles a relation of each kind needs, and how many quantities each role holds.</summary>
public static class RelationShape
{
    /// <summary>One role of a relation: <paramref name="Many"/> roles take one or more quantities.</summary>
    public readonly record struct Slot(RelationRole Role, bool Many = false);

    private static readonly Slot[] Fraction = [new(RelationRole.Result), new(RelationRole.Part), new(RelationRole.Whole)];
    private static readonly Slot[] Total = [new(RelationRole.Total), new(RelationRole.Part, Many: true)];
    private static readonly Slot[] Subtraction = [new(RelationRole.Result), new(RelationRole.Minuend), new(RelationRole.Subtrahend)];

    public static IReadOnlyList<Slot> SlotsOf(RelationKind kind) => kind switch
    {
        RelationKind.Percent or RelationKind.Ratio => Fraction,
        RelationKind.Sum or RelationKind.PartsAtMost => Total,
        RelationKind.Difference => Subtraction,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
