using Dapper;
using FactCheck.Api.Features.Sources;
using FactCheck.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Data.Sqlite;

namespace FactCheck.Api.Features.History;

internal static class RestoreRevisionEndpoint
{
    // Each item comes back under its own id, with the state the revision kept; an upsert, so a
    // tombstone is revived and a live item is set back.
    private static readonly Dictionary<string, string> RestoreSql = new()
    {
        ["source"] = """
            INSERT INTO sources (id, publisher, title, url, published_at, text)
            SELECT @Id, json_extract(@Data, '$.publisher'), json_extract(@Data, '$.title'), json_extract(@Data, '$.url'),
                   json_extract(@Data, '$.published_at'), json_extract(@Data, '$.text') WHERE true
            ON CONFLICT (id) DO UPDATE SET publisher = excluded.publisher, title = excluded.title, url = excluded.url,
                published_at = excluded.published_at, text = excluded.text;
            """,
        ["quantity"] = """
            INSERT INTO quantities (id, key, label, unit, kind, window_days, aliases)
            SELECT @Id, json_extract(@Data, '$.key'), json_extract(@Data, '$.label'), json_extract(@Data, '$.unit'),
                   json_extract(@Data, '$.kind'), json_extract(@Data, '$.window_days'), json_extract(@Data, '$.aliases') WHERE true
            ON CONFLICT (id) DO UPDATE SET key = excluded.key, label = excluded.label, unit = excluded.unit, kind = excluded.kind,
                window_days = excluded.window_days, aliases = excluded.aliases;
            """,
        ["claim"] = """
            INSERT INTO claims (id, source_id, quantity_id, quote, quote_start, quote_end, qualifier, value, min, max, precision,
                                as_of, attributed_to, note, signature)
            SELECT @Id, json_extract(@Data, '$.source_id'), json_extract(@Data, '$.quantity_id'), json_extract(@Data, '$.quote'),
                   json_extract(@Data, '$.quote_start'), json_extract(@Data, '$.quote_end'), json_extract(@Data, '$.qualifier'),
                   json_extract(@Data, '$.value'), json_extract(@Data, '$.min'), json_extract(@Data, '$.max'),
                   json_extract(@Data, '$.precision'), json_extract(@Data, '$.as_of'), json_extract(@Data, '$.attributed_to'),
                   json_extract(@Data, '$.note'), json_extract(@Data, '$.signature') WHERE true
            ON CONFLICT (id) DO UPDATE SET source_id = excluded.source_id, quantity_id = excluded.quantity_id, quote = excluded.quote,
                quote_start = excluded.quote_start, quote_end = excluded.quote_end, qualifier = excluded.qualifier, value = excluded.value,
                min = excluded.min, max = excluded.max, precision = excluded.precision, as_of = excluded.as_of,
                attributed_to = excluded.attributed_to, note = excluded.note, signature = excluded.signature;
            """,
        ["relation"] = """
            INSERT INTO relations (id, kind, meaning, signature, terms)
            SELECT @Id, json_extract(@Data, '$.kind'), json_extract(@Data, '$.meaning'), json_extract(@Data, '$.signature'),
                   json_extract(@Data, '$.terms') WHERE true
            ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, meaning = excluded.meaning, signature = excluded.signature, terms = excluded.terms;
            DELETE FROM relation_terms WHERE relation_id = @Id;
            INSERT INTO relation_terms (relation_id, role, position, quantity_id)
            SELECT @Id, json_extract(value, '$.role'), json_extract(value, '$.position'), json_extract(value, '$.quantity_id')
            FROM json_each(json_extract(@Data, '$.terms'));
            """,
    };

    private const int SqliteConstraint = 19;

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/revisions/{id:long}/restore", HandleAsync)
            .WithName("RestoreRevision").WithTags("History")
            .WithSummary("Set an item back to a revision, or revive a deleted one")
            .WithDescription("Writes the state the revision kept as the item's current state, under its own id, and records a new 'restore' revision. Refused with 409 when that state no longer fits: a claim whose source or quantity is gone, a key or URL another item took.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    internal static async Task<Results<Ok<RevisionResponse>, ProblemHttpResult>> HandleAsync(long id, Database db, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = connection.BeginTransaction();
        if (await RevisionQueries.FindAsync(connection, id, ct, transaction) is not { } revision)
            return Problems.NotFound("revision", id);

        using (Actor.Restoring())
        {
            try
            {
                await connection.ExecuteAsync(new CommandDefinition(RestoreSql[revision.Entity],
                    new { Id = revision.EntityId, Data = revision.Data.GetRawText() }, transaction, cancellationToken: ct));
                if (revision.Entity == "source")
                {
                    var text = revision.Data.TryGetProperty("text", out var t) && t.ValueKind == System.Text.Json.JsonValueKind.String ? t.GetString() : null;
                    var lost = await QuoteRelocation.RelocateAsync(connection, transaction, revision.EntityId, text, ct);
                    if (lost.Count > 0)
                        return Problems.Conflict("The restored text drops recorded quotes",
                            $"The quotes of claims {string.Join(", ", lost)} do not occur in that revision's text.");
                }
            }
            catch (SqliteException e) when (e.SqliteErrorCode == SqliteConstraint)
            {
                return Problems.Conflict("The revision no longer fits the store", revision.Entity is "claim" or "relation"
                    ? $"Restore the source and quantities the {revision.Entity} refers to first, or the {revision.Entity} it would duplicate."
                    : "Another item now has its key, URL, or publisher, title and date.");
            }
        }

        transaction.Commit();
        var history = await RevisionQueries.OfAsync(connection, revision.Entity, revision.EntityId, ct);
        return TypedResults.Ok(history[^1]);
    }
}
