using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FactCheck.Api.Infrastructure;

/// <summary>The engines FactCheck stores its records in: SQLite embedded, or PostgreSQL shared by several instances.</summary>
internal enum Engine
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Opens one pooled connection per operation on the configured store: FactCheck:Store names the
/// engine (sqlite, the default, or postgres) and ConnectionStrings:FactCheck where it is.
/// </summary>
internal sealed class Database : IDisposable
{
    private readonly string _sqlite = "";
    private readonly NpgsqlDataSource? _postgres;

    public Database(string connectionString, Engine engine = Engine.Sqlite)
    {
        Engine = engine;
        ConnectionString = connectionString;
        if (engine == Engine.Postgres)
        {
            // Nothing a request leaves on a session outlives it (settings and locks are per transaction),
            // so a pooled connection needs no DISCARD ALL, and keeps the statements it prepared.
            var postgres = new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true };
            if (postgres.MaxAutoPrepare == 0) postgres.MaxAutoPrepare = 64;
            _postgres = NpgsqlDataSource.Create(postgres);
            return;
        }
        _sqlite = new SqliteConnectionStringBuilder(connectionString)
        {
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public static Database From(IConfiguration configuration)
    {
        var store = configuration["FactCheck:Store"] ?? "sqlite";
        var engine = store.ToLowerInvariant() switch
        {
            "sqlite" => Engine.Sqlite,
            "postgres" or "postgresql" => Engine.Postgres,
            _ => throw new InvalidOperationException($"FactCheck:Store is '{store}'; it must be sqlite or postgres."),
        };
        var connectionString = configuration.GetConnectionString("FactCheck")
            ?? (engine == Engine.Sqlite ? "Data Source=factcheck.db" : throw new InvalidOperationException("ConnectionStrings:FactCheck names no PostgreSQL database."));
        return new Database(connectionString, engine);
    }

    public Engine Engine { get; }

    /// <summary>The connection string as configured, for tools that open their own connections (the migrations).</summary>
    public string ConnectionString { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        if (_postgres is not null) return await _postgres.OpenConnectionAsync(ct);

        var connection = new SqliteConnection(_sqlite);
        await connection.OpenAsync(ct);
        // The history triggers ask who writes and why (migration 0005). PostgreSQL's read the
        // settings each write transaction makes (Sql.BeginWriteAsync).
        connection.CreateFunction("current_author", () => Actor.Author, isDeterministic: false);
        connection.CreateFunction("revision_action", (string fallback) => Actor.Action ?? fallback, isDeterministic: false);
        // Writers queue for the lock instead of failing at once with "database is locked".
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout = 10000;";
        await pragma.ExecuteNonQueryAsync(ct);
        return connection;
    }

    public void Dispose() => _postgres?.Dispose();
}
