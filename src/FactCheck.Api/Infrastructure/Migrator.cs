using System.Data.Common;
using System.Reflection;
using Dapper;

namespace FactCheck.Api.Infrastructure;

/// <summary>
/// Applies the forward-only scripts of db/migrations/{sqlite,postgres} (embedded in this assembly)
/// in name order, one transaction each, and records each in a journal so that starting twice
/// changes nothing. Both engines journal the same script names.
/// </summary>
internal static class Migrator
{
    // Any fixed number: the advisory lock that lets one PostgreSQL instance at a time migrate.
    private const long PostgresMigrationLock = 0x46_43_4D_49_47;

    /// <summary>The first line of a SQLite script that must run with foreign keys off (a table rebuild).</summary>
    private const string ForeignKeysOff = "-- foreign keys off";

    /// <param name="upTo">The last script to apply, for a test that builds a store as an earlier version left it.</param>
    public static async Task<IReadOnlyList<string>> ApplyAsync(DbConnection connection, string? upTo = null)
    {
        var postgres = connection.IsPostgres();
        if (postgres)
            await connection.ExecuteAsync("SELECT pg_advisory_lock(@PostgresMigrationLock);", new { PostgresMigrationLock });
        else
            // WAL lets readers work while one writer writes; the setting persists in the file.
            await connection.ExecuteAsync("PRAGMA journal_mode = WAL;");
        try
        {
            await connection.ExecuteAsync("""
                CREATE TABLE IF NOT EXISTS schema_journal (
                    script     TEXT PRIMARY KEY,
                    applied_at TEXT NOT NULL
                );
                """);

            var applied = new List<string>();
            foreach (var (name, sql) in Scripts(postgres ? "postgres" : "sqlite"))
            {
                if (upTo is not null && string.CompareOrdinal(name, upTo) > 0) break;
                // A script that rebuilds a table SQLite cannot alter in place runs with foreign keys off,
                // which SQLite allows only outside a transaction, and proves them intact before it commits.
                var foreignKeysOff = !postgres && sql.StartsWith(ForeignKeysOff, StringComparison.Ordinal);
                if (foreignKeysOff) await connection.ExecuteAsync("PRAGMA foreign_keys = OFF;");
                try
                {
                    await using var transaction = await connection.BeginTransactionAsync();
                    // Checked inside the write lock: two instances starting at once apply each script once.
                    var done = await connection.ExecuteScalarAsync<long>(
                        "SELECT count(*) FROM schema_journal WHERE script = @name", new { name }, transaction);
                    if (done > 0) continue;

                    await connection.ExecuteAsync(sql, transaction: transaction);
                    if (foreignKeysOff && (await connection.QueryAsync("PRAGMA foreign_key_check;", transaction: transaction)).Any())
                        throw new InvalidOperationException($"Migration {name} would leave rows whose references name nothing; nothing was changed.");
                    await connection.ExecuteAsync(
                        "INSERT INTO schema_journal (script, applied_at) VALUES (@name, @at)",
                        new { name, at = DateTimeOffset.UtcNow.ToString("O") }, transaction);
                    await transaction.CommitAsync();
                    applied.Add(name);
                }
                finally
                {
                    if (foreignKeysOff) await connection.ExecuteAsync("PRAGMA foreign_keys = ON;");
                }
            }
            return applied;
        }
        finally
        {
            if (postgres)
                await connection.ExecuteAsync("SELECT pg_advisory_unlock(@PostgresMigrationLock);", new { PostgresMigrationLock });
        }
    }

    private static IEnumerable<(string Name, string Sql)> Scripts(string engine)
    {
        var prefix = $"migrations/{engine}/";
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var resource in assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            yield return (resource[prefix.Length..], reader.ReadToEnd());
        }
    }
}
