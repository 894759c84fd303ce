using FactCheck.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Claims.GetClaim;

internal static class GetClaimEndpoint
{
    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/claims/{id:long}", HandleAsync)
            .WithName("GetClaim").WithTags("Claims")
            .WithSummary("Read one claim")
            .ProducesProblem(StatusCodes.Status404NotFound);

    internal static async Task<Results<Ok<ClaimResponse>, ProblemHttpResult>> HandleAsync(
        long id, Database db, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var claim = await ClaimQueries.FindAsync(connection, id, ct);
        return claim is null ? Problems.NotFound("claim", id) : TypedResults.Ok(claim);
    }
}
