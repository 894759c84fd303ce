using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Npgsql;
using SQLitePCL;

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
    private readonly string _sqliteReads = "";
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
        // Foreign keys, the busy timeout and the history functions are set once on each pooled
        // handle (Prepare), not by the connection string on every open.
        var sqlite = new SqliteConnectionStringBuilder(connectionString)
        {
            Pooling = true,
            DefaultTimeout = 30,
        };
        _sqlite = sqlite.ToString();
        // A store in memory is one per connection string: a read-only one would open another, empty, store.
        if (sqlite.Mode != SqliteOpenMode.Memory && sqlite.DataSource != ":memory:") sqlite.Mode = SqliteOpenMode.ReadOnly;
        _sqliteReads = sqlite.ToString();
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

    public Task<DbConnection> OpenAsync(CancellationToken ct) => OpenAsync(_sqlite, ct);

    /// <summary>
    /// A connection for an operation that only reads. On SQLite it is opened read-only, from a pool of
    /// its own: SQLite does less for each statement on a read-only connection (the bare list read went
    /// 7% faster on one than on a read-write one, measured side by side), and a read cannot write by
    /// mistake. On PostgreSQL it is an ordinary pooled connection.
    /// </summary>
    public Task<DbConnection> OpenReadAsync(CancellationToken ct) => OpenAsync(_sqliteReads, ct);

    private async Task<DbConnection> OpenAsync(string sqlite, CancellationToken ct)
    {
        if (_postgres is not null) return await _postgres.OpenConnectionAsync(ct);

        var connection = new SqliteConnection(sqlite);
        await connection.OpenAsync(ct);
        var handle = connection.Handle!;
        if (!Prepared.TryGetValue(handle, out _))
        {
            Prepare(handle);
            Prepared.AddOrUpdate(handle, Prepared);
        }
        return connection;
    }

    /// <summary>SQLite handles already <see cref="Prepare">prepared</see>: a pooled handle keeps what was set on it.</summary>
    private static readonly ConditionalWeakTable<sqlite3, object> Prepared = new();

    /// <summary>
    /// What every connection to the store needs, set on the pooled handle itself, once: a connection
    /// string's settings and SqliteConnection.CreateFunction would do it again on every open (and
    /// undo the functions on every close), which cost a read a tenth of its time.
    /// </summary>
    private static void Prepare(sqlite3 handle)
    {
        Check(handle, raw.sqlite3_exec(handle, "PRAGMA foreign_keys = 1;"));
        // A write statement that may fail halfway keeps a statement journal to undo its own part. On disk, that
        // journal cost the bulk import a quarter of its time; it holds at most the pages one statement changes.
        Check(handle, raw.sqlite3_exec(handle, "PRAGMA temp_store = MEMORY;"));
        // Writers queue for the lock instead of failing at once with "database is locked".
        Check(handle, raw.sqlite3_busy_timeout(handle, 10_000));
        // The history triggers ask who writes and why (migration 0005). PostgreSQL's read the
        // settings each write transaction makes (Sql.BeginWriteAsync).
        Check(handle, raw.sqlite3_create_function(handle, "current_author", 0, null,
            (context, _, _) => raw.sqlite3_result_text(context, Actor.Author)));
        Check(handle, raw.sqlite3_create_function(handle, "revision_action", 1, null, (context, _, arguments) =>
        {
            if (Actor.Action is { } action) raw.sqlite3_result_text(context, action);
            else if (raw.sqlite3_value_type(arguments[0]) == raw.SQLITE_NULL) raw.sqlite3_result_null(context);
            else raw.sqlite3_result_text(context, raw.sqlite3_value_text(arguments[0]).utf8_to_string());
        }));
    }

    private static void Check(sqlite3 handle, int code) => SqliteException.ThrowExceptionForRC(code, handle);

    public void Dispose() => _postgres?.Dispose();
}
