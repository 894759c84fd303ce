using FactCheck.Api.Features.Quantities;
using FactCheck.Api.Infrastructure;
using FastEndpoints;
using FluentValidation;

namespace FactCheck.Api.Features.Extraction.AcceptProposal;

/// <summary>One proposal to accept, by where it starts, with whatever the fact-checker corrects or adds.</summary>
internal record ProposalAccept
{
    /// <summary>Where the proposed mention starts, as the extraction reported it.</summary>
    /// <example>136</example>
    public int? Start { get; init; }

    /// <summary>The stored quantity the figure measures; leave it out to take the best-ranked candidate.</summary>
    public string? QuantityKey { get; init; }

    /// <summary>A quantity to define for the figure, when none stored fits (the proposal's newQuantity, say); written with the claim or not at all.</summary>
    public QuantityInput? Quantity { get; init; }

    /// <summary>Another span of the text as the quote, from here (UTF-16 code units)...</summary>
    public int? QuoteStart { get; init; }

    /// <summary>...to here, exclusive.</summary>
    public int? QuoteEnd { get; init; }

    /// <summary>Another qualifier for the figure.</summary>
    public Domain.Qualifier? Qualifier { get; init; }

    /// <summary>Another figure.</summary>
    public decimal? Value { get; init; }

    /// <summary>Another range's lower end, with max and the qualifier between.</summary>
    public decimal? Min { get; init; }

    /// <summary>Another range's upper end.</summary>
    public decimal? Max { get; init; }

    /// <summary>The grain the figure was rounded to, such as 100 or 0.5.</summary>
    public decimal? Precision { get; init; }

    /// <summary>Who the source quotes for the figure; leave it out to take the proposed attribution, or send "" for none.</summary>
    public string? AttributedTo { get; init; }

    /// <summary>The date the figure describes; leave it out for the source's publication date.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The fact-checker's note.</summary>
    public string? Note { get; init; }
}

/// <summary>One proposal, its fields given here; or many, listed in accepts. Many are accepted all together or not at all.</summary>
internal sealed record AcceptProposalRequest : ProposalAccept
{
    /// <summary>Proposals to accept in one go, each as the fields above; none is written unless all can be.</summary>
    public IReadOnlyList<ProposalAccept>? Accepts { get; init; }
}

/// <summary>The claims the accepted proposals became, in the order they were asked for.</summary>
internal sealed record AcceptedProposals(IReadOnlyList<Claims.ClaimResponse> Claims);

internal sealed class ProposalAcceptValidator : AbstractValidator<ProposalAccept>
{
    public ProposalAcceptValidator()
    {
        RuleFor(x => x.Start).NotNull().WithMessage("Name the proposal by where it starts.").GreaterThanOrEqualTo(0);
        RuleFor(x => x.QuantityKey).QuantityKey().When(x => x.QuantityKey is not null);
        RuleFor(x => x.Quantity).Null().When(x => x.QuantityKey is not null).WithMessage("Name a stored quantity in quantityKey or define one here, not both.");
        RuleFor(x => x.Quantity!).SetValidator(new QuantityFieldsValidator()).When(x => x.Quantity is not null);
        RuleFor(x => x.QuoteStart).NotNull().When(x => x.QuoteEnd is not null).WithMessage("A quote's span needs both its ends.");
        RuleFor(x => x.QuoteEnd).NotNull().When(x => x.QuoteStart is not null).WithMessage("A quote's span needs both its ends.");
        RuleFor(x => x.QuoteStart).GreaterThanOrEqualTo(0);
        RuleFor(x => x.QuoteEnd).GreaterThan(x => x.QuoteStart ?? 0).When(x => x.QuoteEnd is not null).WithMessage("Must come after quoteStart.");
        RuleFor(x => x.AttributedTo).MaximumLength(200).PlainText()
            .Must(s => s is null || s.Length == 0 || !string.IsNullOrWhiteSpace(s)).WithMessage("Must not be blank; send \"\" for no one.");
        RuleFor(x => x.Note).OptionalText(2000);
        RuleFor(x => x.AsOf).Must(Rules.IsPlausibleDate).WithMessage(Rules.DateMessage);
    }
}

internal sealed class AcceptProposalRequestValidator : Validator<AcceptProposalRequest>
{
    public const int MaxAccepts = 1000;

    public AcceptProposalRequestValidator()
    {
        When(x => x.Accepts is null, () => Include(new ProposalAcceptValidator()));
        RuleFor(x => x.Accepts).Must(a => a!.Count is > 0 and <= MaxAccepts).When(x => x.Accepts is not null)
            .WithMessage($"List from 1 to {MaxAccepts} proposals.");
        RuleFor(x => x.Accepts).Must((request, _) => request == new AcceptProposalRequest { Accepts = request.Accepts }).When(x => x.Accepts is not null)
            .WithMessage("Give one proposal's fields at the top level or many in accepts, not both.");
        // Must, not NotNull: the OpenAPI document reads NotNull as "required", and accepts is optional.
        RuleForEach(x => x.Accepts).Must(a => a is not null).WithMessage("Must be a proposal to accept.").SetValidator(new ProposalAcceptValidator());
    }
}
