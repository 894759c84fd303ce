using FactCheck.Domain;

namespace FactCheck.Api.Features.Relations;

/// <summary>A stored relation; the roles its kind does not take, or a constant takes, are null.</summary>
internal sealed record RelationResponse
{
    /// <example>1</example>
    public required long Id { get; init; }

    /// <example>percent</example>
    public required RelationKind Kind { get; init; }

    /// <example>belarus/release/2025-09-11/share-of-political-prisoners</example>
    public string? Result { get; init; }

    /// <example>belarus/release/2025-09-11/count</example>
    public string? Part { get; init; }

    /// <example>belarus/political-prisoners/held</example>
    public string? Whole { get; init; }

    public string? Total { get; init; }

    public IReadOnlyList<string>? Parts { get; init; }

    public string? Minuend { get; init; }

    public string? Subtrahend { get; init; }

    /// <example>share = 100 * released / held</example>
    public string? Meaning { get; init; }

    /// <summary>The date the arithmetic holds at, when the relation names one.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The numbers in roles no quantity takes, when the relation has any.</summary>
    public IReadOnlyList<ConstantResponse>? Constants { get; init; }
}

/// <summary>A number in a role of a relation.</summary>
/// <param name="Role">result, part, whole, total, minuend or subtrahend; in a sum or parts_at_most, part is one more part.</param>
/// <param name="Value">The number.</param>
internal sealed record ConstantResponse(RelationRole Role, decimal Value);
