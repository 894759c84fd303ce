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
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

    internal static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(
        long id, HttpContext context, Database db, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginWriteAsync(ct);
        if (await ClaimQueries.FindAsync(connection, id, ct, transaction) is not { } current)
            return Problems.NotFound("claim", id);
        if (ETags.Precondition(context, current) is { } stale)
            return stale;
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM claims WHERE id = @id;", new { id }, transaction, cancellationToken: ct));
        transaction.Commit();
        return TypedResults.NoContent();
    }
}
