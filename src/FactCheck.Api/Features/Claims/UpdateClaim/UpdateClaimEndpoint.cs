using Dapper;
using FactCheck.Api.Infrastructure;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Claims.UpdateClaim;

/// <summary>Replace a claim</summary>
/// <remarks>Replaces every field, with the same checks as recording it.</remarks>
internal sealed class UpdateClaimEndpoint(Database db) : Endpoint<ClaimInput, Results<Ok<ClaimResponse>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Put("/claims/{id:long}");
        Group<Writes>();
        RequestBinder(JsonBody<ClaimInput>.Binder);
        Description(b => b.WithName("UpdateClaim").WithTags("Claims")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed));
    }

    public override async Task<Results<Ok<ClaimResponse>, ProblemHttpResult>> ExecuteAsync(ClaimInput input, CancellationToken ct)
    {
        var id = Route<long>("id");
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginWriteAsync(ct);
        if (await ClaimQueries.FindAsync(connection, id, ct, transaction) is not { } current)
            return Problems.NotFound("claim", id);
        if (ETags.Precondition(HttpContext, current) is { } stale)
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
