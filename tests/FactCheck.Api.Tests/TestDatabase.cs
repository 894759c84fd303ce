using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FactCheck.Api.Tests;

/// <summary>
/// A store of its own for the APIs of one test, deleted afterwards: a SQLite file, or, in the
/// PostgreSQL build of this suite (FactCheck.Api.Tests.Postgres), a PostgreSQL database on the
/// server that FACTCHECK_TEST_POSTGRES names (by default the one .ci/postgres starts).
/// </summary>
public sealed class TestDatabase : IDisposable
{
    /// <summary>How many migration scripts the API ships for this engine: a store it migrated journals each once.</summary>
    public static long MigrationScripts => typeof(Program).Assembly.GetManifestResourceNames()
        .Count(name => name.StartsWith($"migrations/{Engine}/", StringComparison.Ordinal));

#if POSTGRES
    public static string Engine => "postgres";

    internal static readonly string Server = Environment.GetEnvironmentVariable("FACTCHECK_TEST_POSTGRES")
        ?? "Host=127.0.0.1;Port=5432;Username=factcheck;Password=factcheck;Database=postgres";

    private readonly string _name = $"factcheck_test_{Guid.NewGuid():N}";

    public TestDatabase()
    {
        // C collation: text sorts by code point, as in SQLite; a UTF-8 ctype, so search and lower() know every letter.
        Admin($"CREATE DATABASE {_name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8';");
        ConnectionString = new NpgsqlConnectionStringBuilder(Server) { Database = _name }.ToString();
    }

    public DbConnection Open()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        // On a server where the role may not end autovacuum's worker (.ci/postgres grants it), the drop
        // waits for the worker to finish instead.
        for (var attempt = 1; ; attempt++)
            try
            {
                Admin($"DROP DATABASE IF EXISTS {_name} WITH (FORCE);");
                return;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse && attempt < 50)
            {
                Thread.Sleep(200);
            }
    }

    private static void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
#else
    public static string Engine => "sqlite";

    public TestDatabase() => ConnectionString = $"Data Source={Path}";

    /// <summary>The SQLite file.</summary>
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"factcheck-test-{Guid.NewGuid():N}.db");

    public DbConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString + ";Foreign Keys=True");
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
            File.Delete(file);
    }
#endif

    public string ConnectionString { get; }

    /// <summary>The API's own handle on this store, for a test that migrates or writes as the API does.</summary>
    internal FactCheck.Api.Infrastructure.Database Store() =>
        new(ConnectionString, Engine == "postgres" ? FactCheck.Api.Infrastructure.Engine.Postgres : FactCheck.Api.Infrastructure.Engine.Sqlite);

    /// <summary>The one value <paramref name="sql"/> reads.</summary>
    public object? Scalar(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
