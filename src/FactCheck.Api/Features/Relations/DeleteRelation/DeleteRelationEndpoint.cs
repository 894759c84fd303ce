using Dapper;
using FactCheck.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Relations.DeleteRelation;

internal static class DeleteRelationEndpoint
{
    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/relations/{id:long}", HandleAsync)
            .WithName("DeleteRelation").WithTags("Relations")
            .WithSummary("Delete a relation")
            .WithDescription("Deletes the arithmetic only; the quantities and their claims stay.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    internal static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(
        long id, Database db, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var deleted = await connection.ExecuteAsync(new CommandDefinition("DELETE FROM relations WHERE id = @id;", new { id }, cancellationToken: ct));
        return deleted == 0 ? Problems.NotFound("relation", id) : TypedResults.NoContent();
    }
}
