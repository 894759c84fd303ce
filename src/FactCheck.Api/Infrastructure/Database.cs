using Microsoft.Data.Sqlite;

namespace FactCheck.Api.Infrastructure;

/// <summary>Opens one pooled connection per operation on the configured SQLite file.</summary>
internal sealed class Database
{
    private readonly string _connectionString;

    public Database(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = 30,
        };
        _connectionString = builder.ToString();
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        // The history triggers ask who writes and why (migration 0005).
        connection.CreateFunction("current_author", () => Actor.Author, isDeterministic: false);
        connection.CreateFunction("revision_action", (string fallback) => Actor.Action ?? fallback, isDeterministic: false);
        // Writers queue for the lock instead of failing at once with "database is locked".
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout = 10000;";
        await pragma.ExecuteNonQueryAsync(ct);
        return connection;
    }
}
