using FactCheck.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Relations.GetRelation;

internal static class GetRelationEndpoint
{
    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/relations/{id:long}", HandleAsync)
            .WithName("GetRelation").WithTags("Relations")
            .WithSummary("Read one relation")
            .ProducesProblem(StatusCodes.Status404NotFound);

    internal static async Task<Results<Ok<RelationResponse>, ProblemHttpResult>> HandleAsync(
        long id, Database db, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var found = await RelationStore.ReadAsync(connection, [id], ct);
        return found.Count == 0 ? Problems.NotFound("relation", id) : TypedResults.Ok(found[0]);
    }
}
