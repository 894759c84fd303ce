using System.Text.Json;
using System.Text.Json.Nodes;
using FactCheck.Api.Features.Quantities;
using FactCheck.Api.Infrastructure;

namespace FactCheck.Api.Features.ClaimReview;

internal static class ClaimReviewOfClaimEndpoint
{
    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/claims/{id:long}/claim-review", HandleAsync)
            .WithName("GetClaimReview").WithTags("ClaimReview")
            .WithSummary("The schema.org ClaimReview of one claim, as JSON-LD")
            .WithDescription("Ready to embed in a page in a script element of type application/ld+json: the claim, where it appeared, and a rating (Consistent or Conflicting) whose explanation carries the arithmetic.")
            .Produces<JsonObject>(StatusCodes.Status200OK, ClaimReviews.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);

    internal static async Task<IResult> HandleAsync(long id, HttpRequest request, Database db, IConfiguration configuration, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var reviews = await ClaimReviews.ReadAsync(connection, id, null, request, configuration, ct);
        return reviews.Count == 0
            ? Problems.NotFound("claim", id)
            : Results.Text(reviews[0].ToJsonString(JsonOptions), ClaimReviews.ContentType + "; charset=utf-8");
    }

    internal static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };
}

internal static class ClaimReviewsOfQuantityEndpoint
{
    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/claim-reviews/quantities/{**key}", HandleAsync)
            .WithName("ListQuantityClaimReviews").WithTags("ClaimReview")
            .WithSummary("schema.org ClaimReviews of every claim about a quantity, as a JSON-LD array")
            .WithDescription("One ClaimReview per claim, each rated by the quantity's findings: the page that publishes a quantity's check can embed them all.")
            .Produces<JsonArray>(StatusCodes.Status200OK, ClaimReviews.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <param name="key">The quantity's key.</param>
    internal static async Task<IResult> HandleAsync(string key, HttpRequest request, Database db, IConfiguration configuration, CancellationToken ct)
    {
        key = QuantityQueries.KeyFromRoute(key);
        await using var connection = await db.OpenAsync(ct);
        if (await QuantityQueries.FindAsync(connection, key, ct) is null)
            return Problems.NotFound("quantity", key);
        var reviews = await ClaimReviews.ReadAsync(connection, null, key, request, configuration, ct);
        return Results.Text(new JsonArray([.. reviews]).ToJsonString(ClaimReviewOfClaimEndpoint.JsonOptions), ClaimReviews.ContentType + "; charset=utf-8");
    }
}
