using FactCheck.Domain;
using FluentValidation;

namespace FactCheck.Api.Features.Relations;

/// <summary>
/// Arithmetic that ties quantities together, by role: percent and ratio take result, part and whole;
/// sum and parts_at_most take total and parts; difference takes result, minuend and subtrahend.
/// </summary>
internal sealed record RelationInput : IRelationFields
{
    /// <summary>percent: result = 100 × part / whole; ratio: result = part / whole; sum: total = Σ parts; parts_at_most: Σ parts ≤ total; difference: result = minuend − subtrahend.</summary>
    /// <example>percent</example>
    public required RelationKind? Kind { get; init; }

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

    /// <summary>The relation in words, for readers of the findings.</summary>
    /// <example>share = 100 * released / held</example>
    public string? Meaning { get; init; }

    /// <summary>
    /// The date the arithmetic holds at (YYYY-MM-DD). Without it, a relation is checked at the dates of its events'
    /// claims, or per period of its stocks' claims; with it, each stock stands for its claims within its window of this date.
    /// </summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Numbers in roles no quantity takes: [{"role": "part", "value": 1}] makes a sum's total its parts plus 1.</summary>
    public IReadOnlyList<ConstantTerm>? Constants { get; init; }
}

internal sealed class RelationInputValidator : FastEndpoints.Validator<RelationInput>
{
    public RelationInputValidator() => Include(new RelationFieldsValidator());
}
