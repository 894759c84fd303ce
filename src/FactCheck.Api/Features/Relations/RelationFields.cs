using FactCheck.Api.Infrastructure;
using FactCheck.Domain;
using FluentValidation;

namespace FactCheck.Api.Features.Relations;

/// <summary>The arithmetic tying quantities together, wherever it is written from: the API or a bulk import.</summary>
internal interface IRelationFields
{
    RelationKind? Kind { get; }
    string? Result { get; }
    string? Part { get; }
    string? Whole { get; }
    string? Total { get; }
    IReadOnlyList<string>? Parts { get; }
    string? Minuend { get; }
    string? Subtrahend { get; }
    string? Meaning { get; }
    DateOnly? AsOf { get; }
}

/// <summary>
/// A quantity in its role, with the request field that named it ("parts[2]") and the field's name
/// in the relation's shape ("parts").
/// </summary>
internal sealed record RelationTerm(RelationRole Role, int Position, string Key, string Field, string Slot);

internal static class RelationTerms
{
    /// <summary>The quantities the request names, by role, in the order given.</summary>
    public static IReadOnlyList<RelationTerm> Of(IRelationFields relation)
    {
        var terms = new List<RelationTerm>();
        void Add(RelationRole role, string? key, string field)
        {
            if (key is not null) terms.Add(new RelationTerm(role, 0, key, field, field));
        }
        Add(RelationRole.Result, relation.Result, "result");
        Add(RelationRole.Part, relation.Part, "part");
        Add(RelationRole.Whole, relation.Whole, "whole");
        Add(RelationRole.Total, relation.Total, "total");
        Add(RelationRole.Minuend, relation.Minuend, "minuend");
        Add(RelationRole.Subtrahend, relation.Subtrahend, "subtrahend");
        for (var i = 0; i < (relation.Parts?.Count ?? 0); i++)
            terms.Add(new RelationTerm(RelationRole.Part, i, relation.Parts![i] ?? "", $"parts[{i}]", "parts"));
        return terms;
    }

    /// <summary>The order explanations name a relation's quantities in: result, total, minuend, subtrahend, parts, whole.</summary>
    public static int ExplanationOrder(RelationRole role) => role switch
    {
        RelationRole.Result => 0, RelationRole.Total => 1, RelationRole.Minuend => 2, RelationRole.Subtrahend => 3, RelationRole.Part => 4, _ => 5,
    };

    /// <summary>
    /// The kind, its quantities by role and its date. Parts are a set, so their order does not make a new
    /// relation: the same arithmetic at the same time cannot be declared twice.
    /// </summary>
    public static string Signature(RelationKind kind, IEnumerable<RelationTerm> terms, DateOnly? asOf) =>
        Names<RelationKind>.Of(kind) + "|" + string.Join("|", terms
            .Select(t => $"{Names<RelationRole>.Of(t.Role)}={t.Key}")
            .Order(StringComparer.Ordinal))
        + (asOf is { } date ? "|as_of=" + Figures.ToText(date) : "");
}

internal sealed class RelationFieldsValidator : AbstractValidator<IRelationFields>
{
    public RelationFieldsValidator()
    {
        RuleFor(x => x.Kind).NotNull().WithMessage($"Must be one of: {Names<RelationKind>.All}.");
        RuleFor(x => x.Meaning).OptionalText(1000);
        RuleFor(x => x.Parts).Must(p => p is null || p.Count <= 100).WithMessage("At most 100 parts.");
        RuleFor(x => x).Custom((relation, context) =>
        {
            var terms = RelationTerms.Of(relation);
            foreach (var term in terms.Where(t => !Rules.IsQuantityKey(t.Key)))
                context.AddFailure(term.Field, "Must be a quantity key such as 'belarus/political-prisoners/held'.");
            foreach (var repeated in terms.GroupBy(t => t.Key).Where(g => g.Count() > 1))
                context.AddFailure(repeated.Last().Field, $"'{repeated.Key}' already takes another role in this relation.");
            if (relation.Kind is not { } kind) return;

            var slots = RelationShape.SlotsOf(kind).Select(SlotName).ToList();
            var name = Names<RelationKind>.Of(kind);
            foreach (var slot in slots.Where(slot => terms.All(t => t.Slot != slot)))
                context.AddFailure(slot, $"A {name} relation needs {(slot == "parts" ? "one or more parts" : $"its {slot}")}.");
            foreach (var term in terms.Where(t => !slots.Contains(t.Slot)))
                context.AddFailure(term.Field, $"A {name} relation takes only {string.Join(", ", slots)}.");
        });
    }

    private static string SlotName(RelationShape.Slot slot) => slot.Many ? "parts" : Names<RelationRole>.Of(slot.Role);
}
