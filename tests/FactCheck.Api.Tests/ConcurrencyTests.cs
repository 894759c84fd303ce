using System.Collections.Concurrent;
using System.Net;

namespace FactCheck.Api.Tests;

/// <summary>16 writers and a few readers at once on one store: every acknowledged write is kept, and no client sees a 500.</summary>
public sealed class ConcurrencyTests : IDisposable
{
    private const int Writers = 16;
#if POSTGRES
    // Over the network each write waits on several round trips, which the readers' load on both cores
    // slows to about 15 ms a write: an eighth of SQLite's share keeps this run under a minute.
    private const int ClaimsEach = 250;
#else
    private const int ClaimsEach = 2_000;
#endif
    private readonly ApiFactory _api = new();

    public ConcurrencyTests() => _api.Settings["FactCheck:RateLimit:PermitsPerMinute"] = "1000000";

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task Sixteen_concurrent_writers_lose_nothing_while_readers_read()
    {
        var setup = _api.CreateClient();
        var source = await Records.SourceAsync(setup, text: null);
        var quantity = await Records.QuantityAsync(setup, unit: "usd");
        var acknowledged = new ConcurrentBag<long>();
        var failures = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();

        async Task Write(int writer)
        {
            var client = _api.CreateClient();
            for (var i = 0; i < ClaimsEach; i++)
            {
                var response = await client.PostJsonAsync("/claims", new { sourceId = source, quantityKey = quantity, quote = $"writer {writer} claim {i}", qualifier = "exact", value = i });
                if (response.StatusCode == HttpStatusCode.Created)
                    acknowledged.Add((long)(await response.JsonAsync(HttpStatusCode.Created))["id"]!);
                else if (response.StatusCode != HttpStatusCode.ServiceUnavailable)
                    failures.Add($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                else i--; // 503 is the API's "busy, retry": the writer retries, as a client should.
            }
        }

        async Task Read()
        {
            var client = _api.CreateClient();
            while (!stop.IsCancellationRequested)
            {
                foreach (var path in new[] { $"/claims?quantity={quantity}&pageSize=50", $"/checks/quantities/{quantity}", "/sources" })
                {
                    var response = await client.GetAsync(path);
                    if ((int)response.StatusCode >= 500) failures.Add($"read {path}: {(int)response.StatusCode}");
                }
            }
        }

        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(Read)).ToList();
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(() => Write(w))));
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.Empty(failures);
        Assert.Equal(Writers * ClaimsEach, acknowledged.Distinct().Count());
        var stored = StoredClaimIds(_api.Database);
        Assert.Empty(acknowledged.Except(stored));
        Assert.Equal(Writers * ClaimsEach, stored.Count);
    }

    internal static HashSet<long> StoredClaimIds(TestDatabase database)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM claims;";
        using var reader = command.ExecuteReader();
        var ids = new HashSet<long>();
        while (reader.Read()) ids.Add(reader.GetInt64(0));
        return ids;
    }
}
