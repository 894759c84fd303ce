using Dapper;
using FactCheck.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Sources.CreateSource;

internal static class CreateSourceEndpoint
{
    private const string InsertSql = """
        INSERT INTO sources (publisher, title, url, published_at, text)
        VALUES (@Publisher, @Title, @Url, @PublishedAt, @Text)
        ON CONFLICT DO NOTHING
        RETURNING id;
        """;

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/sources", HandleAsync)
            .WithName("CreateSource").WithTags("Sources")
            .WithSummary("Record a source")
            .WithDescription("Records an article, broadcast or report that makes numeric claims. A source's URL is unique; a source without one is unique by publisher, title and date.")
            .Validate<SourceInput>()
            .ProducesProblem(StatusCodes.Status409Conflict);

    internal static async Task<Results<Created<SourceResponse>, ProblemHttpResult>> HandleAsync(
        SourceInput input, Database db, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginWriteAsync(ct);
        var id = await connection.QuerySingleOrDefaultAsync<long?>(
            new CommandDefinition(InsertSql, SourceRow.Parameters(input), transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
        if (id is null)
            return Problems.Conflict("Duplicate source", input.Url is null
                ? $"A source by {input.Publisher} titled '{input.Title}' of {input.PublishedAt:yyyy-MM-dd} is already recorded."
                : $"A source with the URL {input.Url} is already recorded.");

        var source = await SourceQueries.FindAsync(connection, id.Value, ct);
        return TypedResults.Created($"/sources/{id}", source!);
    }
}
