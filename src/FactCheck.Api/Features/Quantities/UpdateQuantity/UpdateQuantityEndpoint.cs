using Dapper;
using FactCheck.Api.Infrastructure;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Quantities.UpdateQuantity;

/// <summary>Replace a quantity, or rename it</summary>
/// <remarks>Replaces every field. A different key in the body renames the quantity; its claims and relations follow it.</remarks>
internal sealed class UpdateQuantityEndpoint(Database db) : Endpoint<QuantityInput, Results<Ok<QuantityResponse>, ProblemHttpResult>>
{
    private const string UpdateSql = """
        UPDATE quantities
        SET key = @Key, label = @Label, unit = @Unit, kind = @Kind, window_days = @WindowDays, aliases = @Aliases
        WHERE id = @Id AND NOT EXISTS (SELECT 1 FROM quantities other WHERE other.key = @Key AND other.id <> @Id);
        """;

    public override void Configure()
    {
        Put("/quantities/{**key}");
        Group<Writes>();
        RequestBinder(JsonBody<QuantityInput>.Binder);
        Description(b => b.WithName("UpdateQuantity").WithTags("Quantities")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed));
        Summary(s => s.Params["key"] = "The quantity's current key.");
    }

    public override async Task<Results<Ok<QuantityResponse>, ProblemHttpResult>> ExecuteAsync(QuantityInput input, CancellationToken ct)
    {
        var key = QuantityQueries.KeyFromRoute(Route<string>("key")!);
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginWriteAsync(ct);
        var existing = await QuantityQueries.FindAsync(connection, key, ct, transaction);
        if (existing is null)
            return Problems.NotFound("quantity", key);
        if (ETags.Precondition(HttpContext, existing.ToResponse()) is { } stale)
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
