using Dapper;
using FactCheck.Api.Infrastructure;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Claims.CreateClaim;

/// <summary>Record one numeric claim made by a source</summary>
/// <remarks>Records the quote, the figure(s) and the qualifier. When the source keeps its text the quote must occur in it, and the claim reports where. The same claim recorded twice is a 409.</remarks>
internal sealed class CreateClaimEndpoint(Database db) : Endpoint<ClaimInput, Results<Created<ClaimResponse>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Post("/claims");
        Group<Writes>();
        RequestBinder(JsonBody<ClaimInput>.Binder);
        Description(b => b.WithName("CreateClaim").WithTags("Claims")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict));
    }

    public override Task<Results<Created<ClaimResponse>, ProblemHttpResult>> ExecuteAsync(ClaimInput input, CancellationToken ct) =>
        CreateAsync(input, db, ct);

    /// <summary>
    /// Records a claim; accepting a proposed mention records one the same way, after <paramref name="first"/> (defining its
    /// quantity) in the same transaction: when either is refused, neither is written.
    /// </summary>
    internal static async Task<Results<Created<ClaimResponse>, ProblemHttpResult>> CreateAsync(ClaimInput input, Database db, CancellationToken ct,
        Func<System.Data.Common.DbConnection, System.Data.Common.DbTransaction, Task<ProblemHttpResult?>>? first = null)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginWriteAsync(ct);
        if (first is not null && await first(connection, transaction) is { } refused)
            return refused;
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
