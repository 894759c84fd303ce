using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using FactCheck.Api.Infrastructure;
using FactCheck.Api.Infrastructure.Access;
using Microsoft.Data.Sqlite;

namespace FactCheck.Api.Tests;

/// <summary>The API's own process is killed with SIGKILL in the middle of a bulk import: the file stays sound and holds all of it or none.</summary>
public sealed class CrashSafetyTests : IDisposable
{
    private const int Claims = 30_000;
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"factcheck-crash-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
            File.Delete(file);
    }

    [Fact]
    public async Task A_bulk_import_killed_midway_leaves_a_sound_file_with_all_or_none_of_it()
    {
        string key;
        await using (var connection = await new Database($"Data Source={_database}").OpenAsync(CancellationToken.None))
        {
            await Migrator.ApplyAsync(connection);
            key = (await ApiKeys.CreateAsync(connection, "crash-test", CancellationToken.None))!;
        }

        var port = FreePort();
        using var api = StartApi(port);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Add(ApiKeys.Header, key);
        await WaitUntilReadyAsync(client);

        // Kill once the import's transaction is writing pages to the WAL, not committed yet.
        var wal = new FileInfo(_database + "-wal");
        var walBefore = wal.Exists ? wal.Length : 0;
        var import = client.PostAsync("/imports", new StringContent(Document(), Encoding.UTF8, "application/json"));
        for (var waited = 0; waited < 500 && !import.IsCompleted; waited++)
        {
            wal.Refresh();
            if (wal.Exists && wal.Length > walBefore + 256 * 1024) break;
            await Task.Delay(20);
        }
        api.Kill(entireProcessTree: true);
        await api.WaitForExitAsync();
        Assert.False(import.IsCompletedSuccessfully, "the import finished before the kill: nothing was tested");

        using var check = new SqliteConnection($"Data Source={_database}");
        check.Open();
        Assert.Equal("ok", Scalar(check, "PRAGMA integrity_check;"));
        var stored = (long)Scalar(check, "SELECT count(*) FROM claims;");
        Assert.True(stored is 0 or Claims, $"{stored} of {Claims} claims survived: the import was cut in half");
        Assert.Equal(stored, (long)Scalar(check, "SELECT count(*) FROM claim_search;"));
    }

    private static object Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()!;
    }

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
        start.Environment["ConnectionStrings__FactCheck"] = $"Data Source={_database}";
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
