using FactCheck.Api.Infrastructure;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Quantities.GetQuantity;

/// <summary>Read one quantity by its key</summary>
/// <remarks>The key goes in the path as written (/quantities/belarus/political-prisoners/held) or with its slashes escaped as %2F.</remarks>
internal sealed class GetQuantityEndpoint(Database db) : EndpointWithoutRequest<Results<Ok<QuantityResponse>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("/quantities/{**key}");
        Group<Reads>();
        Description(b => b.WithName("GetQuantity").WithTags("Quantities").ProducesProblem(StatusCodes.Status404NotFound));
        Summary(s => s.Params["key"] = "The quantity's key, such as belarus/political-prisoners/held.");
    }

    public override async Task<Results<Ok<QuantityResponse>, ProblemHttpResult>> ExecuteAsync(CancellationToken ct)
    {
        var key = QuantityQueries.KeyFromRoute(Route<string>("key")!);
        await using var connection = await db.OpenReadAsync(ct);
        var quantity = await QuantityQueries.FindAsync(connection, key, ct);
        return quantity is null ? Problems.NotFound("quantity", key) : TypedResults.Ok(quantity.ToResponse());
    }
}
