using Dapper;
using FactCheck.Api.Infrastructure;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Relations.DeleteRelation;

/// <summary>Delete a relation</summary>
/// <remarks>Deletes the arithmetic only; the quantities and their claims stay.</remarks>
internal sealed class DeleteRelationEndpoint(Database db) : EndpointWithoutRequest<Results<NoContent, ProblemHttpResult>>
{
    public override void Configure()
    {
        Delete("/relations/{id:long}");
        Group<Writes>();
        Description(b => b.WithName("DeleteRelation").WithTags("Relations")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed));
    }

    public override async Task<Results<NoContent, ProblemHttpResult>> ExecuteAsync(CancellationToken ct)
    {
        var id = Route<long>("id");
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginWriteAsync(ct);
        if ((await RelationStore.ReadAsync(connection, [id], ct, transaction)).FirstOrDefault() is not { } current)
            return Problems.NotFound("relation", id);
        if (ETags.Precondition(HttpContext, current) is { } stale)
            return stale;
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM relations WHERE id = @id;", new { id }, transaction, cancellationToken: ct));
        transaction.Commit();
        return TypedResults.NoContent();
    }
}
