using System.Text.Json;
using FactCheck.Api.Features.Claims;
using FactCheck.Api.Infrastructure;
using FastEndpoints;

namespace FactCheck.Api.Features.ClaimReview.GetClaimReview;

/// <summary>The schema.org ClaimReview of one claim, as JSON-LD</summary>
/// <remarks>Ready to embed in a page in a script element of type application/ld+json: the claim, where it appeared, and the rating an editor gave it (POST /claims/{id}/ratings), with the editor's text and the check's arithmetic as supporting text. A claim no editor has rated has no review: 404, saying so.</remarks>
internal sealed class GetClaimReviewEndpoint(Database db, IConfiguration configuration) : EndpointWithoutRequest<IResult>
{
    // Indented: a page embeds it as it comes, and a reader of the page source reads it.
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public override void Configure()
    {
        Get("/claims/{id:long}/claim-review");
        Group<Reads>();
        Description(b => b.WithName("GetClaimReview").WithTags("ClaimReview")
            .Produces<ClaimReviewDocument>(StatusCodes.Status200OK, ClaimReviews.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound));
    }

    public override async Task<IResult> ExecuteAsync(CancellationToken ct)
    {
        var id = Route<long>("id");
        await using var connection = await db.OpenReadAsync(ct);
        var reviews = await ClaimReviews.ReadAsync(connection, id, null, HttpContext.Request, configuration, ct);
        if (reviews.Count > 0)
            return Results.Text(JsonSerializer.Serialize(reviews[0], JsonOptions), ClaimReviews.ContentType + "; charset=utf-8");
        return await ClaimQueries.FindAsync(connection, id, ct) is null
            ? Problems.NotFound("claim", id)
            : TypedResults.Problem(title: "Not rated", statusCode: StatusCodes.Status404NotFound,
                detail: $"No editor has rated claim {id}, so it has no ClaimReview: POST /claims/{id}/ratings gives it one.");
    }
}
