using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using FactCheck.Api.Infrastructure;

namespace FactCheck.Api.Tests;

/// <summary>An id names one record forever: never handed out again after a delete, and never restored over another record.</summary>
public sealed class IdentityTests : IDisposable
{
    private readonly ApiFactory _api = new(seed: true);
    private readonly HttpClient _client;

    public IdentityTests() => _client = _api.CreateClient();

    public void Dispose() => _api.Dispose();

    private static string Claim(long sourceId, string quote, int value) =>
        $$"""{"sourceId":{{sourceId}},"quantityKey":"belarus/political-prisoners/held","quote":"{{quote}}","qualifier":"up_to","value":{{value}}}""";

    private async Task<long> CreateAsync(string url, string json) =>
        (long)(await (await _client.PostRawAsync(url, json)).JsonAsync(HttpStatusCode.Created))["id"]!;

    private async Task<JsonArray> HistoryAsync(string url) => (await _client.GetJsonAsync(url)).AsArray();

    [Fact]
    public async Task The_newest_claim_deleted_leaves_its_id_to_nobody()
    {
        var source = await CreateAsync("/sources", """{"publisher":"Desk","title":"Ids","publishedAt":"2025-09-12","url":"https://example.org/ids"}""");
        var first = await CreateAsync("/claims", Claim(source, "over 1,300 political prisoners", 1300));
        (await _client.DeleteAsync($"/claims/{first}")).EnsureSuccessStatusCode();

        var second = await CreateAsync("/claims", Claim(source, "up to 1,300 political prisoners", 1300));

        Assert.True(second > first, $"claim {second} reused an id at or below the deleted {first}");
        var history = await HistoryAsync($"/claims/{first}/history");
        Assert.Equal(["create", "delete"], history.Select(r => (string)r!["action"]!));
        Assert.All(history, r => Assert.Equal("over 1,300 political prisoners", (string)r!["data"]!["quote"]!));
        Assert.Equal(["create"], (await HistoryAsync($"/claims/{second}/history")).Select(r => (string)r!["action"]!));
    }

    [Fact]
    public async Task Sources_relations_and_quantities_do_not_reuse_ids_either()
    {
        var source = await CreateAsync("/sources", """{"publisher":"Desk","title":"One","publishedAt":"2025-09-12"}""");
        (await _client.DeleteAsync($"/sources/{source}")).EnsureSuccessStatusCode();
        Assert.True(await CreateAsync("/sources", """{"publisher":"Desk","title":"Two","publishedAt":"2025-09-12"}""") > source);

        const string relation = """{"kind":"sum","total":"belarus/release/2025-09-11/count","parts":["belarus/release/2025-09-11/latvians","belarus/release/2025-09-11/poles"]}""";
        var relationId = await CreateAsync("/relations", relation);
        (await _client.DeleteAsync($"/relations/{relationId}")).EnsureSuccessStatusCode();
        Assert.True(await CreateAsync("/relations", relation) > relationId);

        await (await _client.PostRawAsync("/quantities", """{"key":"test/one","label":"One","unit":"people","kind":"event"}""")).JsonAsync(HttpStatusCode.Created);
        var quantityId = (long)(await HistoryAsync("/history/quantities/test/one"))[0]!["entityId"]!;
        (await _client.DeleteAsync("/quantities/test/one")).EnsureSuccessStatusCode();
        await (await _client.PostRawAsync("/quantities", """{"key":"test/two","label":"Two","unit":"people","kind":"event"}""")).JsonAsync(HttpStatusCode.Created);
        Assert.True((long)(await HistoryAsync("/history/quantities/test/two"))[0]!["entityId"]! > quantityId);
    }

    [Fact]
    public async Task Restoring_a_live_item_honours_if_match()
    {
        var source = await CreateAsync("/sources", """{"publisher":"Desk","title":"Ids","publishedAt":"2025-09-12"}""");
        var id = await CreateAsync("/claims", Claim(source, "up to 1,300 political prisoners", 1300));
        var etag = (await _client.GetAsync($"/claims/{id}")).Headers.ETag!.Tag;
        var revision = (long)(await HistoryAsync($"/claims/{id}/history"))[0]!["id"]!;
        var update = await _client.PutAsync($"/claims/{id}", new StringContent(Claim(source, "up to 1,400 political prisoners", 1400), System.Text.Encoding.UTF8, "application/json"));
        update.EnsureSuccessStatusCode();

        using var stale = new HttpRequestMessage(HttpMethod.Post, $"/revisions/{revision}/restore");
        stale.Headers.TryAddWithoutValidation("If-Match", etag);
        await (await _client.SendAsync(stale)).ProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(1400, (int)(await _client.GetJsonAsync($"/claims/{id}"))["value"]!);

        using var current = new HttpRequestMessage(HttpMethod.Post, $"/revisions/{revision}/restore");
        current.Headers.TryAddWithoutValidation("If-Match", (await _client.GetAsync($"/claims/{id}")).Headers.ETag!.Tag);
        await (await _client.SendAsync(current)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1300, (int)(await _client.GetJsonAsync($"/claims/{id}"))["value"]!);
    }

