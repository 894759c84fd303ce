using Dapper;
using FactCheck.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Claims.DeleteClaim;

internal static class DeleteClaimEndpoint
{
    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/claims/{id:long}", HandleAsync)
            .WithName("DeleteClaim").WithTags("Claims")
            .WithSummary("Delete a claim")
            .ProducesProblem(StatusCodes.Status404NotFound);

    internal static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(
        long id, Database db, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var deleted = await connection.ExecuteAsync(new CommandDefinition("DELETE FROM claims WHERE id = @id;", new { id }, cancellationToken: ct));
        return deleted == 0 ? Problems.NotFound("claim", id) : TypedResults.NoContent();
    }
}
