using Dapper;
using FactCheck.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Sources.DeleteSource;

internal static class DeleteSourceEndpoint
{
    private const string CountClaimsSql = "SELECT count(*) FROM claims WHERE source_id = @id;";

    private const string DeleteSql = """
        DELETE FROM claims WHERE source_id = @id;
        DELETE FROM sources WHERE id = @id;
        """;

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/sources/{id:long}", HandleAsync)
            .WithName("DeleteSource").WithTags("Sources")
            .WithSummary("Delete a source")
            .WithDescription("A source whose claims are still recorded is kept (409) unless cascade=true, which deletes its claims with it.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

    /// <param name="id">The source's id.</param>
    /// <param name="cascade">Also delete the claims recorded from this source.</param>
    internal static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(
        long id, HttpContext context, Database db, CancellationToken ct, bool cascade = false)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginWriteAsync(ct);
        if (await SourceQueries.FindAsync(connection, id, ct, transaction) is not { } current)
            return Problems.NotFound("source", id);
        if (ETags.Precondition(context, current) is { } stale)
            return stale;

        var claims = await connection.ExecuteScalarAsync<long>(
            new CommandDefinition(CountClaimsSql, new { id }, transaction, cancellationToken: ct));
        if (claims > 0 && !cascade)
            return Problems.Conflict("The source has claims",
                $"{claims} claim(s) are recorded from source {id}. Delete them first, or ask for cascade=true.");

        await connection.ExecuteAsync(new CommandDefinition(DeleteSql, new { id }, transaction, cancellationToken: ct));
        transaction.Commit();
        return TypedResults.NoContent();
    }
}
