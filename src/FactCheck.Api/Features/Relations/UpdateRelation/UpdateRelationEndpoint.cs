using Dapper;
using FactCheck.Api.Infrastructure;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Relations.UpdateRelation;

/// <summary>Replace a relation</summary>
/// <remarks>Replaces the whole relation; send If-Match with the ETag you read to refuse the change (412) when someone changed it since.</remarks>
internal sealed class UpdateRelationEndpoint(Database db) : Endpoint<RelationInput, Results<Ok<RelationResponse>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Put("/relations/{id:long}");
        Group<Writes>();
        RequestBinder(JsonBody<RelationInput>.Binder);
        Description(b => b.WithName("UpdateRelation").WithTags("Relations")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed));
    }

    public override async Task<Results<Ok<RelationResponse>, ProblemHttpResult>> ExecuteAsync(RelationInput input, CancellationToken ct)
    {
        var id = Route<long>("id");
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginWriteAsync(ct);
        if ((await RelationStore.ReadAsync(connection, [id], ct, transaction)).FirstOrDefault() is not { } current)
            return Problems.NotFound("relation", id);
        if (ETags.Precondition(HttpContext, current) is { } stale)
            return stale;

        var written = await RelationWrites.WriteAsync(connection, transaction, id, input, ct);
        if (written.Problem is { } problem)
            return problem;

        transaction.Commit();
        return TypedResults.Ok((await RelationStore.ReadAsync(connection, [id], ct))[0]);
    }
}
