using FactCheck.Api.Features.Quantities;
using FactCheck.Api.Infrastructure;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.History.GetHistory;

/// <summary>
/// GET /{sources|claims|relations}/{id}/history: every kept state of one item, oldest first. One
/// endpoint per kind of item, alike but for the item's name.
/// </summary>
internal abstract class ItemHistoryEndpoint(string path, string entity, Database db)
    : EndpointWithoutRequest<Results<Ok<IReadOnlyList<RevisionResponse>>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get($"/{path}/{{id:long}}/history");
        Group<Reads>();
        var name = char.ToUpperInvariant(entity[0]) + entity[1..];
        Description(b => b.WithName($"Get{name}History").WithTags("History").ProducesProblem(StatusCodes.Status404NotFound));
        Summary(s =>
        {
            s.Summary = $"Every revision of a {entity}, deleted or not";
            s.Description = "Each create, update, delete and restore, with its time, its author (the API key's name) and the full state it left.";
        });
    }

    public override Task<Results<Ok<IReadOnlyList<RevisionResponse>>, ProblemHttpResult>> ExecuteAsync(CancellationToken ct) =>
        Revisions.ListAsync(entity, Route<long>("id"), db, ct);
}

internal sealed class GetSourceHistoryEndpoint(Database db) : ItemHistoryEndpoint("sources", "source", db);

internal sealed class GetClaimHistoryEndpoint(Database db) : ItemHistoryEndpoint("claims", "claim", db);

internal sealed class GetRelationHistoryEndpoint(Database db) : ItemHistoryEndpoint("relations", "relation", db);

/// <summary>Every revision of a quantity, by the key it has or last had</summary>
/// <remarks>Each create, update, delete and restore of the quantity, oldest first, with its time, its author and the full state it left.</remarks>
internal sealed class GetQuantityHistoryEndpoint(Database db)
    : EndpointWithoutRequest<Results<Ok<IReadOnlyList<RevisionResponse>>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("/history/quantities/{**key}");
        Group<Reads>();
        Description(b => b.WithName("GetQuantityHistory").WithTags("History").ProducesProblem(StatusCodes.Status404NotFound));
    }

    public override async Task<Results<Ok<IReadOnlyList<RevisionResponse>>, ProblemHttpResult>> ExecuteAsync(CancellationToken ct)
    {
        var key = QuantityQueries.KeyFromRoute(Route<string>("key")!);
        await using (var connection = await db.OpenReadAsync(ct))
            if (await RevisionQueries.QuantityIdAsync(connection, key, ct) is not { } id)
                return Problems.NotFound("quantity", key);
            else
                return await Revisions.ListAsync("quantity", id, db, ct);
    }
}

internal static class Revisions
{
    public static async Task<Results<Ok<IReadOnlyList<RevisionResponse>>, ProblemHttpResult>> ListAsync(string entity, long id, Database db, CancellationToken ct)
    {
        await using var connection = await db.OpenReadAsync(ct);
        var revisions = await RevisionQueries.OfAsync(connection, entity, id, ct);
        return revisions.Count == 0 ? Problems.NotFound(entity, id) : TypedResults.Ok(revisions);
    }
}
