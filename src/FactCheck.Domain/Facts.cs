namespace FactCheck.Domain;

/// <summary>A quantity as the consistency check needs it.</summary>
public sealed record QuantityFact(string Key, string Label, string Unit, QuantityKind Kind, int? WindowDays = null);

/// <summary>Who made a claim, where, and in which words: how a reader finds it ("Alexander Lukashenko", "bne IntelliNews", "release 1,300 political prisoners").</summary>
public sealed record Citation(string Outlet, string Quote, string? Speaker = null);

/// <summary>A stored claim as the consistency check needs it; <see cref="Cited"/>, when known, names it in explanations.</summary>
public sealed record ClaimFact(long Id, long SourceId, string QuantityKey, ClaimFigures Figures, DateOnly AsOf)
{
    /// <summary>The id of a figure checked before it is stored: stored claims count from 1.</summary>
    public const long Unsaved = 0;

    public Citation? Cited { get; init; }
}

/// <summary>A quantity in its role in a relation; parts keep their order.</summary>
public sealed record RelationTermFact(RelationRole Role, string QuantityKey);

/// <summary>A number written into a relation in a role: the 1 of "Tsikhanouski and 13 others" (total = 13 + 1).</summary>
public sealed record RelationConstant(RelationRole Role, decimal Value);

/// <summary>
/// A declared relation as the consistency check needs it: its quantities by role, any constants in the other
/// roles, and, when given, the date it speaks of.
/// </summary>
public sealed record RelationFact(long Id, RelationKind Kind, IReadOnlyList<RelationTermFact> Terms, DateOnly? AsOf = null)
{
    public IReadOnlyList<RelationConstant> Constants { get; init; } = [];
}

/// <summary>Everything the check reads: quantities, their claims, and the relations between them.</summary>
public sealed record ClaimWorld(
    IReadOnlyList<QuantityFact> Quantities, IReadOnlyList<ClaimFact> Claims, IReadOnlyList<RelationFact> Relations);
