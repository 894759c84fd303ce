using FactCheck.Api.Features.Claims;
using FactCheck.Api.Features.Claims.CreateClaim;
using FactCheck.Api.Infrastructure;
using FastEndpoints;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Extraction.AcceptProposal;

/// <summary>Record a proposed mention as a claim</summary>
/// <remarks>Creates the claim the mention starting at `start` proposes: its words as the quote, at its offsets, with its figure and qualifier, about the suggested quantity unless another is named.</remarks>
internal sealed class AcceptProposalEndpoint(Database db) : Endpoint<AcceptProposalRequest, Results<Created<ClaimResponse>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Post("/sources/{id:long}/extractions/accept");
        Group<Writes>();
        RequestBinder(JsonBody<AcceptProposalRequest>.Binder);
        Description(b => b.WithName("AcceptProposal").WithTags("Extraction")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict));
    }

    public override async Task<Results<Created<ClaimResponse>, ProblemHttpResult>> ExecuteAsync(AcceptProposalRequest request, CancellationToken ct)
    {
        var id = Route<long>("id");
        ExtractionResponse extraction;
        await using (var connection = await db.OpenAsync(ct))
        {
            var (exists, text) = await Proposals.SourceTextAsync(connection, id, ct);
            if (!exists)
                return Problems.NotFound("source", id);
            if (text is null)
                return Problems.Conflict("The source keeps no text", $"Source {id} was recorded without its text; there is nothing to accept.");
            extraction = await Proposals.ReadAsync(connection, text, ct, id);
        }

        if (extraction.Mentions.FirstOrDefault(m => m.Start == request.Start) is { Proposed: false } other)
            return Problems.Invalid(new Dictionary<string, string[]>
            {
                ["start"] = [$"The mention at {other.Start}, '{other.Text}', is {Article(other.Kind)} {Names<Domain.Extraction.MentionKind>.Of(other.Kind)}: years, dates, ages, durations and ordinals are not proposed as claims."],
            });
        if (extraction.Mentions.FirstOrDefault(m => m.Proposed && m.Start == request.Start) is not { } mention)
            return Problems.UnknownReference("start", "proposed mention", request.Start);
        if (mention.AcceptedClaimId is { } accepted)
            return Problems.Conflict("Already accepted", $"This proposal was accepted as claim {accepted}; edit that claim (PUT /claims/{accepted}) instead.");
        if (!Rules.IsFigure(mention.Value) || !Rules.IsFigure(mention.Min) || !Rules.IsFigure(mention.Max))
            return Problems.Invalid(new Dictionary<string, string[]>
            {
                ["start"] = [$"The mention's figure is out of range for a claim. {Rules.FigureMessage}"],
            });
        if ((request.QuantityKey ?? mention.SuggestedQuantityKey) is not { } quantityKey)
            return Problems.Invalid(new Dictionary<string, string[]>
            {
                ["quantityKey"] = ["No stored quantity matches this mention; name the one it measures."],
            });

        return await CreateClaimEndpoint.CreateAsync(new ClaimInput
        {
            SourceId = id,
            QuantityKey = quantityKey,
            Quote = mention.Text,
            QuoteStart = mention.Start,
            Qualifier = mention.Qualifier,
            Value = mention.Value,
            Min = mention.Min,
            Max = mention.Max,
            AsOf = request.AsOf,
            AttributedTo = request.AttributedTo,
            Note = request.Note,
        }, db, ct);
    }

    private static string Article(Domain.Extraction.MentionKind kind) => kind is Domain.Extraction.MentionKind.Age or Domain.Extraction.MentionKind.Ordinal ? "an" : "a";
}

/// <summary>Which proposal to accept, and what the fact-checker adds to it.</summary>
internal sealed record AcceptProposalRequest
{
    /// <summary>Where the proposed mention starts, as the extraction reported it.</summary>
    /// <example>136</example>
    public required int Start { get; init; }

    /// <summary>The quantity the figure measures; leave it out to take the suggested one.</summary>
    public string? QuantityKey { get; init; }

    /// <summary>Who the source quotes for the figure.</summary>
    public string? AttributedTo { get; init; }

    /// <summary>The date the figure describes; leave it out for the source's publication date.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The fact-checker's note.</summary>
    public string? Note { get; init; }
}

internal sealed class AcceptProposalRequestValidator : Validator<AcceptProposalRequest>
{
    public AcceptProposalRequestValidator()
    {
        RuleFor(x => x.Start).GreaterThanOrEqualTo(0);
        RuleFor(x => x.QuantityKey).QuantityKey().When(x => x.QuantityKey is not null);
        RuleFor(x => x.AttributedTo).OptionalText(200).PlainText();
        RuleFor(x => x.Note).OptionalText(2000);
        RuleFor(x => x.AsOf).Must(Rules.IsPlausibleDate).WithMessage(Rules.DateMessage);
    }
}
