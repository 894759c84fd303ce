using System.Data;
using System.Data.Common;
using System.Text.Json;
using Dapper;
using FactCheck.Api.Features.Claims;
using FactCheck.Api.Infrastructure;

namespace FactCheck.Api.Features.Import;

/// <summary>
/// A document's claims written as one batch: those already stored found by signature in one query, the new
/// ones inserted while the per-row triggers stand aside (migration 0012), then indexed for search, given
/// their first revision, counted in the store version and recorded as moving their quantities (migration 0013) by one
/// statement each, as the triggers would have.
/// </summary>
internal static class ClaimBatch
{
    private static string StoredSql(DbConnection connection) =>
        $"SELECT id, signature, precision, note FROM claims WHERE signature IN ({connection.JsonTexts("@signatures")});";

    private static string AfterInsertSql(DbConnection connection) => connection.IsPostgres()
        ? $"""
          INSERT INTO claim_search (claim_id, document)
          SELECT id, claim_document(id) FROM claims WHERE id IN ({connection.JsonIds("@ids")});
          INSERT INTO revisions (entity, entity_id, revision, action, at, author, data)
          SELECT 'claim', id, coalesce((SELECT max(revision) FROM revisions r WHERE r.entity = 'claim' AND r.entity_id = claims.id), 0) + 1,
                 coalesce(nullif(current_setting('factcheck.action', true), ''), 'create'), revision_now(),
                 coalesce(nullif(current_setting('factcheck.author', true), ''), 'system'), revision_data(to_jsonb(claims))
          FROM claims WHERE id IN ({connection.JsonIds("@ids")}) ORDER BY id;
          UPDATE store_version SET version = version + 1;
          SELECT move_quantities(VARIADIC ARRAY(SELECT quantity_id FROM claims WHERE id IN ({connection.JsonIds("@ids")})));
          """
        : $"""
          INSERT INTO claim_search (rowid, quote, attributed_to, quantity, source)
          SELECT claim_id, quote, attributed_to, quantity, source FROM claim_search_rows WHERE claim_id IN ({connection.JsonIds("@ids")});
          INSERT INTO revisions (entity, entity_id, revision, action, at, author, data)
          SELECT 'claim', claim_id, coalesce((SELECT max(revision) FROM revisions WHERE entity = 'claim' AND entity_id = claim_id), 0) + 1,
                 revision_action('create'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), current_author(), data
          FROM claim_revision_rows WHERE claim_id IN ({connection.JsonIds("@ids")}) ORDER BY claim_id;
          UPDATE store_version SET version = version + 1;
          INSERT INTO quantity_moved SELECT DISTINCT quantity_id FROM claims WHERE id IN ({connection.JsonIds("@ids")});
          """;

    private const string UpdateCommentarySql = "UPDATE claims SET precision = @Precision, note = @Note WHERE id = @Id;";

    /// <summary>
    /// Each write's claim id and what became of it, in order. The first write of a signature not yet stored is
    /// created; any other is the stored claim, updated when its precision or note differ, as a second import would.
    /// </summary>
    public static async Task<List<(long Id, ImportAction Action)>> WriteAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<ClaimWrite> writes, CancellationToken ct)
    {
        var stored = await StoredAsync(connection, transaction, writes.Select(w => w.Signature).Distinct(StringComparer.Ordinal), ct);
        var created = new Dictionary<string, ClaimWrite>(StringComparer.Ordinal);
        foreach (var write in writes)
            if (!stored.ContainsKey(write.Signature)) created.TryAdd(write.Signature, write);
        if (created.Count > 0)
        {
            var ids = await InsertAsync(connection, transaction, created.Values, ct);
            await connection.ExecuteAsync(new CommandDefinition(AfterInsertSql(connection),
                new { ids = JsonSerializer.Serialize(ids.Order()) }, transaction, cancellationToken: ct));
            foreach (var (write, id) in created.Values.Zip(ids))
                stored[write.Signature] = new StoredClaim { Id = id, Signature = write.Signature, Precision = write.Precision, Note = write.Note };
        }

        var outcome = new List<(long Id, ImportAction Action)>(writes.Count);
        foreach (var write in writes)
        {
            var claim = stored[write.Signature];
            var action = ReferenceEquals(created.GetValueOrDefault(write.Signature), write) ? ImportAction.Created
                : claim.Precision == write.Precision && claim.Note == write.Note ? ImportAction.Unchanged
                : ImportAction.Updated;
            if (action == ImportAction.Updated)
            {
                (claim.Precision, claim.Note) = (write.Precision, write.Note);
                await connection.ExecuteAsync(new CommandDefinition(UpdateCommentarySql, claim, transaction, cancellationToken: ct));
            }
            outcome.Add((claim.Id, action));
        }
        return outcome;
    }

    private static async Task<Dictionary<string, StoredClaim>> StoredAsync(
        DbConnection connection, DbTransaction transaction, IEnumerable<string> signatures, CancellationToken ct) =>
        (await connection.QueryAsync<StoredClaim>(new CommandDefinition(StoredSql(connection),
            new { signatures = JsonSerializer.Serialize(signatures) }, transaction, cancellationToken: ct)))
        .ToDictionary(c => c.Signature, StringComparer.Ordinal);

    // One statement prepared once and run per claim, with the triggers' work left to AfterInsertSql. Each returns its id:
    // none of these signatures is stored, and this transaction holds the write lock, so none conflicts.
    private static async Task<List<long>> InsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<ClaimWrite> claims, CancellationToken ct)
    {
        await connection.ExecuteAsync(new CommandDefinition(connection.IsPostgres()
            ? "SELECT set_config('factcheck.bulk', 'on', true);"
            : "INSERT INTO claims_in_bulk (since) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));", null, transaction, cancellationToken: ct));
        var ids = await BatchInsert.ReturningIdsAsync(connection, transaction, ClaimWrite.InsertSql, InsertParameters, claims.Select(claim => new object?[]
        {
            claim.SourceId, claim.QuantityId, claim.Quote, claim.QuoteStart, claim.QuoteEnd, claim.Qualifier, claim.Value, claim.Min,
            claim.Max, claim.Precision, claim.AsOf, claim.AttributedTo, claim.Note, claim.Signature,
        }).ToList(), ct);
        await connection.ExecuteAsync(new CommandDefinition(connection.IsPostgres()
            ? "SELECT set_config('factcheck.bulk', '', true);"
            : "DELETE FROM claims_in_bulk;", null, transaction, cancellationToken: ct));
        return ids;
    }

    private static readonly (string, DbType)[] InsertParameters =
    [
        ("SourceId", DbType.Int64), ("QuantityId", DbType.Int64), ("Quote", DbType.String), ("QuoteStart", DbType.Int32),
        ("QuoteEnd", DbType.Int32), ("Qualifier", DbType.String), ("Value", DbType.String), ("Min", DbType.String),
        ("Max", DbType.String), ("Precision", DbType.String), ("AsOf", DbType.String), ("AttributedTo", DbType.String),
        ("Note", DbType.String), ("Signature", DbType.String),
    ];

    private sealed class StoredClaim
    {
        public long Id { get; init; }
        public string Signature { get; init; } = "";
        public string? Precision { get; set; }
        public string? Note { get; set; }
    }
}
