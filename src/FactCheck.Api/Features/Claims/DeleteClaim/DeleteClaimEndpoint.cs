using Dapper;
using FactCheck.Api.Infrastructure;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Claims.DeleteClaim;

/// <summary>Delete a claim</summary>
/// <remarks>The claim leaves the checks at once; its last state stays in its history and can be restored.</remarks>
internal sealed class DeleteClaimEndpoint(Database db) : EndpointWithoutRequest<Results<NoContent, ProblemHttpResult>>
{
    public override void Configure()
    {
        Delete("/claims/{id:long}");
        Group<Writes>();
        Description(b => b.WithName("DeleteClaim").WithTags("Claims")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed));
    }

    public override async Task<Results<NoContent, ProblemHttpResult>> ExecuteAsync(CancellationToken ct)
    {
        var id = Route<long>("id");
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginWriteAsync(ct);
        if (await ClaimQueries.FindAsync(connection, id, ct, transaction) is not { } current)
            return Problems.NotFound("claim", id);
        if (ETags.Precondition(HttpContext, current) is { } stale)
            return stale;
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM claims WHERE id = @id;", new { id }, transaction, cancellationToken: ct));
        transaction.Commit();
        return TypedResults.NoContent();
    }
}
