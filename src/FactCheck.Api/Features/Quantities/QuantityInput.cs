using FactCheck.Api.Infrastructure;
using FactCheck.Domain;
using FluentValidation;

namespace FactCheck.Api.Features.Quantities;

/// <summary>The thing a number measures: the body of create and update.</summary>
internal sealed record QuantityInput : IQuantityFields
{
    /// <summary>A stable key, usable as written in URLs: lowercase words in '/'-separated segments. Updating it renames the quantity.</summary>
    /// <example>belarus/political-prisoners/held</example>
    public required string Key { get; init; }

    /// <example>Political prisoners held in Belarus</example>
    public required string Label { get; init; }

    /// <summary>What one unit of the figure is: people, percent, usd, tonnes... Counts (people) are whole and non-negative.</summary>
    /// <example>people</example>
    public required string Unit { get; init; }

    /// <summary>event: one fixed fact, all claims compare; stock: a level that changes, claims compare within windowDays.</summary>
    /// <example>stock</example>
    public required QuantityKind? Kind { get; init; }

    /// <summary>For a stock: how many days apart two claims' asOf dates may be and still compare. Leave out for an event.</summary>
    /// <example>31</example>
    public int? WindowDays { get; init; }

    /// <summary>Other names the quantity goes by, to match text against.</summary>
    /// <example>["political prisoners in Belarus"]</example>
    public IReadOnlyList<string>? Aliases { get; init; }
}

/// <summary>The fields a quantity has, wherever it is written from: the API or a bulk import.</summary>
internal interface IQuantityFields
{
    string Key { get; }
    string Label { get; }
    string Unit { get; }
    QuantityKind? Kind { get; }
    int? WindowDays { get; }
    IReadOnlyList<string>? Aliases { get; }
}

internal sealed class QuantityFieldsValidator : AbstractValidator<IQuantityFields>
{
    public QuantityFieldsValidator()
    {
        RuleFor(x => x.Key).QuantityKey();
        RuleFor(x => x.Label).RequiredText(300).PlainText();
        RuleFor(x => x.Unit).NotEmpty().Matches("^[a-z][a-z0-9_-]{0,31}\\z")
            .WithMessage("Must be a lowercase unit name such as people, percent or usd.");
        RuleFor(x => x.Kind).NotNull().WithMessage($"Must be one of: {Names<QuantityKind>.All}.");
        RuleFor(x => x.WindowDays).NotNull().InclusiveBetween(0, 36_500)
            .When(x => x.Kind == QuantityKind.Stock)
            .WithMessage("A stock needs windowDays from 0 to 36500: how far apart two claims' dates may be and still compare.");
        RuleFor(x => x.WindowDays).Null().When(x => x.Kind == QuantityKind.Event)
            .WithMessage("An event compares all its claims; leave windowDays out.");
        RuleFor(x => x.Aliases).Must(a => a is null || a.Count <= 50).WithMessage("At most 50 aliases.")
            .Must(a => a is null || a.Distinct(StringComparer.OrdinalIgnoreCase).Count() == a.Count).WithMessage("Aliases must differ.");
        RuleForEach(x => x.Aliases).RequiredText(200).PlainText();
    }
}

internal sealed class QuantityInputValidator : FastEndpoints.Validator<QuantityInput>
{
    public QuantityInputValidator() => Include(new QuantityFieldsValidator());
}
