using FactCheck.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Sources.GetSource;

internal static class GetSourceEndpoint
{
    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/sources/{id:long}", HandleAsync)
            .WithName("GetSource").WithTags("Sources")
            .WithSummary("Read one source, with its text")
            .WithDescription("Returns the source, its full text when kept, and how many claims are recorded from it.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    internal static async Task<Results<Ok<SourceResponse>, ProblemHttpResult>> HandleAsync(
        long id, Database db, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var source = await SourceQueries.FindAsync(connection, id, ct);
        return source is null ? Problems.NotFound("source", id) : TypedResults.Ok(source);
    }
}
