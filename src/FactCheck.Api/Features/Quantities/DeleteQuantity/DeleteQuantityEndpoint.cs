using Dapper;
using FactCheck.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Quantities.DeleteQuantity;

internal static class DeleteQuantityEndpoint
{
    private const string CountDependentsSql = """
        SELECT (SELECT count(*) FROM claims WHERE quantity_id = @id) AS claims,
               (SELECT count(DISTINCT relation_id) FROM relation_terms WHERE quantity_id = @id) AS relations;
        """;

    private const string DeleteSql = """
        DELETE FROM claims WHERE quantity_id = @id;
        DELETE FROM relations WHERE id IN (SELECT relation_id FROM relation_terms WHERE quantity_id = @id);
        DELETE FROM quantities WHERE id = @id;
        """;

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/quantities/{**key}", HandleAsync)
            .WithName("DeleteQuantity").WithTags("Quantities")
            .WithSummary("Delete a quantity")
            .WithDescription("A quantity that claims or relations still use is kept (409) unless cascade=true, which deletes those claims and relations with it.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

    /// <param name="key">The quantity's key.</param>
    /// <param name="cascade">Also delete the claims about it and the relations that use it.</param>
    internal static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(
        string key, HttpContext context, Database db, CancellationToken ct, bool cascade = false)
    {
        key = QuantityQueries.KeyFromRoute(key);
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginWriteAsync(ct);
        var quantity = await QuantityQueries.FindAsync(connection, key, ct, transaction);
        if (quantity is null)
            return Problems.NotFound("quantity", key);
        if (ETags.Precondition(context, quantity.ToResponse()) is { } stale)
            return stale;

        var (claims, relations) = await connection.QuerySingleAsync<(long Claims, long Relations)>(
            new CommandDefinition(CountDependentsSql, new { id = quantity.Id }, transaction, cancellationToken: ct));
        if ((claims > 0 || relations > 0) && !cascade)
            return Problems.Conflict("The quantity is in use",
                $"{claims} claim(s) and {relations} relation(s) use '{key}'. Delete them first, or ask for cascade=true.");

        await connection.ExecuteAsync(new CommandDefinition(DeleteSql, new { id = quantity.Id }, transaction, cancellationToken: ct));
        transaction.Commit();
        return TypedResults.NoContent();
    }
}
