using System.Data.Common;
using Dapper;
using FactCheck.Api.Features.Claims;
using FactCheck.Api.Features.Claims.CreateClaim;
using FactCheck.Api.Features.Quantities;
using FactCheck.Api.Features.Quantities.CreateQuantity;
using FactCheck.Api.Infrastructure;
using FastEndpoints;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Extraction.AcceptProposal;

/// <summary>Record a proposed mention as a claim</summary>
/// <remarks>Creates the claim the mention starting at `start` proposes: its words as the quote, at its offsets, with its figure and qualifier, about the suggested quantity. Each may be corrected in the same call: quoteStart and quoteEnd take another span of the text as the quote ("one U.K. national" where the mention read "one U"); qualifier, value or min and max, and precision take other figures; quantityKey names another stored quantity, or quantity defines a new one, written with the claim or not at all. A proposal accepted once is a 409.</remarks>
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
        string text;
        await using (var connection = await db.OpenAsync(ct))
        {
            var (exists, stored) = await Proposals.SourceTextAsync(connection, id, ct);
            if (!exists)
                return Problems.NotFound("source", id);
            if (stored is null)
                return Problems.Conflict("The source keeps no text", $"Source {id} was recorded without its text; there is nothing to accept.");
            text = stored;
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
        // The figures: the mention's, unless the request gives its own (then the qualifier defaults to the mention's).
        var figures = request.Qualifier is null && request.Value is null && request.Min is null && request.Max is null
            ? new Figures(mention.Qualifier, mention.Value, mention.Min, mention.Max, request.Precision)
            : new Figures(request.Qualifier ?? mention.Qualifier, request.Value, request.Min, request.Max, request.Precision);
        var problems = new ClaimFiguresValidator().Validate(figures).Errors
            .GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray());
        if (request.Qualifier is null && request.Value is null && problems.Count > 0)
            problems = new() { ["start"] = [$"The mention's figure cannot be a claim as read ({string.Join(" ", problems.SelectMany(p => p.Value))}); give value or min and max."] };
        var (quoteStart, quoteEnd) = (request.QuoteStart ?? mention.Start, request.QuoteEnd ?? mention.End);
        if (quoteEnd > text.Length)
            problems["quoteEnd"] = [$"Must lie within the source's text, which is {text.Length} characters long."];
        var quantityKey = request.QuantityKey ?? request.Quantity?.Key ?? mention.SuggestedQuantityKey;
        if (quantityKey is null)
            problems["quantityKey"] = ["No stored quantity matches this mention; name the one it measures, or define one in quantity."];
        if (problems.Count > 0 || quantityKey is null)
            return Problems.Invalid(problems);

        return await CreateClaimEndpoint.CreateAsync(new ClaimInput
        {
            SourceId = id,
            QuantityKey = quantityKey,
            Quote = text[quoteStart..quoteEnd],
            QuoteStart = quoteStart,
            Qualifier = figures.Qualifier,
            Value = figures.Value,
            Min = figures.Min,
            Max = figures.Max,
            Precision = figures.Precision,
            AsOf = request.AsOf,
            AttributedTo = request.AttributedTo,
            Note = request.Note,
        }, db, ct, request.Quantity is { } quantity ? (connection, transaction) => DefineAsync(connection, transaction, quantity, ct) : null);
    }

    private sealed record Figures(Domain.Qualifier? Qualifier, decimal? Value, decimal? Min, decimal? Max, decimal? Precision) : IClaimFigures
    {
        public DateOnly? AsOf => null;
    }

    // The new quantity the claim measures, written in the claim's transaction.
    private static async Task<ProblemHttpResult?> DefineAsync(DbConnection connection, DbTransaction transaction, QuantityInput quantity, CancellationToken ct) =>
        await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(CreateQuantityEndpoint.InsertSql, QuantityRow.Parameters(quantity), transaction, cancellationToken: ct)) is null
            ? Problems.Conflict("Duplicate quantity", $"A quantity with the key '{quantity.Key}' is already defined; name it in quantityKey instead.")
            : null;

    private static string Article(Domain.Extraction.MentionKind kind) => kind is Domain.Extraction.MentionKind.Age or Domain.Extraction.MentionKind.Ordinal ? "an" : "a";
}

/// <summary>Which proposal to accept, and what the fact-checker adds to it.</summary>
internal sealed record AcceptProposalRequest
{
    /// <summary>Where the proposed mention starts, as the extraction reported it.</summary>
    /// <example>136</example>
    public required int Start { get; init; }

    /// <summary>The stored quantity the figure measures; leave it out to take the suggested one.</summary>
    public string? QuantityKey { get; init; }

    /// <summary>A quantity to define for the figure, when none stored fits; written with the claim or not at all.</summary>
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
        RuleFor(x => x.Quantity).Null().When(x => x.QuantityKey is not null).WithMessage("Name a stored quantity in quantityKey or define one here, not both.");
        RuleFor(x => x.Quantity!).SetValidator(new QuantityFieldsValidator()).When(x => x.Quantity is not null);
        RuleFor(x => x.QuoteStart).NotNull().When(x => x.QuoteEnd is not null).WithMessage("A quote's span needs both its ends.");
        RuleFor(x => x.QuoteEnd).NotNull().When(x => x.QuoteStart is not null).WithMessage("A quote's span needs both its ends.");
        RuleFor(x => x.QuoteStart).GreaterThanOrEqualTo(0);
        RuleFor(x => x.QuoteEnd).GreaterThan(x => x.QuoteStart ?? 0).When(x => x.QuoteEnd is not null).WithMessage("Must come after quoteStart.");
        RuleFor(x => x.AttributedTo).OptionalText(200).PlainText();
        RuleFor(x => x.Note).OptionalText(2000);
        RuleFor(x => x.AsOf).Must(Rules.IsPlausibleDate).WithMessage(Rules.DateMessage);
    }
}
