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

    public static async Task<IReadOnlyList<string>> ApplyAsync(DbConnection connection)
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
                await using var transaction = await connection.BeginTransactionAsync();
                // Checked inside the write lock: two instances starting at once apply each script once.
                var done = await connection.ExecuteScalarAsync<long>(
                    "SELECT count(*) FROM schema_journal WHERE script = @name", new { name }, transaction);
                if (done > 0) continue;

                await connection.ExecuteAsync(sql, transaction: transaction);
                await connection.ExecuteAsync(
                    "INSERT INTO schema_journal (script, applied_at) VALUES (@name, @at)",
                    new { name, at = DateTimeOffset.UtcNow.ToString("O") }, transaction);
                await transaction.CommitAsync();
                applied.Add(name);
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
