using FactCheck.Api.Infrastructure;
using FactCheck.Domain.Extraction;
using FastEndpoints;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Extraction.ExtractText;

/// <summary>Find the numeric mentions in a text</summary>
/// <remarks>Every number in the text with its span, value or range, qualifier, unit and noun phrase; the counts, percentages and sums of money are proposed as claims, each with the stored quantity it most likely measures. Nothing is written.</remarks>
internal sealed class ExtractTextEndpoint(Database db, QuantityNames names) : Endpoint<ExtractTextRequest, Ok<ExtractionResponse>>
{
    public override void Configure()
    {
        Post("/extractions");
        Group<Reads>();
        RequestBinder(JsonBody<ExtractTextRequest>.Binder);
        Description(b => b.WithName("ExtractText").WithTags("Extraction"));
    }

    public override async Task<Ok<ExtractionResponse>> ExecuteAsync(ExtractTextRequest request, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return TypedResults.Ok(await Proposals.ReadAsync(connection, names, request.Text, request.PublishedAt, ct));
    }
}

/// <summary>Text to read numbers from, such as an article about to be published.</summary>
internal sealed record ExtractTextRequest
{
    /// <summary>English news text, at most 2,000,000 characters.</summary>
    /// <example>A total of 52 political prisoners have been freed, about 4% of the 1,300 held.</example>
    public required string Text { get; init; }

    /// <summary>The day the text is (or will be) published: it dates the figures the text does not date itself ("on Saturday", "in June" read from it).</summary>
    /// <example>2025-09-12</example>
    public DateOnly? PublishedAt { get; init; }
}

internal sealed class ExtractTextRequestValidator : Validator<ExtractTextRequest>
{
    public ExtractTextRequestValidator()
    {
        RuleFor(x => x.Text).NotEmpty().MaximumLength(NumberExtractor.MaxLength)
            .WithMessage("Must be text of 1 to 2,000,000 characters.");
        RuleFor(x => x.PublishedAt).Must(Rules.IsPlausibleDate).WithMessage(Rules.DateMessage);
    }
}
