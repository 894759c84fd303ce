using Dapper;
using FactCheck.Api.Infrastructure;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Sources.UpdateSource;

/// <summary>Replace a source</summary>
/// <remarks>Replaces every field. When the text changes, every claim's quote is located again; a text that drops a recorded claim's quote is refused with 409.</remarks>
internal sealed class UpdateSourceEndpoint(Database db) : Endpoint<SourceInput, Results<Ok<SourceResponse>, ProblemHttpResult>>
{
    private const string UpdateSql = """
        UPDATE sources
        SET publisher = @Publisher, title = @Title, url = @Url, published_at = @PublishedAt, text = @Text
        WHERE id = @Id AND NOT EXISTS (
            SELECT 1 FROM sources other
            WHERE other.id <> @Id AND (other.url = @Url OR (@Url IS NULL AND other.url IS NULL
                AND other.publisher = @Publisher AND other.title = @Title AND other.published_at = @PublishedAt)));
        """;

    public override void Configure()
    {
        Put("/sources/{id:long}");
        Group<Writes>();
        RequestBinder(JsonBody<SourceInput>.Binder);
        Description(b => b.WithName("UpdateSource").WithTags("Sources")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed));
    }

    public override async Task<Results<Ok<SourceResponse>, ProblemHttpResult>> ExecuteAsync(SourceInput input, CancellationToken ct)
    {
        var id = Route<long>("id");
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginWriteAsync(ct);
        if (await SourceQueries.FindAsync(connection, id, ct, transaction) is not { } current)
            return Problems.NotFound("source", id);
        if (ETags.Precondition(HttpContext, current) is { } stale)
            return stale;

        var parameters = new DynamicParameters(SourceRow.Parameters(input));
        parameters.Add("Id", id);
        if (await connection.ExecuteAsync(new CommandDefinition(UpdateSql, parameters, transaction, cancellationToken: ct)) == 0)
            return Problems.Conflict("Duplicate source", "Another source already has this URL, or this publisher, title and date.");

        var lost = await QuoteRelocation.RelocateAsync(connection, transaction, id, input.Text, ct);
        if (lost.Count > 0)
            return Problems.Conflict("The new text drops recorded quotes",
                $"The quotes of claims {string.Join(", ", lost)} do not occur in the new text. Update or delete those claims first.");

        transaction.Commit();
        return TypedResults.Ok((await SourceQueries.FindAsync(connection, id, ct))!);
    }
}
