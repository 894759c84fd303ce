using System.Data;
using System.Data.Common;
using Dapper;
using Npgsql;

namespace FactCheck.Api.Infrastructure;

/// <summary>
/// What differs between the engines, in one place: how a write and a snapshot begin, and the
/// few pieces of SQL that SQLite and PostgreSQL spell differently. Everything else is shared SQL.
/// </summary>
internal static class Sql
{
    // Any fixed number: the advisory lock that lets one write at a time at a PostgreSQL store.
    private const long PostgresWriteLock = 0x46_43_57_52_49_54_45;

    public static bool IsPostgres(this DbConnection connection) => connection is NpgsqlConnection;

    /// <summary>
    /// A write transaction. On SQLite it takes the database's one write lock at once (BEGIN
    /// IMMEDIATE); on PostgreSQL an advisory lock does the same across every instance sharing the
    /// database, so a check-then-write reads what every earlier write left. It also tells the
    /// history triggers who writes and why.
    /// </summary>
    public static async Task<DbTransaction> BeginWriteAsync(this DbConnection connection, CancellationToken ct)
    {
        var transaction = await connection.BeginTransactionAsync(ct);
        if (connection.IsPostgres())
            await connection.ExecuteAsync(new CommandDefinition(
                "SELECT pg_advisory_xact_lock(@PostgresWriteLock), set_config('factcheck.author', @author, true), set_config('factcheck.action', @action, true);",
                new { PostgresWriteLock, author = Actor.Author, action = Actor.Action ?? "" }, transaction, cancellationToken: ct));
        return transaction;
    }

    /// <summary>
    /// For a write of many rows: SQLite's page cache raised to 64 MiB until disposed, so a batch's pages stay in
    /// memory until it commits instead of spilling to disk on the way (the bulk import ran half as fast again).
    /// PostgreSQL's cache is the server's.
    /// </summary>
    public static async Task<IAsyncDisposable> LargeCacheAsync(this DbConnection connection, CancellationToken ct)
    {
        if (connection.IsPostgres()) return new CacheSize(connection, null);
        var before = await connection.ExecuteScalarAsync<long>(new CommandDefinition("PRAGMA cache_size;", cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition("PRAGMA cache_size = -65536;", cancellationToken: ct));
        return new CacheSize(connection, before);
    }

    // Gives a pooled connection back with the cache it came with.
    private sealed class CacheSize(DbConnection connection, long? before) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (before is { } size) await connection.ExecuteAsync($"PRAGMA cache_size = {size};");
        }
    }

    /// <summary>A read-only transaction whose statements all see the same state of the store.</summary>
    public static DbTransaction BeginSnapshot(this DbConnection connection) => connection switch
    {
        Microsoft.Data.Sqlite.SqliteConnection sqlite => sqlite.BeginTransaction(deferred: true),
        _ => connection.BeginTransaction(IsolationLevel.RepeatableRead),
    };

    /// <summary>A subquery of the strings in <paramref name="parameter"/>, a JSON array.</summary>
    public static string JsonTexts(this DbConnection connection, string parameter) => connection.IsPostgres()
        ? $"SELECT value FROM jsonb_array_elements_text(CAST({parameter} AS jsonb))"
        : $"SELECT value FROM json_each({parameter})";

    /// <summary>A subquery of the ids in <paramref name="parameter"/>, a JSON array of integers.</summary>
    public static string JsonIds(this DbConnection connection, string parameter) => connection.IsPostgres()
        ? $"SELECT CAST(value AS bigint) FROM jsonb_array_elements_text(CAST({parameter} AS jsonb))"
        : $"SELECT value FROM json_each({parameter})";

    /// <summary>The text at <paramref name="key"/> of the JSON object in <paramref name="column"/>.</summary>
    public static string JsonField(this DbConnection connection, string column, string key) => connection.IsPostgres()
        ? $"(CAST({column} AS jsonb) ->> '{key}')"
        : $"json_extract({column}, '$.{key}')";

    /// <summary>Whether the store refused a write for breaking a UNIQUE, FOREIGN KEY, CHECK or NOT NULL rule.</summary>
    public static bool IsConstraintViolation(this DbException exception) => exception switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode == 19,
        PostgresException postgres => postgres.SqlState.StartsWith("23", StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>Whether the store was too busy or out of reach for a moment, so the same request may succeed if retried.</summary>
    public static bool IsRetryable(this DbException exception) =>
        // SQLITE_BUSY and SQLITE_LOCKED, which Microsoft.Data.Sqlite does not count as transient; Npgsql
        // does count serialization failures, deadlocks, lock and connection limits, timeouts, and
        // connections the server dropped (a restart, a failover).
        exception is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 } || exception.IsTransient;
}
