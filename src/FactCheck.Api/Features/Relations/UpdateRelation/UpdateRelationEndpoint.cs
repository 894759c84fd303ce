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
            .ProducesProblem(StatusCodes.Status409Conflict);

    internal static async Task<Results<Ok<RelationResponse>, ProblemHttpResult>> HandleAsync(
        long id, RelationInput input, Database db, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = connection.BeginTransaction();
        var exists = await connection.ExecuteScalarAsync<bool>(
            new CommandDefinition("SELECT EXISTS (SELECT 1 FROM relations WHERE id = @id);", new { id }, transaction, cancellationToken: ct));
        if (!exists)
            return Problems.NotFound("relation", id);

        var written = await RelationWrites.WriteAsync(connection, transaction, id, input, ct);
        if (written.Problem is { } problem)
            return problem;

        transaction.Commit();
        return TypedResults.Ok((await RelationStore.ReadAsync(connection, [id], ct))[0]);
    }
}
