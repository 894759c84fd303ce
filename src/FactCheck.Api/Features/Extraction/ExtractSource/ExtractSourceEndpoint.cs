using FactCheck.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Extraction.ExtractSource;

internal static class ExtractSourceEndpoint
{
    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/sources/{id:long}/extractions", HandleAsync)
            .WithName("ExtractSource").WithTags("Extraction")
            .WithSummary("Find the numeric mentions in a stored source's text")
            .WithDescription("The same as posting the source's text to /extractions. Accept a proposal with POST /sources/{id}/extractions/accept.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    internal static async Task<Results<Ok<ExtractionResponse>, ProblemHttpResult>> HandleAsync(long id, Database db, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var (exists, text) = await Proposals.SourceTextAsync(connection, id, ct);
        if (!exists)
            return Problems.NotFound("source", id);
        if (text is null)
            return Problems.Conflict("The source keeps no text", $"Source {id} was recorded without its text; update it with the text to read numbers from it.");
        return TypedResults.Ok(await Proposals.ReadAsync(connection, text, ct));
    }
}
