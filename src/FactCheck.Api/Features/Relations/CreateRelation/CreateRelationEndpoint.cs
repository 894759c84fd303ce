using FactCheck.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Relations.CreateRelation;

internal static class CreateRelationEndpoint
{
    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/relations", HandleAsync)
            .WithName("CreateRelation").WithTags("Relations")
            .WithSummary("Declare arithmetic between quantities")
            .WithDescription("Ties quantities together by role, so that claims about one can be checked against claims about the others. The same arithmetic declared twice is a 409.")
            .Validate<RelationInput>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    internal static async Task<Results<Created<RelationResponse>, ProblemHttpResult>> HandleAsync(
        RelationInput input, Database db, CancellationToken ct)
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
