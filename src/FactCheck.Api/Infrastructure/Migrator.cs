using System.Reflection;
using Dapper;
using Microsoft.Data.Sqlite;

namespace FactCheck.Api.Infrastructure;

/// <summary>
/// Applies the forward-only scripts of db/migrations (embedded in this assembly) in name order,
/// one transaction each, and records each in a journal so that starting twice changes nothing.
/// </summary>
internal static class Migrator
{
    private const string Prefix = "migrations/";

    public static IReadOnlyList<string> Apply(SqliteConnection connection)
    {
        // WAL lets readers work while one writer writes; the setting persists in the file.
        connection.Execute("PRAGMA journal_mode = WAL;");
        connection.Execute("""
            CREATE TABLE IF NOT EXISTS schema_journal (
                script     TEXT PRIMARY KEY,
                applied_at TEXT NOT NULL
            );
            """);

        var applied = new List<string>();
        foreach (var (name, sql) in Scripts())
        {
            using var transaction = connection.BeginTransaction();
            // Checked inside the write lock: two instances starting at once apply each script once.
            var done = connection.ExecuteScalar<long>(
                "SELECT count(*) FROM schema_journal WHERE script = @name", new { name }, transaction);
            if (done > 0) continue;

            connection.Execute(sql, transaction: transaction);
            connection.Execute(
                "INSERT INTO schema_journal (script, applied_at) VALUES (@name, @at)",
                new { name, at = DateTimeOffset.UtcNow.ToString("O") }, transaction);
            transaction.Commit();
            applied.Add(name);
        }
        return applied;
    }

    private static IEnumerable<(string Name, string Sql)> Scripts()
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var resource in assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            yield return (resource[Prefix.Length..], reader.ReadToEnd());
        }
    }
}
