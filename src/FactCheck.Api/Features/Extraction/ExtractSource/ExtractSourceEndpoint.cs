using FactCheck.Api.Infrastructure;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Extraction.ExtractSource;

/// <summary>Find the numeric mentions in a stored source's text</summary>
/// <remarks>The same as posting the source's text to /extractions, and each proposal already accepted says as which claim (acceptedClaimId). Accept a proposal with POST /sources/{id}/extractions/accept.</remarks>
internal sealed class ExtractSourceEndpoint(Database db, QuantityNames names) : EndpointWithoutRequest<Results<Ok<ExtractionResponse>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("/sources/{id:long}/extractions");
        Group<Reads>();
        Description(b => b.WithName("ExtractSource").WithTags("Extraction")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict));
    }

    public override async Task<Results<Ok<ExtractionResponse>, ProblemHttpResult>> ExecuteAsync(CancellationToken ct)
    {
        var id = Route<long>("id");
        await using var connection = await db.OpenReadAsync(ct);
        var (exists, text, published) = await Proposals.SourceTextAsync(connection, id, ct);
        if (!exists)
            return Problems.NotFound("source", id);
        if (text is null)
            return Problems.Conflict("The source keeps no text", $"Source {id} was recorded without its text; update it with the text to read numbers from it.");
        return TypedResults.Ok(await Proposals.ReadAsync(connection, names, text, published, ct, id));
    }
}
