using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;

namespace FactCheck.Api.Tests;

/// <summary>
/// Two API instances, each with its own host, pool and write queue, on one database: what one
/// writes the other reads, and writes through both at once are all kept. Runs on both engines;
/// on PostgreSQL it is the scale-out the README describes.
/// </summary>
public sealed class ScaleOutTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly ApiFactory _first;
    private readonly ApiFactory _second;

    public ScaleOutTests()
    {
        _first = new ApiFactory(seed: false, _database);
        _second = new ApiFactory(seed: false, _database);
        foreach (var api in new[] { _first, _second })
            api.Settings["FactCheck:RateLimit:PermitsPerMinute"] = "1000000";
    }

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task Two_instances_starting_at_once_migrate_and_seed_the_database_once()
    {
        using var first = new ApiFactory(seed: true, _database);
        using var second = new ApiFactory(seed: true, _database);
        await Task.WhenAll(Task.Run(() => first.CreateClient()), Task.Run(() => second.CreateClient()));

        Assert.Equal(TestDatabase.MigrationScripts, Convert.ToInt64(_database.Scalar("SELECT count(*) FROM schema_journal;")));
        Assert.Equal(26L, Convert.ToInt64(_database.Scalar("SELECT count(*) FROM claims;")));
    }

    [Fact]
    public async Task What_one_instance_writes_the_other_reads()
    {
        var one = _first.CreateClient();
        var other = _second.CreateClient();

        var source = await Records.SourceAsync(one);
        var quantity = await Records.QuantityAsync(other);
        var claim = await Records.ClaimAsync(other, source, quantity);
        var update = await other.PutAsJsonAsync($"/sources/{source}", new
        {
            publisher = "Other Publisher", title = "Renamed", publishedAt = "2025-09-12", text = Records.Text,
        });
        await update.JsonAsync(HttpStatusCode.OK);

        Assert.Equal("Other Publisher", (string)(await one.GetJsonAsync($"/sources/{source}"))["publisher"]!);
        Assert.Equal((long)claim["id"]!, (long)(await one.GetJsonAsync($"/claims?quantity={quantity}"))["items"]![0]!["id"]!);
        Assert.Equal((string)claim["quote"]!, (string)(await one.GetJsonAsync($"/claims/{claim["id"]}"))["quote"]!);
    }

    [Fact]
    public async Task Concurrent_writes_through_both_instances_lose_nothing_and_duplicate_nothing()
    {
        const int WritersEach = 4;
        const int ClaimsEach = 150;
        var setup = _first.CreateClient();
        var source = await Records.SourceAsync(setup, text: null);
        var quantity = await Records.QuantityAsync(setup, unit: "usd");
        var acknowledged = new ConcurrentBag<long>();
        var failures = new ConcurrentBag<string>();

        async Task Write(ApiFactory api, string writer)
        {
            var client = api.CreateClient();
            for (var i = 0; i < ClaimsEach; i++)
            {
                var response = await client.PostJsonAsync("/claims", new { sourceId = source, quantityKey = quantity, quote = $"{writer} claim {i}", qualifier = "exact", value = i });
                if (response.StatusCode == HttpStatusCode.Created) acknowledged.Add((long)(await response.JsonAsync(HttpStatusCode.Created))["id"]!);
                else if (response.StatusCode == HttpStatusCode.ServiceUnavailable) i--; // busy: retry, as a client should
                else failures.Add($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
        }

        // The same claim sent through both instances at once: recorded once, every other attempt a 409.
        async Task<HttpStatusCode> Duplicate(ApiFactory api) =>
            (await api.CreateClient().PostJsonAsync("/claims", new { sourceId = source, quantityKey = quantity, quote = "the same claim", qualifier = "exact", value = 7 })).StatusCode;

        var writers = Enumerable.Range(0, WritersEach).SelectMany(w => new[] { Write(_first, $"first {w}"), Write(_second, $"second {w}") });
        var duplicates = Enumerable.Range(0, 10).Select(d => Duplicate(d % 2 == 0 ? _first : _second)).ToList();
        await Task.WhenAll(writers.Concat<Task>(duplicates));

        Assert.Empty(failures);
        Assert.Equal(2 * WritersEach * ClaimsEach, acknowledged.Distinct().Count());
        var statuses = duplicates.Select(d => d.Result).ToList();
        Assert.Single(statuses, HttpStatusCode.Created);
        Assert.Equal(9, statuses.Count(s => s == HttpStatusCode.Conflict));
        var stored = ConcurrencyTests.StoredClaimIds(_database);
        Assert.Empty(acknowledged.Except(stored));
        Assert.Equal(2 * WritersEach * ClaimsEach + 1, stored.Count);
    }

    [Fact]
    public async Task Two_quantities_renamed_to_one_key_through_both_instances_at_once_get_one_rename_and_one_conflict()
    {
        var one = _first.CreateClient();
        var other = _second.CreateClient();
        for (var round = 0; round < 20; round++)
        {
            var (a, b) = (await Records.QuantityAsync(one), await Records.QuantityAsync(other));
            var key = $"test/renamed-{Guid.NewGuid():N}";
            Task<HttpResponseMessage> Rename(HttpClient client, string from) =>
                client.PutAsJsonAsync($"/quantities/{from}", new { key, label = "Renamed", unit = "people", kind = "event" });

            var statuses = (await Task.WhenAll(Rename(one, a), Rename(other, b))).Select(r => r.StatusCode).Order().ToList();

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], statuses);
        }
    }
}
