using Dapper;
using FactCheck.Api.Infrastructure;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Quantities.DeleteQuantity;

/// <summary>Delete a quantity</summary>
/// <remarks>A quantity that claims or relations still use is kept (409) unless cascade=true, which deletes those claims and relations with it.</remarks>
internal sealed class DeleteQuantityEndpoint(Database db) : Endpoint<DeleteQuantityRequest, Results<NoContent, ProblemHttpResult>>
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

    public override void Configure()
    {
        Delete("/quantities/{**key}");
        Group<Writes>();
        Description(b => b.WithName("DeleteQuantity").WithTags("Quantities")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed));
    }

    public override async Task<Results<NoContent, ProblemHttpResult>> ExecuteAsync(DeleteQuantityRequest request, CancellationToken ct)
    {
        var key = QuantityQueries.KeyFromRoute(Route<string>("key")!);
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginWriteAsync(ct);
        var quantity = await QuantityQueries.FindAsync(connection, key, ct, transaction);
        if (quantity is null)
            return Problems.NotFound("quantity", key);
        if (ETags.Precondition(HttpContext, quantity.ToResponse()) is { } stale)
            return stale;

        var (claims, relations) = await connection.QuerySingleAsync<(long Claims, long Relations)>(
            new CommandDefinition(CountDependentsSql, new { id = quantity.Id }, transaction, cancellationToken: ct));
        if ((claims > 0 || relations > 0) && request.Cascade != true)
            return Problems.Conflict("The quantity is in use",
                $"{claims} claim(s) and {relations} relation(s) use '{key}'. Delete them first, or ask for cascade=true.");

        await connection.ExecuteAsync(new CommandDefinition(DeleteSql, new { id = quantity.Id }, transaction, cancellationToken: ct));
        transaction.Commit();
        return TypedResults.NoContent();
    }
}

internal sealed record DeleteQuantityRequest
{
    /// <summary>Also delete the claims about it and the relations that use it.</summary>
    [QueryParam]
    public bool? Cascade { get; init; }
}
