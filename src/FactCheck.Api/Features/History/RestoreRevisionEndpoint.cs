using System.Data.Common;
using System.Text.Json;
using Dapper;
using FactCheck.Api.Features.Claims;
using FactCheck.Api.Features.Quantities;
using FactCheck.Api.Features.Relations;
using FactCheck.Api.Features.Sources;
using FactCheck.Api.Infrastructure;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.History;

/// <summary>Set an item back to a revision, or revive a deleted one</summary>
/// <remarks>Writes the state the revision kept as the item's current state, under its own id, and records a new 'restore' revision. Refused with 409 when that state no longer fits: a claim whose source or quantity is gone, a key or URL another item took, a revision of an earlier record that had the same id. Setting a live item back takes If-Match with its ETag, as an update does.</remarks>
internal sealed class RestoreRevisionEndpoint(Database db) : EndpointWithoutRequest<Results<Ok<RevisionResponse>, ProblemHttpResult>>
{
    // Each item comes back under its own id, with the state the revision kept (its fields are the
    // parameters, named as stored); an upsert, so a tombstone is revived and a live item is set back.
    private static readonly Dictionary<string, string> RestoreSql = new()
    {
        ["source"] = """
            INSERT INTO sources (id, publisher, title, url, published_at, text)
            VALUES (@id, @publisher, @title, @url, @published_at, @text)
            ON CONFLICT (id) DO UPDATE SET publisher = excluded.publisher, title = excluded.title, url = excluded.url,
                published_at = excluded.published_at, text = excluded.text;
            """,
        ["quantity"] = """
            INSERT INTO quantities (id, key, label, unit, kind, window_days, aliases)
            VALUES (@id, @key, @label, @unit, @kind, @window_days, @aliases)
            ON CONFLICT (id) DO UPDATE SET key = excluded.key, label = excluded.label, unit = excluded.unit, kind = excluded.kind,
                window_days = excluded.window_days, aliases = excluded.aliases;
            """,
        ["claim"] = """
            INSERT INTO claims (id, source_id, quantity_id, quote, quote_start, quote_end, qualifier, value, min, max, precision,
                                as_of, attributed_to, note, signature)
            VALUES (@id, @source_id, @quantity_id, @quote, @quote_start, @quote_end, @qualifier, @value, @min, @max, @precision,
                    @as_of, @attributed_to, @note, @signature)
            ON CONFLICT (id) DO UPDATE SET source_id = excluded.source_id, quantity_id = excluded.quantity_id, quote = excluded.quote,
                quote_start = excluded.quote_start, quote_end = excluded.quote_end, qualifier = excluded.qualifier, value = excluded.value,
                min = excluded.min, max = excluded.max, precision = excluded.precision, as_of = excluded.as_of,
                attributed_to = excluded.attributed_to, note = excluded.note, signature = excluded.signature;
            """,
        ["relation"] = """
            INSERT INTO relations (id, kind, meaning, as_of, signature, terms)
            VALUES (@id, @kind, @meaning, @as_of, @signature, @terms)
            ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, meaning = excluded.meaning, as_of = excluded.as_of, signature = excluded.signature, terms = excluded.terms;
            DELETE FROM relation_terms WHERE relation_id = @id;
            """,
    };

    private const string InsertTermSql = """
        INSERT INTO relation_terms (relation_id, role, position, quantity_id) VALUES (@id, @role, @position, @quantity_id);
        """;

