using System.Data.Common;
using System.Text.Json;
using Dapper;
using FactCheck.Api.Infrastructure;

namespace FactCheck.Api.Features.History;

/// <summary>One kept state of a source, quantity, claim or relation.</summary>
/// <param name="Id">The revision's own id: restore it with POST /revisions/{id}/restore.</param>
/// <param name="Entity">source, quantity, claim or relation.</param>
/// <param name="EntityId">The item's id (for a quantity, its internal id; its key is in data).</param>
/// <param name="Revision">The item's revision number, from 1.</param>
/// <param name="Action">create, update, delete (a tombstone: data holds the state it removed) or restore.</param>
/// <param name="At">When, in UTC, to the millisecond.</param>
/// <param name="Author">The name of the API key that wrote it; system for the API itself, migration for what predates history.</param>
/// <param name="Data">The item's full state, as stored (snake_case columns).</param>
internal sealed record RevisionResponse(long Id, string Entity, long EntityId, int Revision, string Action, DateTimeOffset At, string Author, JsonElement Data);

internal static class RevisionQueries
{
    private const string Columns = "id, entity, entity_id, revision, action, at, author, data";

    public static async Task<IReadOnlyList<RevisionResponse>> OfAsync(DbConnection connection, string entity, long entityId, CancellationToken ct,
        DbTransaction? transaction = null) =>
        (await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM revisions WHERE entity = @entity AND entity_id = @entityId ORDER BY revision;",
            new { entity, entityId }, transaction, cancellationToken: ct))).Select(r => r.ToResponse()).ToList();

    public static async Task<RevisionResponse?> FindAsync(DbConnection connection, long id, CancellationToken ct, DbTransaction? transaction = null) =>
        (await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM revisions WHERE id = @id;", new { id }, transaction, cancellationToken: ct)))?.ToResponse();

    /// <summary>The id a quantity had under this key: its current one, or the last one a revision gave it.</summary>
    public static async Task<long?> QuantityIdAsync(DbConnection connection, string key, CancellationToken ct) =>
        await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition($"""
            SELECT coalesce(
                (SELECT id FROM quantities WHERE key = @key),
                (SELECT entity_id FROM revisions WHERE entity = 'quantity' AND {connection.JsonField("data", "key")} = @key ORDER BY id DESC LIMIT 1));
            """, new { key }, cancellationToken: ct));

    private sealed class Row
    {
        public long Id { get; init; }
        public string Entity { get; init; } = "";
        public long EntityId { get; init; }
        public long Revision { get; init; }
        public string Action { get; init; } = "";
        public string At { get; init; } = "";
        public string Author { get; init; } = "";
        public string Data { get; init; } = "{}";

        public RevisionResponse ToResponse() => new(Id, Entity, EntityId, (int)Revision, Action,
            DateTimeOffset.Parse(At, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal),
            Author, JsonDocument.Parse(Data).RootElement.Clone());
    }
}
