using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using FactCheck.Api.Infrastructure;
using FactCheck.Api.Infrastructure.Access;

namespace FactCheck.Api.Tests;

/// <summary>
/// The API's own process is killed with SIGKILL in the middle of a bulk import: the store stays
/// sound and holds all of it or none.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private const int Claims = 30_000;
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_bulk_import_killed_midway_leaves_a_sound_store_with_all_or_none_of_it()
    {
        string key;
        using (var store = _database.Store())
            await Migrator.ApplyAsync(store);
        await using (var connection = _database.Open())
            key = (await ApiKeys.CreateAsync(connection, "crash-test", CancellationToken.None))!;

        var port = FreePort();
        using var api = StartApi(port);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Add(ApiKeys.Header, key);
        await WaitUntilReadyAsync(client);

        // Kill once the import's transaction is open and writing, not committed yet.
        var writing = ImportIsWriting();
        var import = client.PostAsync("/imports", new StringContent(Document(), Encoding.UTF8, "application/json"));
        for (var waited = 0; waited < 3000 && !import.IsCompleted && !writing(); waited++)
            await Task.Delay(20);
        api.Kill(entireProcessTree: true);
        await api.WaitForExitAsync();
        Assert.False(import.IsCompletedSuccessfully, "the import finished before the kill: nothing was tested");

        var stored = Convert.ToInt64(_database.Scalar("SELECT count(*) FROM claims;"));
        Assert.True(stored is 0 or Claims, $"{stored} of {Claims} claims survived: the import was cut in half");
        Assert.Equal(stored, Convert.ToInt64(_database.Scalar("SELECT count(*) FROM revisions WHERE entity = 'claim';")));
#if !POSTGRES
        Assert.Equal("ok", _database.Scalar("PRAGMA integrity_check;"));
        Assert.Equal(stored, Convert.ToInt64(_database.Scalar("SELECT count(*) FROM claim_search;")));
#endif
    }

#if POSTGRES
    // The server shows the import's INSERT while it runs.
    private Func<bool> ImportIsWriting() => () => Convert.ToInt64(_database.Scalar(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND query LIKE 'INSERT INTO claims%';")) > 0;
#else
    // The import holds SQLite's write lock from its BEGIN IMMEDIATE to its commit, and nothing else
    // writes here. Its pages stay in a large cache until the commit, so the WAL's size tells nothing
    // until then. Asking for the lock without waiting tells whether it is held.
    private Func<bool> ImportIsWriting() => () =>
    {
        using var probe = new Microsoft.Data.Sqlite.SqliteConnection(_database.ConnectionString);
        probe.Open();
        var code = SQLitePCL.raw.sqlite3_exec(probe.Handle, "BEGIN IMMEDIATE;");
        if (code == SQLitePCL.raw.SQLITE_OK) SQLitePCL.raw.sqlite3_exec(probe.Handle, "ROLLBACK;");
        return code == SQLitePCL.raw.SQLITE_BUSY;
    };
#endif

    private static string Document() => new JsonObject
    {
        ["sources"] = new JsonArray(new JsonObject { ["id"] = "s", ["publisher"] = "Wire", ["title"] = "Bulk", ["published"] = "2025-09-01" }),
        ["quantities"] = new JsonArray(new JsonObject { ["key"] = "crash/test", ["label"] = "Crash test", ["unit"] = "usd", ["kind"] = "event" }),
        ["claims"] = new JsonArray(Enumerable.Range(0, Claims).Select(i => (JsonNode)new JsonObject
        {
            ["source"] = "s", ["quantity"] = "crash/test", ["quote"] = $"claim number {i}", ["qualifier"] = "exact", ["value"] = i,
        }).ToArray()),
    }.ToJsonString();

    private Process StartApi(int port)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "FactCheck.Api.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            UseShellExecute = false,
        };
        start.Environment["FactCheck__Store"] = TestDatabase.Engine;
        start.Environment["ConnectionStrings__FactCheck"] = _database.ConnectionString;
        start.Environment["FactCheck__SeedOnFirstStart"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return Process.Start(start)!;
    }

    private static async Task WaitUntilReadyAsync(HttpClient client)
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            try
            {
                if ((await client.GetAsync("/ready")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(200);
        }
        Assert.Fail("The API did not become ready.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