    public override void Configure()
    {
        Post("/revisions/{id:long}/restore");
        Group<Writes>();
        Description(b => b.WithName("RestoreRevision").WithTags("History")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed));
    }

    // Before migration 0006 SQLite could give a deleted record's id to a new one: such an id's history
    // then holds a second 'create', and a revision before it belongs to a record that is gone.
    private const string LaterRecordSql = """
        SELECT count(*) FROM revisions
        WHERE entity = @Entity AND entity_id = @EntityId AND revision > @Revision AND action = 'create';
        """;

    public override async Task<Results<Ok<RevisionResponse>, ProblemHttpResult>> ExecuteAsync(CancellationToken ct)
    {
        var id = Route<long>("id");
        using var restoring = Actor.Restoring();
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginWriteAsync(ct);
        if (await RevisionQueries.FindAsync(connection, id, ct, transaction) is not { } revision)
            return Problems.NotFound("revision", id);
        if (await connection.ExecuteScalarAsync<long>(new CommandDefinition(LaterRecordSql, new { revision.Entity, revision.EntityId, revision.Revision }, transaction, cancellationToken: ct)) > 0)
            return Problems.Conflict("The revision belongs to an earlier record",
                $"A later record was created under {revision.Entity} id {revision.EntityId}; revision {revision.Id} kept the state of one deleted before it, and is not written over another record.");
        // Setting a live item back is an edit like any other: If-Match guards it against a stale read.
        if (HttpContext.Request.Headers.IfMatch.Count > 0
            && await CurrentAsync(connection, transaction, revision, ct) is { } current && ETags.Precondition(HttpContext, current) is { } stale)
            return stale;

        try
        {
            await connection.ExecuteAsync(new CommandDefinition(RestoreSql[revision.Entity],
                Parameters(revision.EntityId, revision.Data), transaction, cancellationToken: ct));
            if (revision.Entity == "relation")
                // A constant lives only in the row's terms; the quantities get their relation_terms rows back.
                foreach (var term in revision.Data.GetProperty("terms").EnumerateArray().Where(t => t.TryGetProperty("quantity_id", out _)))
                    await connection.ExecuteAsync(new CommandDefinition(InsertTermSql,
                        Parameters(revision.EntityId, term), transaction, cancellationToken: ct));
            if (revision.Entity == "source")
            {
                var text = revision.Data.TryGetProperty("text", out var t) && t.ValueKind == System.Text.Json.JsonValueKind.String ? t.GetString() : null;
                var lost = await QuoteRelocation.RelocateAsync(connection, transaction, revision.EntityId, text, ct);
                if (lost.Count > 0)
                    return Problems.Conflict("The restored text drops recorded quotes",
                        $"The quotes of claims {string.Join(", ", lost)} do not occur in that revision's text.");
            }
        }
        catch (DbException e) when (e.IsConstraintViolation())
        {
            return Problems.Conflict("The revision no longer fits the store", revision.Entity is "claim" or "relation"
                ? $"Restore the source and quantities the {revision.Entity} refers to first, or the {revision.Entity} it would duplicate."
                : "Another item now has its key, URL, or publisher, title and date.");
        }

        await transaction.CommitAsync(ct);
        var history = await RevisionQueries.OfAsync(connection, revision.Entity, revision.EntityId, ct);
        return TypedResults.Ok(history[^1]);
    }

    /// <summary>The item's representation as a GET answers it, when it is live: what If-Match names.</summary>
    private static async Task<object?> CurrentAsync(DbConnection connection, DbTransaction transaction, RevisionResponse revision, CancellationToken ct) =>
        revision.Entity switch
        {
            "source" => await SourceQueries.FindAsync(connection, revision.EntityId, ct, transaction),
            "claim" => await ClaimQueries.FindAsync(connection, revision.EntityId, ct, transaction),
            "relation" => (await RelationStore.ReadAsync(connection, [revision.EntityId], ct, transaction)).FirstOrDefault(),
            _ => await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
                    "SELECT key FROM quantities WHERE id = @EntityId;", new { revision.EntityId }, transaction, cancellationToken: ct)) is { } key
                ? (await QuantityQueries.FindAsync(connection, key, ct, transaction))?.ToResponse()
                : null,
        };

    /// <summary>The id and every field of a kept state: text as text, whole numbers as numbers, arrays as their JSON.</summary>
    private static DynamicParameters Parameters(long id, JsonElement data)
    {
        var parameters = new DynamicParameters();
        parameters.Add("id", id);
        // A relation kept before relations had dates (migration 0008) has none.
        parameters.Add("as_of", null);
        foreach (var field in data.EnumerateObject())
            parameters.Add(field.Name, field.Value.ValueKind switch
            {
                JsonValueKind.String => field.Value.GetString(),
                JsonValueKind.Number => field.Value.GetInt64(),
                JsonValueKind.Array or JsonValueKind.Object => field.Value.GetRawText(),
                _ => null,
            });
        return parameters;
    }
}
