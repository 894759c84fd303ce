using FactCheck.Api.Infrastructure;
using FactCheck.Domain;
using FluentValidation;

namespace FactCheck.Api.Features.Claims;

/// <summary>The figure(s) of a claim and how its words bound them: all a check needs.</summary>
internal interface IClaimFigures
{
    Qualifier? Qualifier { get; }
    decimal? Value { get; }
    decimal? Min { get; }
    decimal? Max { get; }
    decimal? Precision { get; }
    DateOnly? AsOf { get; }
}

/// <summary>What a claim says, wherever it is written from: the API or a bulk import.</summary>
internal interface IClaimFields : IClaimFigures
{
    string Quote { get; }
    int? QuoteStart { get; }
    string? AttributedTo { get; }
    string? Note { get; }
}

internal sealed class ClaimFieldsValidator : AbstractValidator<IClaimFields>
{
    public ClaimFieldsValidator()
    {
        RuleFor(x => x.Quote).RequiredText(2000);
        RuleFor(x => x.QuoteStart).GreaterThanOrEqualTo(0);
        Include(new ClaimFiguresValidator());
        RuleFor(x => x.AttributedTo).OptionalText(200).PlainText();
        RuleFor(x => x.Note).OptionalText(2000);
    }
}

internal sealed class ClaimFiguresValidator : AbstractValidator<IClaimFigures>
{
    public ClaimFiguresValidator()
    {
        RuleFor(x => x.Qualifier).NotNull().WithMessage($"Must be one of: {Names<Qualifier>.All}.");
        RuleFor(x => x.Value).Figure();
        RuleFor(x => x.Min).Figure();
        RuleFor(x => x.Max).Figure();
        RuleFor(x => x.Precision).Figure();
        When(x => x.Qualifier == Qualifier.Between, () =>
        {
            RuleFor(x => x.Min).NotNull().WithMessage("'between' needs min and max.");
            RuleFor(x => x.Max).NotNull().WithMessage("'between' needs min and max.");
            RuleFor(x => x.Max).GreaterThanOrEqualTo(x => x.Min!.Value)
                .When(x => x.Min is not null && x.Max is not null).WithMessage("Must not be less than min.");
            RuleFor(x => x.Value).Null().WithMessage("'between' takes min and max, not value.");
        }).Otherwise(() =>
        {
            RuleFor(x => x.Value).NotNull().WithMessage("Needs the figure the claim states.");
            RuleFor(x => x.Min).Null().WithMessage("Only 'between' takes min and max; give value.");
            RuleFor(x => x.Max).Null().WithMessage("Only 'between' takes min and max; give value.");
        });
        RuleFor(x => x.Precision).GreaterThan(0).WithMessage("Must be greater than 0: the grain the figure was rounded to, such as 100 or 0.5.");
        RuleFor(x => x.AsOf).Must(Rules.IsPlausibleDate).WithMessage(Rules.DateMessage);
    }
}

/// <summary>The checks of a claim that need its source and quantity.</summary>
internal static class ClaimChecks
{
    /// <summary>Every way the claim does not fit its source's text or its quantity's unit, by field.</summary>
    public static IEnumerable<(string Field, string Message)> AgainstStore(IClaimFields claim, string? sourceText, string unit)
    {
        if (sourceText is null && claim.QuoteStart is not null)
            yield return ("quoteStart", "The source keeps no text to place the quote in; leave quoteStart out.");
        else if (sourceText is not null && QuoteSpan.Locate(sourceText, claim.Quote, claim.QuoteStart) is null)
            yield return claim.QuoteStart is null
                ? ("quote", "Does not occur in the source's text; quote it exactly as written.")
                : ("quoteStart", "The quote does not stand at this offset of the source's text.");
        foreach (var problem in AgainstUnit(claim, unit))
            yield return problem;
    }

    /// <summary>Figures a unit cannot take, by field.</summary>
    public static IEnumerable<(string Field, string Message)> AgainstUnit(IClaimFigures claim, string unit)
    {
        if (!Units.IsCount(unit)) yield break;
        foreach (var (field, figure) in new[] { ("value", claim.Value), ("min", claim.Min), ("max", claim.Max) })
            if (figure < 0)
                yield return (field, $"A count of {unit} cannot be negative.");
    }
}
