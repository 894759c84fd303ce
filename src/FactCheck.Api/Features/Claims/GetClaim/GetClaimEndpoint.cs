using FactCheck.Api.Infrastructure;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Claims.GetClaim;

/// <summary>Read one claim</summary>
/// <remarks>Returns the claim with its quote, qualifier, figures, date and voice, and its ETag for a later If-Match.</remarks>
internal sealed class GetClaimEndpoint(Database db) : EndpointWithoutRequest<Results<Ok<ClaimResponse>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("/claims/{id:long}");
        Group<Reads>();
        Description(b => b.WithName("GetClaim").WithTags("Claims")
            .ProducesProblem(StatusCodes.Status404NotFound));
    }

    public override async Task<Results<Ok<ClaimResponse>, ProblemHttpResult>> ExecuteAsync(CancellationToken ct)
    {
        var id = Route<long>("id");
        await using var connection = await db.OpenReadAsync(ct);
        var claim = await ClaimQueries.FindAsync(connection, id, ct);
        return claim is null ? Problems.NotFound("claim", id) : TypedResults.Ok(claim);
    }
}
