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
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

    internal static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(
        long id, HttpContext context, Database db, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginWriteAsync(ct);
        if ((await RelationStore.ReadAsync(connection, [id], ct, transaction)).FirstOrDefault() is not { } current)
            return Problems.NotFound("relation", id);
        if (ETags.Precondition(context, current) is { } stale)
            return stale;
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM relations WHERE id = @id;", new { id }, transaction, cancellationToken: ct));
        transaction.Commit();
        return TypedResults.NoContent();
    }
}
