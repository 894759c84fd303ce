using Dapper;
using FactCheck.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Quantities.CreateQuantity;

internal static class CreateQuantityEndpoint
{
    private const string InsertSql = """
        INSERT INTO quantities (key, label, unit, kind, window_days, aliases)
        VALUES (@Key, @Label, @Unit, @Kind, @WindowDays, @Aliases)
        ON CONFLICT DO NOTHING
        RETURNING id;
        """;

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/quantities", HandleAsync)
            .WithName("CreateQuantity").WithTags("Quantities")
            .WithSummary("Define a quantity")
            .WithDescription("Defines the thing a number measures, under a stable key that claims and relations refer to.")
            .Validate<QuantityInput>()
            .ProducesProblem(StatusCodes.Status409Conflict);

    internal static async Task<Results<Created<QuantityResponse>, ProblemHttpResult>> HandleAsync(
        QuantityInput input, Database db, CancellationToken ct)
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
