using Dapper;
using FactCheck.Api.Infrastructure;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Sources.CreateSource;

/// <summary>Record a source</summary>
/// <remarks>Records an article, broadcast or report that makes numeric claims. A source's URL is unique; a source without one is unique by publisher, title and date.</remarks>
internal sealed class CreateSourceEndpoint(Database db) : Endpoint<SourceInput, Results<Created<SourceResponse>, ProblemHttpResult>>
{
    private const string InsertSql = """
        INSERT INTO sources (publisher, title, url, published_at, text)
        VALUES (@Publisher, @Title, @Url, @PublishedAt, @Text)
        ON CONFLICT DO NOTHING
        RETURNING id;
        """;

    public override void Configure()
    {
        Post("/sources");
        Group<Writes>();
        RequestBinder(JsonBody<SourceInput>.Binder);
        Description(b => b.WithName("CreateSource").WithTags("Sources").ProducesProblem(StatusCodes.Status409Conflict));
    }

    public override async Task<Results<Created<SourceResponse>, ProblemHttpResult>> ExecuteAsync(SourceInput input, CancellationToken ct)
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
