using System.Data;
using System.Reflection;
using Dapper;
using DbUp;
using DbUp.Engine;
using DbUp.Engine.Transactions;
using Microsoft.Data.Sqlite;

namespace FactCheck.Api.Infrastructure;

/// <summary>
/// Applies the forward-only scripts of db/migrations/{sqlite,postgres}, embedded in this assembly,
/// with DbUp: in name order, one transaction each, each recorded in schema_journal (as the
/// migrator before DbUp recorded them, so a store it made goes on from where it was). One instance
/// migrates at a time: a PostgreSQL advisory lock, or on SQLite an exclusive lock on a file beside
/// the store. SQLite's scripts run with foreign keys off, as SQLite asks of a table rebuild; a
/// script that rebuilds one checks the references itself before it commits.
/// </summary>
internal static class Migrator
{
    // Any fixed number: the advisory lock that lets one PostgreSQL instance at a time migrate.
    private const long PostgresMigrationLock = 0x46_43_4D_49_47;

    /// <param name="upTo">The last script to apply, for a test that builds a store as an earlier version left it.</param>
    /// <returns>The scripts applied now.</returns>
    public static async Task<IReadOnlyList<string>> ApplyAsync(Database db, string? upTo = null)
    {
        var postgres = db.Engine == Engine.Postgres;
        var prefix = $"migrations/{(postgres ? "postgres" : "sqlite")}/";
        await using var exclusive = await ExclusiveAsync(db);

        var builder = postgres
            ? DeployChanges.To.PostgresqlDatabase(db.ConnectionString)
            : DeployChanges.To.SqliteDatabase(new SqliteConnectionStringBuilder(db.ConnectionString) { ForeignKeys = false, Pooling = false }.ToString());
        var result = builder
            .WithScriptsEmbeddedInAssembly(Assembly.GetExecutingAssembly(),
                name => name.StartsWith(prefix, StringComparison.Ordinal) && (upTo is null || string.CompareOrdinal(name[prefix.Length..], upTo) <= 0))
            .WithTransactionPerScript()
            .WithVariablesDisabled()   // PostgreSQL's $$ bodies are SQL, not DbUp variables
            .JournalTo((connections, _) => new SchemaJournal(connections, prefix))
            .LogToNowhere()
            .Build()
            .PerformUpgrade();
        if (!result.Successful)
            throw new InvalidOperationException($"Migration {result.ErrorScript?.Name ?? "(none)"} failed; it changed nothing.", result.Error);
        return result.Scripts.Select(s => s.Name[prefix.Length..]).ToList();
    }

    /// <summary>Held while this instance migrates; another instance starting at once waits for it.</summary>
    private static async Task<IAsyncDisposable> ExclusiveAsync(Database db)
    {
        if (db.Engine == Engine.Postgres)
        {
            var connection = await db.OpenAsync(CancellationToken.None);
            await connection.ExecuteAsync("SELECT pg_advisory_lock(@PostgresMigrationLock);", new { PostgresMigrationLock });
            return new Unlocking(connection);
        }

        // WAL lets readers work while one writer writes; the setting persists in the file.
        await using (var connection = await db.OpenAsync(CancellationToken.None))
            await connection.ExecuteAsync("PRAGMA journal_mode = WAL;");
        var path = new SqliteConnectionStringBuilder(db.ConnectionString).DataSource + ".migrating";
        for (var attempt = 0; ; attempt++)
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (attempt < 600)
            {
                await Task.Delay(50);
            }
    }

    /// <summary>
    /// Releases the advisory lock before the connection goes back to the pool: pooled connections keep
    /// their session (no DISCARD ALL, Database.cs), so closing alone would leave the lock held.
    /// </summary>
    private sealed class Unlocking(System.Data.Common.DbConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await connection.ExecuteAsync("SELECT pg_advisory_unlock(@PostgresMigrationLock);", new { PostgresMigrationLock });
            await connection.DisposeAsync();
        }
    }

    /// <summary>DbUp's record of applied scripts, kept in the schema_journal table under the scripts' file names.</summary>
    private sealed class SchemaJournal(Func<IConnectionManager> connections, string prefix) : IJournal
    {
        private const string CreateSql = "CREATE TABLE IF NOT EXISTS schema_journal (script TEXT PRIMARY KEY, applied_at TEXT NOT NULL);";

        public string[] GetExecutedScripts() =>
            connections().ExecuteCommandsWithManagedConnection(commands =>
            {
                EnsureTableExistsAndIsLatestVersion(commands);
                using var command = commands();
                command.CommandText = "SELECT script FROM schema_journal ORDER BY script;";
                using var reader = command.ExecuteReader();
                var scripts = new List<string>();
                while (reader.Read()) scripts.Add(prefix + reader.GetString(0));
                return scripts.ToArray();
            });

        public void StoreExecutedScript(SqlScript script, Func<IDbCommand> dbCommandFactory)
        {
            using var command = dbCommandFactory();
            command.CommandText = "INSERT INTO schema_journal (script, applied_at) VALUES (@script, @at);";
            Add(command, "script", script.Name[prefix.Length..]);
            Add(command, "at", DateTimeOffset.UtcNow.ToString("O"));
            command.ExecuteNonQuery();
        }

        public void EnsureTableExistsAndIsLatestVersion(Func<IDbCommand> dbCommandFactory)
        {
            using var command = dbCommandFactory();
            command.CommandText = CreateSql;
            command.ExecuteNonQuery();
        }

        private static void Add(IDbCommand command, string name, string value)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
    }
}
