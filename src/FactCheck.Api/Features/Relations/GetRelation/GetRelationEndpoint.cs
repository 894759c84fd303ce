using FactCheck.Api.Infrastructure;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Relations.GetRelation;

/// <summary>Read one relation</summary>
/// <remarks>Returns the relation, the quantities it joins and its ETag for a later If-Match.</remarks>
internal sealed class GetRelationEndpoint(Database db) : EndpointWithoutRequest<Results<Ok<RelationResponse>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("/relations/{id:long}");
        Group<Reads>();
        Description(b => b.WithName("GetRelation").WithTags("Relations")
            .ProducesProblem(StatusCodes.Status404NotFound));
    }

    public override async Task<Results<Ok<RelationResponse>, ProblemHttpResult>> ExecuteAsync(CancellationToken ct)
    {
        var id = Route<long>("id");
        await using var connection = await db.OpenReadAsync(ct);
        var found = await RelationStore.ReadAsync(connection, [id], ct);
        return found.Count == 0 ? Problems.NotFound("relation", id) : TypedResults.Ok(found[0]);
    }
}
