#if POSTGRES
using System.Net;
using Dapper;

namespace FactCheck.Api.Tests;

/// <summary>
/// A PostgreSQL server that drops the API's connections (a restart, a failover, an administrator):
/// each request that meets a dead connection gets 503 with Retry-After, as problem+json, never a 500;
/// the pool replaces the dead connections and the retries go through.
/// </summary>
public sealed class StoreOutageTests : IDisposable
{
    private readonly ApiFactory _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task Requests_on_connections_the_server_dropped_get_503_to_retry_and_retries_go_through()
    {
        var client = _api.CreateClient();
        // Fill the pool with idle connections: eight reads at once.
        var reads = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.GetAsync("/sources")));
        Assert.All(reads, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

        using (var admin = _api.Database.Open())
        {
            var dropped = await admin.ExecuteScalarAsync<long>(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid();");
            Assert.True(dropped > 0, "the API held no connection to drop");
        }

        var refused = 0;
        for (var attempt = 0; ; attempt++)
        {
            Assert.True(attempt < 50, "the API never recovered from the dropped connections");
            var response = await client.GetAsync("/sources");
            if (response.StatusCode == HttpStatusCode.OK) break;
            var problem = await response.ProblemAsync(HttpStatusCode.ServiceUnavailable);
            Assert.Equal("1", response.Headers.GetValues("Retry-After").Single());
            Assert.Equal("The database is unavailable for the moment", (string)problem["title"]!);
            refused++;
        }
        Assert.True(refused > 0, "no request met a dropped connection, so this test proved nothing");

        // Writes recover as well, and what they write is kept.
        var created = await (await client.PostJsonAsync("/sources", new { publisher = "Outage", title = "After the restart", publishedAt = "2025-09-01" }))
            .JsonAsync(HttpStatusCode.Created);
        var read = await client.GetJsonAsync($"/sources/{(long)created["id"]!}");
        Assert.Equal("After the restart", (string)read["title"]!);
    }
}
#endif
