using System.Globalization;
#if !POSTGRES
using Microsoft.Data.Sqlite;
#endif

namespace FactCheck.Api.Tests;

/// <summary>The store's own word that nothing is broken: SQLite's integrity and foreign-key checks, and every reference counted on either engine.</summary>
internal static class StoreChecks
{
    // Every reference a row makes, as a count of the rows whose reference names nothing.
    private const string Orphans = """
        SELECT (SELECT count(*) FROM claims c WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.id = c.source_id))
             + (SELECT count(*) FROM claims c WHERE NOT EXISTS (SELECT 1 FROM quantities q WHERE q.id = c.quantity_id))
             + (SELECT count(*) FROM relation_terms t WHERE NOT EXISTS (SELECT 1 FROM relations r WHERE r.id = t.relation_id))
             + (SELECT count(*) FROM relation_terms t WHERE NOT EXISTS (SELECT 1 FROM quantities q WHERE q.id = t.quantity_id));
        """;

    public static void AssertIntact(TestDatabase database)
    {
        Assert.Equal(0L, Convert.ToInt64(database.Scalar(Orphans), CultureInfo.InvariantCulture));
#if !POSTGRES
        // A connection of its own: a pooled one that checked earlier keeps FTS5's view of the index
        // from then, and SQLite 3.50 then reports the index another connection has since written as malformed.
        using var connection = new SqliteConnection(database.ConnectionString + ";Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        Assert.Equal("ok", command.ExecuteScalar());
        command.CommandText = "PRAGMA foreign_key_check;";
        Assert.Null(command.ExecuteScalar());
#endif
    }
}
