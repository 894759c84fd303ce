using Dapper;
using FactCheck.Api.Infrastructure;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Quantities.CreateQuantity;

/// <summary>Define a quantity</summary>
/// <remarks>Defines the thing a number measures, under a stable key that claims and relations refer to.</remarks>
internal sealed class CreateQuantityEndpoint(Database db) : Endpoint<QuantityInput, Results<Created<QuantityResponse>, ProblemHttpResult>>
{
    internal const string InsertSql = """
        INSERT INTO quantities (key, label, unit, kind, window_days, aliases)
        VALUES (@Key, @Label, @Unit, @Kind, @WindowDays, @Aliases)
        ON CONFLICT DO NOTHING
        RETURNING id;
        """;

    public override void Configure()
    {
        Post("/quantities");
        Group<Writes>();
        RequestBinder(JsonBody<QuantityInput>.Binder);
        Description(b => b.WithName("CreateQuantity").WithTags("Quantities").ProducesProblem(StatusCodes.Status409Conflict));
    }

    public override async Task<Results<Created<QuantityResponse>, ProblemHttpResult>> ExecuteAsync(QuantityInput input, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginWriteAsync(ct);
        var id = await connection.QuerySingleOrDefaultAsync<long?>(
            new CommandDefinition(InsertSql, QuantityRow.Parameters(input), transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
        if (id is null)
            return Problems.Conflict("Duplicate quantity", $"A quantity with the key '{input.Key}' is already defined.");

        var quantity = await QuantityQueries.FindAsync(connection, input.Key, ct);
        return TypedResults.Created($"/quantities/{input.Key}", quantity!.ToResponse());
    }
}
