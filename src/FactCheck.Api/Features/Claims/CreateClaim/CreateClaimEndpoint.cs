using Dapper;
using FactCheck.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Claims.CreateClaim;

internal static class CreateClaimEndpoint
{
    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/claims", HandleAsync)
            .WithName("CreateClaim").WithTags("Claims")
            .WithSummary("Record one numeric claim made by a source")
            .WithDescription("Records the quote, the figure(s) and the qualifier. When the source keeps its text the quote must occur in it, and the claim reports where. The same claim recorded twice is a 409.")
            .Validate<ClaimInput>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    internal static async Task<Results<Created<ClaimResponse>, ProblemHttpResult>> HandleAsync(
        ClaimInput input, Database db, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginWriteAsync(ct);
        var checkedInput = await ClaimInputChecks.CheckAsync(connection, transaction, input, ct);
        if (checkedInput.Problem is { } problem)
            return problem;

        var id = await connection.QuerySingleOrDefaultAsync<long?>(
            new CommandDefinition(ClaimWrite.InsertSql, checkedInput.Write, transaction, cancellationToken: ct));
        if (id is null)
            return Problems.Conflict("Duplicate claim", "This source already has this claim, in these words, with this figure and qualifier.");

        transaction.Commit();
        return TypedResults.Created($"/claims/{id}", (await ClaimQueries.FindAsync(connection, id.Value, ct))!);
    }
}
