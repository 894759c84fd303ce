using FactCheck.Api.Features.Quantities;
using FactCheck.Api.Infrastructure;
using FactCheck.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Checks.CheckQuantity;

internal static class CheckQuantityEndpoint
{
    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/checks/quantities/{**key}", HandleAsync)
            .WithName("CheckQuantity").WithTags("Checks")
            .WithSummary("Check one quantity's claims against each other and its relations")
            .WithDescription("""
                Every claim as the interval it allows; the verdict (consistent, conflicting, single_claim, no_claims);
                per period, the interval all comparable claims share or else the largest group of agreeing claims and
                the claims outside it; every relation the quantity takes part in, checked by interval arithmetic; and
                the findings that concern the quantity, each with its arithmetic in words. With asOf, the records as their
                revisions stood at that instant: what the check said when an article went out.
                """)
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <param name="key">The quantity's key, such as belarus/political-prisoners/held.</param>
    /// <param name="asOf">Check the records as they stood at this instant (ISO 8601, e.g. 2025-09-12T10:00:00Z) instead of now.</param>
    internal static async Task<Results<Ok<QuantityCheckResponse>, ProblemHttpResult>> HandleAsync(
        string key, Database db, CancellationToken ct, DateTimeOffset? asOf = null)
    {
        key = QuantityQueries.KeyFromRoute(key);
        await using var connection = await db.OpenAsync(ct);
        var world = asOf is { } instant
            ? await ClaimWorldQueries.AsOfAsync(connection, instant, ct)
            : await ClaimWorldQueries.AroundAsync(connection, [key], ct);
        if (world.Quantities.FirstOrDefault(q => q.Key == key) is not { } quantity)
            return Problems.NotFound("quantity", key);

        var report = ConsistencyEngine.Check(world);
        return TypedResults.Ok(QuantityCheckResponse.From(quantity, report, world.UnitOf()));
    }
}
