using Dapper;
using FactCheck.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Quantities.UpdateQuantity;

internal static class UpdateQuantityEndpoint
{
    private const string UpdateSql = """
        UPDATE quantities
        SET key = @Key, label = @Label, unit = @Unit, kind = @Kind, window_days = @WindowDays, aliases = @Aliases
        WHERE id = @Id AND NOT EXISTS (SELECT 1 FROM quantities other WHERE other.key = @Key AND other.id <> @Id);
        """;

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/quantities/{**key}", HandleAsync)
            .WithName("UpdateQuantity").WithTags("Quantities")
            .WithSummary("Replace a quantity, or rename it")
            .WithDescription("Replaces every field. A different key in the body renames the quantity; its claims and relations follow it.")
            .Validate<QuantityInput>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

    /// <param name="key">The quantity's current key.</param>
    internal static async Task<Results<Ok<QuantityResponse>, ProblemHttpResult>> HandleAsync(
        string key, QuantityInput input, HttpContext context, Database db, CancellationToken ct)
    {
        key = QuantityQueries.KeyFromRoute(key);
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginWriteAsync(ct);
        var existing = await QuantityQueries.FindAsync(connection, key, ct, transaction);
        if (existing is null)
            return Problems.NotFound("quantity", key);
        if (ETags.Precondition(context, existing.ToResponse()) is { } stale)
            return stale;

        var parameters = QuantityRow.Parameters(input);
        var changed = await connection.ExecuteAsync(new CommandDefinition(UpdateSql,
            new { existing.Id, parameters.Key, parameters.Label, parameters.Unit, parameters.Kind, parameters.WindowDays, parameters.Aliases },
            transaction, cancellationToken: ct));
        if (changed == 0)
            return Problems.Conflict("Duplicate quantity", $"A quantity with the key '{input.Key}' is already defined.");

        transaction.Commit();
        return TypedResults.Ok((await QuantityQueries.FindAsync(connection, input.Key, ct))!.ToResponse());
    }
}
