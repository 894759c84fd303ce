using Dapper;
using FactCheck.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Claims.UpdateClaim;

internal static class UpdateClaimEndpoint
{
    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/claims/{id:long}", HandleAsync)
            .WithName("UpdateClaim").WithTags("Claims")
            .WithSummary("Replace a claim")
            .WithDescription("Replaces every field, with the same checks as recording it.")
            .Validate<ClaimInput>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

    internal static async Task<Results<Ok<ClaimResponse>, ProblemHttpResult>> HandleAsync(
        long id, ClaimInput input, HttpContext context, Database db, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginWriteAsync(ct);
        if (await ClaimQueries.FindAsync(connection, id, ct, transaction) is not { } current)
            return Problems.NotFound("claim", id);
        if (ETags.Precondition(context, current) is { } stale)
            return stale;

        var checkedInput = await ClaimInputChecks.CheckAsync(connection, transaction, input, ct);
        if (checkedInput.Problem is { } problem)
            return problem;

        var parameters = new DynamicParameters(checkedInput.Write);
        parameters.Add("Id", id);
        if (await connection.ExecuteAsync(new CommandDefinition(ClaimWrite.UpdateSql, parameters, transaction, cancellationToken: ct)) == 0)
            return Problems.Conflict("Duplicate claim", "Another claim of this source already says this, in these words.");

        transaction.Commit();
        return TypedResults.Ok((await ClaimQueries.FindAsync(connection, id, ct))!);
    }
}
