using System.Diagnostics;
using System.Globalization;
using FactCheck.Load;
using Microsoft.Data.Sqlite;

/// <summary>
/// The yardstick of the bulk import: the load run's rows (the same seed as the API's import), inserted into a store
/// made by the same migrations (the same tables and indexes, the sources' and quantities' triggers) with the claims'
/// four insert triggers dropped, one transaction per 10,000 claims, through prepared statements, with the page cache
/// the API's import sets (64 MiB) and statement journals in memory, as the API keeps them. It writes the claims and
/// nothing about them: no search index, no revision, no store version, no quantity marked as moved. That is the floor
/// under the API's import, which does all four.
/// </summary>
internal static class BareImport
{
    public static int Run(string database, string migrations, int claims, int quantities, int sources)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        connection.Open();
        // The sources' and quantities' history triggers ask who writes and why.
        connection.CreateFunction("current_author", () => "bare");
        connection.CreateFunction("revision_action", (string? action) => action);
        foreach (var script in Directory.GetFiles(migrations, "*.sql").Order(StringComparer.Ordinal))
            Execute(connection, File.ReadAllText(script));
        Execute(connection, """
            PRAGMA journal_mode = WAL;
            PRAGMA cache_size = -65536;
            PRAGMA temp_store = MEMORY;
            DROP TRIGGER claims_insert_bumps_version;
            DROP TRIGGER claims_insert_indexes;
            DROP TRIGGER claims_insert_keeps_revision;
            DROP TRIGGER claims_insert_moves_quantity;
            """);

        using var source = Prepared(connection,
            "INSERT INTO sources (publisher, title, url, published_at) VALUES ($1, $2, $3, '2025-09-01') ON CONFLICT DO NOTHING;", 3);
        using var quantity = Prepared(connection,
            "INSERT INTO quantities (key, label, unit, kind) VALUES ($1, $2, 'people', 'event') ON CONFLICT DO NOTHING;", 2);
        using var claim = Prepared(connection, """
            INSERT INTO claims (source_id, quantity_id, quote, qualifier, value, signature)
            SELECT s.id, q.id, $3, $4, $5, $6 FROM sources s, quantities q WHERE s.url = $1 AND q.key = $2;
            """, 6);
        var clock = Stopwatch.StartNew();
        foreach (var batch in GeneratedStore.Batches(claims, quantities, sources))
        {
            using var transaction = connection.BeginTransaction();
            foreach (var s in batch.Sources) Execute(source, transaction, s.Publisher, s.Title, s.Url);
            foreach (var q in batch.Quantities) Execute(quantity, transaction, q.Key, q.Label);
            foreach (var c in batch.Claims)
            {
                var url = string.Create(CultureInfo.InvariantCulture, $"https://load.example/{c.Source}");
                var value = c.Value.ToString(CultureInfo.InvariantCulture);
                Execute(claim, transaction, url, c.Quantity, c.Quote, c.Qualifier, value, $"{url}\u001f{c.Quantity}\u001f{c.Quote}\u001f{c.Qualifier}\u001f{value}");
            }
            transaction.Commit();
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"inserted {claims} claims over {quantities} quantities and {sources} sources in {clock.Elapsed.TotalSeconds:0.0} s ({claims / clock.Elapsed.TotalSeconds:0} claims/s)"));
        return 0;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Prepared(SqliteConnection connection, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 1; i <= parameters; i++) command.Parameters.Add(new SqliteParameter($"${i}", SqliteType.Text));
        return command;
    }

    private static void Execute(SqliteCommand command, SqliteTransaction transaction, params string[] values)
    {
        command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
        command.ExecuteNonQuery();
    }
}
