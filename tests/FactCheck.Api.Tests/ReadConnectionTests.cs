#if !POSTGRES
using Dapper;
using FactCheck.Api.Infrastructure;
using Microsoft.Data.Sqlite;

namespace FactCheck.Api.Tests;

/// <summary>Reads go through read-only SQLite connections: they see every committed write and cannot write.</summary>
public sealed class ReadConnectionTests
{
    [Fact]
    public async Task A_read_connection_sees_the_last_write_and_refuses_one_of_its_own()
    {
        using var file = new TestDatabase();
        using var db = file.Store();
        await Migrator.ApplyAsync(db);
        await using (var write = await db.OpenAsync(CancellationToken.None))
            await write.ExecuteAsync("INSERT INTO sources (publisher, title, published_at) VALUES ('Wire', 'Read after write', '2025-09-01');");

        await using var read = await db.OpenReadAsync(CancellationToken.None);
        Assert.Equal("Read after write", await read.QuerySingleAsync<string>("SELECT title FROM sources WHERE publisher = 'Wire';"));
        var refused = await Assert.ThrowsAsync<SqliteException>(() =>
            read.ExecuteAsync("INSERT INTO sources (publisher, title, published_at) VALUES ('Wire', 'Written by a read', '2025-09-01');"));
        Assert.Equal(SQLitePCL.raw.SQLITE_READONLY, refused.SqliteErrorCode);
        Assert.Equal(1L, file.Scalar("SELECT count(*) FROM sources WHERE publisher = 'Wire';"));
    }
}
#endif
