using Dapper;
using FactCheck.Api.Infrastructure;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Sources.DeleteSource;

/// <summary>Delete a source</summary>
/// <remarks>A source whose claims are still recorded is kept (409) unless cascade=true, which deletes its claims with it.</remarks>
internal sealed class DeleteSourceEndpoint(Database db) : Endpoint<DeleteSourceRequest, Results<NoContent, ProblemHttpResult>>
{
    private const string CountClaimsSql = "SELECT count(*) FROM claims WHERE source_id = @id;";

    private const string DeleteSql = """
        DELETE FROM claims WHERE source_id = @id;
        DELETE FROM sources WHERE id = @id;
        """;

    public override void Configure()
    {
        Delete("/sources/{id:long}");
        Group<Writes>();
        Description(b => b.WithName("DeleteSource").WithTags("Sources")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed));
    }

    public override async Task<Results<NoContent, ProblemHttpResult>> ExecuteAsync(DeleteSourceRequest request, CancellationToken ct)
    {
        var id = request.Id;
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginWriteAsync(ct);
        if (await SourceQueries.FindAsync(connection, id, ct, transaction) is not { } current)
            return Problems.NotFound("source", id);
        if (ETags.Precondition(HttpContext, current) is { } stale)
            return stale;

        var claims = await connection.ExecuteScalarAsync<long>(
            new CommandDefinition(CountClaimsSql, new { id }, transaction, cancellationToken: ct));
        if (claims > 0 && request.Cascade != true)
            return Problems.Conflict("The source has claims",
                $"{claims} claim(s) are recorded from source {id}. Delete them first, or ask for cascade=true.");

        await connection.ExecuteAsync(new CommandDefinition(DeleteSql, new { id }, transaction, cancellationToken: ct));
        transaction.Commit();
        return TypedResults.NoContent();
    }
}

internal sealed record DeleteSourceRequest
{
    /// <summary>The source's id.</summary>
    [RouteParam]
    public long Id { get; init; }

    /// <summary>Also delete the claims recorded from this source.</summary>
    [QueryParam]
    public bool? Cascade { get; init; }
}
