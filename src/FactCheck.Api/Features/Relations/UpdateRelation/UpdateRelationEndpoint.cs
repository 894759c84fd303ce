using Dapper;
using FactCheck.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Relations.UpdateRelation;

internal static class UpdateRelationEndpoint
{
    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/relations/{id:long}", HandleAsync)
            .WithName("UpdateRelation").WithTags("Relations")
            .WithSummary("Replace a relation")
            .Validate<RelationInput>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

    internal static async Task<Results<Ok<RelationResponse>, ProblemHttpResult>> HandleAsync(
        long id, RelationInput input, HttpContext context, Database db, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginWriteAsync(ct);
        if ((await RelationStore.ReadAsync(connection, [id], ct, transaction)).FirstOrDefault() is not { } current)
            return Problems.NotFound("relation", id);
        if (ETags.Precondition(context, current) is { } stale)
            return stale;

        var written = await RelationWrites.WriteAsync(connection, transaction, id, input, ct);
        if (written.Problem is { } problem)
            return problem;

        transaction.Commit();
        return TypedResults.Ok((await RelationStore.ReadAsync(connection, [id], ct))[0]);
    }
}
