using FactCheck.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Quantities.GetQuantity;

internal static class GetQuantityEndpoint
{
    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/quantities/{**key}", HandleAsync)
            .WithName("GetQuantity").WithTags("Quantities")
            .WithSummary("Read one quantity by its key")
            .WithDescription("The key goes in the path as written (/quantities/belarus/political-prisoners/held) or with its slashes escaped as %2F.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <param name="key">The quantity's key, such as belarus/political-prisoners/held.</param>
    internal static async Task<Results<Ok<QuantityResponse>, ProblemHttpResult>> HandleAsync(
        string key, Database db, CancellationToken ct)
    {
        key = QuantityQueries.KeyFromRoute(key);
        await using var connection = await db.OpenAsync(ct);
        var quantity = await QuantityQueries.FindAsync(connection, key, ct);
        return quantity is null ? Problems.NotFound("quantity", key) : TypedResults.Ok(quantity.ToResponse());
    }
}
