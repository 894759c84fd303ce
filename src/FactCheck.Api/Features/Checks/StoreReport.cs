using System.Collections.Immutable;
using System.Data.Common;
using Dapper;
using FactCheck.Api.Features.Decisions;
using FactCheck.Api.Infrastructure;
using FactCheck.Domain;

namespace FactCheck.Api.Features.Checks;

/// <summary>
/// The consistency report of the whole store, shared by every reader until the next change to the records (the
/// store_version counter that every write bumps). The first check reads the whole store. After a write, the quantities
/// it moved (migration 0013) and every quantity their relations reach are read and checked again
/// (<see cref="Recheck"/>); the rest of the report stands.
/// </summary>
internal sealed class StoreReport(Database db)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Checked? _current;

    /// <summary>The records, their check, and the desk's decisions on its findings (adding one bumps the version too).</summary>
    internal sealed record Checked(long Version, ClaimWorld World, ConsistencyReport Report, DecisionBook Decisions)
    {
        private Func<string, string>? _unitOf;

        /// <summary>The key of each quantity checked, by id: what a quantity that moves later was called in this check.</summary>
        public ImmutableDictionary<long, string> Keys { get; init; } = ImmutableDictionary<long, string>.Empty;

        /// <summary>The unit of each quantity, to write intervals in words: looked up once per check, not per request.</summary>
        public Func<string, string> UnitOf => _unitOf ??= World.UnitOf();
    }

    private const string StoreSql = "SELECT version FROM store_version; SELECT id, key FROM quantities;";

    private const string MovedSql = """
        SELECT version FROM store_version;
        SELECT m.quantity_id, q.key FROM quantity_moves m LEFT JOIN quantities q ON q.id = m.quantity_id WHERE m.at_version >= @version;
        """;

    public async Task<Checked> GetAsync(CancellationToken ct)
    {
        await using var connection = await db.OpenReadAsync(ct);
        var version = await StoreVersion.ReadAsync(connection, ct);
        if (_current is { } current && current.Version == version) return current;

        await _gate.WaitAsync(ct);
        try
        {
            if (_current is { } fresh && fresh.Version == version) return fresh;
            var (read, world, report, keys) = await CheckAsync(connection, _current, ct);
            _current = new Checked(read, world, report, await DecisionBook.ReadAsync(connection, ct)) { Keys = keys };
            return _current;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static async Task<(long Version, ClaimWorld World, ConsistencyReport Report, ImmutableDictionary<long, string> Keys)> CheckAsync(
        DbConnection connection, Checked? before, CancellationToken ct)
    {
        await using var transaction = connection.BeginSnapshot();
        if (before is not null)
        {
            await using var moves = await connection.QueryMultipleAsync(new CommandDefinition(
                MovedSql, new { version = before.Version }, transaction, cancellationToken: ct));
            var version = await moves.ReadSingleAsync<long>();
            var moved = (await moves.ReadAsync<(long Id, string? Key)>()).ToList();
            // Past half the quantities (an import), one read of the whole store costs less than picking them out.
            if (moved.Count <= before.Keys.Count / 2)
            {
                var (world, report) = await RecheckAsync(connection, transaction, before,
                    moved.SelectMany(m => new[] { before.Keys.GetValueOrDefault(m.Id), m.Key }).OfType<string>(), ct);
                var known = before.Keys.RemoveRange(moved.Where(m => m.Key is null).Select(m => m.Id))
                    .SetItems(moved.Where(m => m.Key is not null).Select(m => KeyValuePair.Create(m.Id, m.Key!)));
                return (version, world, report, known);
            }
        }

        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(StoreSql, transaction: transaction, cancellationToken: ct));
        var read = await results.ReadSingleAsync<long>();
        var keys = (await results.ReadAsync<(long Id, string Key)>()).ToImmutableDictionary(q => q.Id, q => q.Key);
        var store = await ClaimWorldQueries.AllAsync(connection, transaction, ct);
        var (kept, checkedStore) = Recheck.Kept(store, ConsistencyEngine.Check(store));
        return (read, kept, checkedStore, keys);
    }

    /// <summary>
    /// The quantities that moved and every quantity the kept world's relations reach from them, checked again. A relation
    /// made or changed since moved every quantity it names, so no relation of the store as it is now reaches further.
    /// </summary>
    private static async Task<(ClaimWorld World, ConsistencyReport Report)> RecheckAsync(
        DbConnection connection, DbTransaction transaction, Checked before, IEnumerable<string> moved, CancellationToken ct)
    {
        var keys = Recheck.Reach(moved, Recheck.Network(before.World.Relations));
        if (keys.Count == 0) return (before.World, before.Report);
        var part = await ClaimWorldQueries.AroundAsync(connection, transaction, keys, ct);
        return (Recheck.Replace(before.World, keys, part), Recheck.Replace(before.Report, keys, ConsistencyEngine.Check(part)));
    }
}
