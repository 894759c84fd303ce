using FactCheck.Domain;

namespace FactCheck.Api.Features.Relations;

/// <summary>A stored relation; the roles its kind does not take are null.</summary>
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
}
