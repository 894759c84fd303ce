namespace FactCheck.Domain;

/// <summary>A quantity as the consistency check needs it.</summary>
public sealed record QuantityFact(string Key, string Label, string Unit, QuantityKind Kind, int? WindowDays = null);

/// <summary>A stored claim as the consistency check needs it.</summary>
public sealed record ClaimFact(long Id, long SourceId, string QuantityKey, ClaimFigures Figures, DateOnly AsOf)
{
    /// <summary>The id of a figure checked before it is stored: stored claims count from 1.</summary>
    public const long Unsaved = 0;

    /// <summary>How explanations name a claim.</summary>
    public static string NameOf(long id) => id == Unsaved ? "the checked figure" : $"claim {id}";
}

/// <summary>A quantity in its role in a relation; parts keep their order.</summary>
public sealed record RelationTermFact(RelationRole Role, string QuantityKey);

/// <summary>A declared relation as the consistency check needs it; <paramref name="AsOf"/>, when given, is the date it speaks of.</summary>
public sealed record RelationFact(long Id, RelationKind Kind, IReadOnlyList<RelationTermFact> Terms, DateOnly? AsOf = null);

/// <summary>Everything the check reads: quantities, their claims, and the relations between them.</summary>
public sealed record ClaimWorld(
    IReadOnlyList<QuantityFact> Quantities, IReadOnlyList<ClaimFact> Claims, IReadOnlyList<RelationFact> Relations);
