using FactCheck.Api.Infrastructure;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Relations.CreateRelation;

/// <summary>Declare arithmetic between quantities</summary>
/// <remarks>Ties quantities together by role, so that claims about one can be checked against claims about the others. The same arithmetic declared twice is a 409.</remarks>
internal sealed class CreateRelationEndpoint(Database db) : Endpoint<RelationInput, Results<Created<RelationResponse>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Post("/relations");
        Group<Writes>();
        RequestBinder(JsonBody<RelationInput>.Binder);
        Description(b => b.WithName("CreateRelation").WithTags("Relations")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict));
    }

    public override async Task<Results<Created<RelationResponse>, ProblemHttpResult>> ExecuteAsync(RelationInput input, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginWriteAsync(ct);
        var written = await RelationWrites.WriteAsync(connection, transaction, null, input, ct);
        if (written.Problem is { } problem)
            return problem;

        transaction.Commit();
        var relation = (await RelationStore.ReadAsync(connection, [written.Id], ct))[0];
        return TypedResults.Created($"/relations/{relation.Id}", relation);
    }
}
