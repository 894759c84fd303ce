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
    IReadOnlyList<ConstantTerm>? Constants { get; }
}

/// <summary>
/// A number that takes a role in a relation where a quantity could: the 1 of "Tsikhanouski and 13 others"
/// (sum: total = others + 1), or a whole known exactly. A role given a number takes no quantity.
/// </summary>
internal sealed record ConstantTerm
{
    /// <summary>The role the number takes: result, part, whole, total, minuend or subtrahend; in a sum or parts_at_most, part adds one more part.</summary>
    /// <example>part</example>
    public required RelationRole? Role { get; init; }

    /// <summary>The number, as written: within ±10^18, to at most 10 decimal places.</summary>
    /// <example>1</example>
    public required decimal? Value { get; init; }
}

/// <summary>
/// A quantity in its role, or a <paramref name="Constant"/> (then <paramref name="Key"/> is empty), with the
/// request field that named it ("parts[2]", "constants[0].role") and the field's name in the relation's shape ("parts").
/// </summary>
internal sealed record RelationTerm(RelationRole Role, int Position, string Key, string Field, string Slot, decimal? Constant = null)
{
    public bool IsQuantity => Constant is null;
}

internal static class RelationTerms
{
    /// <summary>The quantities the request names, by role, in the order given, then its constants.</summary>
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
        var manyParts = relation.Kind is { } kind && RelationShape.SlotsOf(kind).Any(s => s.Many);
        for (var i = 0; i < (relation.Constants?.Count ?? 0); i++)
        {
            if (relation.Constants![i] is not { Role: { } role, Value: { } value }) continue;
            var slot = manyParts && role == RelationRole.Part ? "parts" : Names<RelationRole>.Of(role);
            var position = slot == "parts" ? terms.Count(t => t.Slot == slot) : 0;
            terms.Add(new RelationTerm(role, position, "", $"constants[{i}].role", slot, value));
        }
        return terms;
    }

    /// <summary>The relation as the consistency check reads it: quantities in explanation order, then the constants.</summary>
    public static RelationFact Fact(long id, RelationKind kind, IEnumerable<(RelationRole Role, int Position, string? Key, decimal? Constant)> terms, DateOnly? asOf)
    {
        var all = terms.OrderBy(t => ExplanationOrder(t.Role)).ThenBy(t => t.Position).ToList();
        return new RelationFact(id, kind, all.Where(t => t.Key is not null).Select(t => new RelationTermFact(t.Role, t.Key!)).ToList(), asOf)
        {
            Constants = all.Where(t => t.Key is null).Select(t => new RelationConstant(t.Role, t.Constant!.Value)).ToList(),
        };
    }

    /// <summary>The order explanations name a relation's quantities in: result, total, minuend, subtrahend, parts, whole.</summary>
    public static int ExplanationOrder(RelationRole role) => role switch
    {
        RelationRole.Result => 0, RelationRole.Total => 1, RelationRole.Minuend => 2, RelationRole.Subtrahend => 3, RelationRole.Part => 4, _ => 5,
    };

    /// <summary>
    /// The kind, its quantities and constants by role ("part=#1": no key starts with #) and its date. Parts are a
    /// set, so their order does not make a new relation: the same arithmetic at the same time cannot be declared twice.
    /// </summary>
    public static string Signature(RelationKind kind, IEnumerable<RelationTerm> terms, DateOnly? asOf) =>
        Names<RelationKind>.Of(kind) + "|" + string.Join("|", terms
            .Select(t => $"{Names<RelationRole>.Of(t.Role)}={(t.Constant is { } c ? "#" + Figures.Normalized(c) : t.Key)}")
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
        RuleFor(x => x.Constants).Must(c => c is null || c.Count <= 100).WithMessage("At most 100 constants.");
        RuleForEach(x => x.Constants).SetValidator(new ConstantTermValidator());
        RuleFor(x => x).Custom((relation, context) =>
        {
            var terms = RelationTerms.Of(relation);
            var quantities = terms.Where(t => t.IsQuantity).ToList();
            foreach (var term in quantities.Where(t => !Rules.IsQuantityKey(t.Key)))
                context.AddFailure(term.Field, "Must be a quantity key such as 'belarus/political-prisoners/held'.");
            foreach (var repeated in quantities.GroupBy(t => t.Key).Where(g => g.Count() > 1))
                context.AddFailure(repeated.Last().Field, $"'{repeated.Key}' already takes another role in this relation.");
            foreach (var taken in terms.Where(t => t.Slot != "parts").GroupBy(t => t.Slot).Where(g => g.Count() > 1))
                context.AddFailure(taken.Last().Field, $"The {taken.Key} is already given by {taken.First().Field}.");
            for (var i = 0; i < (relation.Constants?.Count ?? 0); i++)
                if (relation.Constants![i] is null) context.AddFailure($"constants[{i}]", "Must be a role and a value, such as {\"role\": \"part\", \"value\": 1}.");
            if (quantities.Count == 0 && terms.Count > 0)
                context.AddFailure("constants", "A relation needs at least one quantity: numbers alone leave nothing to check.");
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

internal sealed class ConstantTermValidator : AbstractValidator<ConstantTerm>
{
    public ConstantTermValidator()
    {
        RuleFor(c => c.Role).NotNull().WithMessage($"Must be one of: {Names<RelationRole>.All}.");
        RuleFor(c => c.Value).NotNull().WithMessage("Needs the number the relation holds in this role.").Figure();
    }
}
