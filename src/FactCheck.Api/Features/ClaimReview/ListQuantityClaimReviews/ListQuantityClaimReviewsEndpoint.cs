using System.Text.Json;
using FactCheck.Api.Features.ClaimReview.GetClaimReview;
using FactCheck.Api.Features.Quantities;
using FactCheck.Api.Infrastructure;
using FastEndpoints;

namespace FactCheck.Api.Features.ClaimReview.ListQuantityClaimReviews;

/// <summary>schema.org ClaimReviews of every claim about a quantity, as a JSON-LD array</summary>
/// <remarks>One ClaimReview per claim an editor has rated (POST /claims/{id}/ratings); an empty array while none is. The page that publishes a quantity's check can embed them all.</remarks>
internal sealed class ListQuantityClaimReviewsEndpoint(Database db, IConfiguration configuration) : EndpointWithoutRequest<IResult>
{
    public override void Configure()
    {
        Get("/claim-reviews/quantities/{**key}");
        Group<Reads>();
        Description(b => b.WithName("ListQuantityClaimReviews").WithTags("ClaimReview")
            .Produces<ClaimReviewDocument[]>(StatusCodes.Status200OK, ClaimReviews.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound));
        Summary(s => s.Params["key"] = "The quantity's key.");
    }

    public override async Task<IResult> ExecuteAsync(CancellationToken ct)
    {
        var key = QuantityQueries.KeyFromRoute(Route<string>("key")!);
        await using var connection = await db.OpenReadAsync(ct);
        if (await QuantityQueries.FindAsync(connection, key, ct) is null)
            return Problems.NotFound("quantity", key);
        var reviews = await ClaimReviews.ReadAsync(connection, null, key, HttpContext.Request, configuration, ct);
        return Results.Text(JsonSerializer.Serialize(reviews, GetClaimReviewEndpoint.JsonOptions), ClaimReviews.ContentType + "; charset=utf-8");
    }
}
