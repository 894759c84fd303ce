using FactCheck.Api.Features.Quantities;
using FactCheck.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.History;

/// <summary>GET /{sources|claims|relations}/{id}/history and /history/quantities/{key}: every kept state of one item, oldest first.</summary>
internal static class HistoryEndpoints
{
    internal static void Map(IEndpointRouteBuilder api)
    {
        foreach (var (path, entity) in new[] { ("sources", "source"), ("claims", "claim"), ("relations", "relation") })
            api.MapGet($"/{path}/{{id:long}}/history", (long id, Database db, CancellationToken ct) => HandleAsync(entity, id, db, ct))
                .WithName($"Get{char.ToUpperInvariant(entity[0])}{entity[1..]}History").WithTags("History")
                .WithSummary($"Every revision of a {entity}, deleted or not")
                .WithDescription("Each create, update, delete and restore, with its time, its author (the API key's name) and the full state it left.")
                .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/history/quantities/{**key}", async (string key, Database db, CancellationToken ct) =>
            {
                key = QuantityQueries.KeyFromRoute(key);
                await using var connection = await db.OpenAsync(ct);
                return await RevisionQueries.QuantityIdAsync(connection, key, ct) is { } id
                    ? await HandleAsync("quantity", id, db, ct)
                    : Problems.NotFound("quantity", key);
            })
            .WithName("GetQuantityHistory").WithTags("History")
            .WithSummary("Every revision of a quantity, by the key it has or last had")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<IReadOnlyList<RevisionResponse>>, ProblemHttpResult>> HandleAsync(string entity, long id, Database db, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var revisions = await RevisionQueries.OfAsync(connection, entity, id, ct);
        return revisions.Count == 0 ? Problems.NotFound(entity, id) : TypedResults.Ok(revisions);
    }
}