    /// <summary>
    /// A store as the migrations before 0006 left it, its newest claim deleted (SQLite would then
    /// have given that id to the next claim), upgraded in place by starting the API.
    /// </summary>
    [Fact]
    public async Task An_existing_store_upgrades_in_place_keeping_every_row_and_revision()
    {
        using var database = new TestDatabase();
        using var store = database.Store();
        long deleted;
        await Migrator.ApplyAsync(store, upTo: "0005_revisions.sql");
        await using (var connection = await store.OpenAsync(CancellationToken.None))
        {
            var source = await connection.ExecuteScalarAsync<long>(
                "INSERT INTO sources (publisher, title, published_at) VALUES ('Desk', 'Old store', '2025-09-12') RETURNING id;");
            var quantity = await connection.ExecuteScalarAsync<long>(
                "INSERT INTO quantities (key, label, unit, kind) VALUES ('old/held', 'Held', 'people', 'event') RETURNING id;");
            const string insertClaim = """
                INSERT INTO claims (source_id, quantity_id, quote, qualifier, value, signature)
                VALUES (@source, @quantity, @quote, 'exact', '1300', @quote) RETURNING id;
                """;
            await connection.ExecuteScalarAsync<long>(insertClaim, new { source, quantity, quote = "1,300 held" });
            deleted = await connection.ExecuteScalarAsync<long>(insertClaim, new { source, quantity, quote = "1,400 held" });
            await connection.ExecuteAsync("DELETE FROM claims WHERE id = @deleted;", new { deleted });
            await connection.ExecuteAsync("""
                INSERT INTO relations (kind, signature, terms) VALUES ('sum', 'old', '[]');
                INSERT INTO relation_terms (relation_id, role, position, quantity_id) SELECT id, 'total', 0, @quantity FROM relations;
                """, new { quantity });
        }
        var before = Counts(database);
        StoreChecks.AssertIntact(database);

        using var api = new ApiFactory(seed: false, database);
        var client = api.CreateClient();
        await client.GetJsonAsync("/claims");

        Assert.Equal(before, Counts(database));
        StoreChecks.AssertIntact(database);
        var created = (long)(await (await client.PostRawAsync("/claims",
            """{"sourceId":1,"quantityKey":"old/held","quote":"1,500 held","qualifier":"exact","value":1500}""")).JsonAsync(HttpStatusCode.Created))["id"]!;
        Assert.True(created > deleted, $"claim {created} reused the deleted claim {deleted}'s id after the upgrade");
        Assert.Equal(["create", "delete"], (await client.GetJsonAsync($"/claims/{deleted}/history")).AsArray().Select(r => (string)r!["action"]!));
        Assert.Equal("1,300 held", (string)(await client.GetJsonAsync("/claims?q=held&sort=id"))["items"]![0]!["quote"]!);
        Assert.Equal(1, (int)(await client.GetJsonAsync("/relations"))["totalItems"]!);
        StoreChecks.AssertIntact(database);
    }

    /// <summary>
    /// What an earlier version left behind: a deleted claim's id given to a new claim, so one id's
    /// history holds two records. Restoring the first record's state must not overwrite the second.
    /// </summary>
    [Fact]
    public async Task A_history_that_crossed_two_records_before_the_upgrade_is_not_restored_over_the_live_one()
    {
        using var database = new TestDatabase();
        using var store = database.Store();
        await Migrator.ApplyAsync(store, upTo: "0005_revisions.sql");
        await using (var connection = await store.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("""
                INSERT INTO sources (id, publisher, title, published_at) VALUES (1, 'Desk', 'Old store', '2025-09-12');
                INSERT INTO quantities (id, key, label, unit, kind) VALUES (1, 'old/held', 'Held', 'people', 'event');
                INSERT INTO claims (id, source_id, quantity_id, quote, qualifier, value, signature) VALUES (7, 1, 1, 'over 1,300', 'more_than', '1300', 'a');
                DELETE FROM claims WHERE id = 7;
                INSERT INTO claims (id, source_id, quantity_id, quote, qualifier, value, signature) VALUES (7, 1, 1, 'up to 1,300', 'up_to', '1300', 'b');
                """);
        }

        using var api = new ApiFactory(seed: false, database);
        var client = api.CreateClient();
        var history = (await client.GetJsonAsync("/claims/7/history")).AsArray();
        Assert.Equal(["create", "delete", "create"], history.Select(r => (string)r!["action"]!));

        var problem = await (await client.PostAsync($"/revisions/{history[0]!["id"]}/restore", null)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("earlier record", (string)problem["title"]!, StringComparison.Ordinal);
        Assert.Equal("up to 1,300", (string)(await client.GetJsonAsync("/claims/7"))["quote"]!);
        await (await client.PostAsync($"/revisions/{history[2]!["id"]}/restore", null)).JsonAsync(HttpStatusCode.OK);
    }

    private static string Counts(TestDatabase database) => string.Join(",",
        new[] { "sources", "quantities", "claims", "relations", "relation_terms", "revisions", "claim_search" }
            .Select(t => $"{t}={database.Scalar($"SELECT count(*) FROM {t};")}"));
}
