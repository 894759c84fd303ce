using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FactCheck.Api.Tests;

/// <summary>A desk's decisions on findings: they last across recomputation, leave the lists when dismissed, and lapse when the finding changes.</summary>
public sealed class DecisionsTests : IAsyncLifetime, IDisposable
{
    private static readonly string SeedJson = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "seed-claims.json"));
    private readonly ApiFactory _api = new();
    private readonly HttpClient _client;
    private JsonNode _ids = null!;

    public DecisionsTests() => _client = _api.CreateClient();

    public async Task InitializeAsync() =>
        _ids = (await (await _client.PostRawAsync("/imports", SeedJson)).JsonAsync(HttpStatusCode.OK))["ids"]!;

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _api.Dispose();

    private long Claim(string goldId) => (long)_ids["claims"]![goldId]!;

    private async Task<List<JsonNode>> FindingsAsync(string query = "") =>
        [.. (await _client.GetJsonAsync($"/findings?pageSize=200&{query}"))["items"]!.AsArray().Select(f => f!)];

    // bne IntelliNews's 14 released in June against Trump's 16, in the same article.
    private async Task<JsonNode> JuneConflictAsync(string query = "") =>
        (await FindingsAsync(query)).Single(f => f["claimIds"]!.AsArray().Select(c => (long)c!).SequenceEqual([Claim("c3b"), Claim("c3c")]));

    /// <summary>A quantity's report is kept between writes (QuantityReports): a decision is a write, and the next report shows it.</summary>
    [Fact]
    public async Task A_quantitys_report_read_before_a_decision_shows_it_after()
    {
        var id = (string)(await JuneConflictAsync())["id"]!;
        var key = (string)(await _client.GetJsonAsync($"/claims/{Claim("c3b")}"))["quantityKey"]!;
        async Task<string> StatusAsync() => (string)(await _client.GetJsonAsync($"/checks/quantities/{key}"))["findings"]!.AsArray()
            .Single(f => (string)f!["id"]! == id)!["status"]!;
        Assert.Equal("open", await StatusAsync());
        Assert.Equal("open", await StatusAsync());

        await (await _client.PostJsonAsync($"/findings/{id}/decisions", new { decision = "confirmed" })).JsonAsync(HttpStatusCode.Created);

        Assert.Equal("confirmed", await StatusAsync());
    }

    [Fact]
    public async Task A_dismissed_finding_leaves_the_lists_and_the_desk_keeps_its_reason_and_comes_back_when_a_claim_changes()
    {
        var june = await JuneConflictAsync();
        var id = (string)june["id"]!;
        Assert.Equal("open", (string)june["status"]!);
        Assert.Equal(id, (string)(await JuneConflictAsync())["id"]!);   // the same finding, recomputed, has the same id

        var dismissed = await (await _client.PostJsonAsync($"/findings/{id}/decisions",
            new { decision = "dismissed", text = "Trump counts two people freed before the release." })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("dismissed", (string)dismissed["decision"]!);
        Assert.StartsWith("tests-", (string)dismissed["author"]!, StringComparison.Ordinal);

        Assert.DoesNotContain(await FindingsAsync(), f => (string)f["id"]! == id);
        var shown = await JuneConflictAsync("status=dismissed");
        Assert.Equal("dismissed", (string)shown["status"]!);
        Assert.Equal("Trump counts two people freed before the release.", (string)shown["decision"]!["text"]!);
        var source = (long)_ids["sources"]!["s3"]!;
        Assert.DoesNotContain((await _client.GetJsonAsync($"/sources/{source}/findings"))["items"]!.AsArray(), f => (string)f!["id"]! == id);
        Assert.DoesNotContain($"data-finding=\"{id}\"", await _client.GetStringAsync("/desk"), StringComparison.Ordinal);

        // Trump's 16 edited to a grain of 2: the same claims, so the same finding, but it says something else now.
        var trump = await _client.GetJsonAsync($"/claims/{Claim("c3c")}");
        var edited = trump.AsObject().Where(p => p.Key is "sourceId" or "quantityKey" or "quote" or "qualifier" or "value" or "attributedTo")
            .ToDictionary(p => p.Key, p => p.Value?.DeepClone());
        edited["precision"] = 2;
        Assert.Equal(HttpStatusCode.OK, (await _client.PutAsJsonAsync($"/claims/{Claim("c3c")}", edited)).StatusCode);

        var reopened = await JuneConflictAsync();
        Assert.Equal(id, (string)reopened["id"]!);
        Assert.Equal("reopened", (string)reopened["status"]!);
        Assert.Equal("dismissed", (string)reopened["decision"]!["decision"]!);
        Assert.Contains($"data-finding=\"{id}\"><bdi>Reopened: dismissed by tests-", await _client.GetStringAsync("/desk"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_note_leaves_the_status_and_every_decision_is_kept_in_order_with_its_author()
    {
        var id = (string)(await JuneConflictAsync())["id"]!;
        await (await _client.PostJsonAsync($"/findings/{id}/decisions", new { decision = "confirmed" })).JsonAsync(HttpStatusCode.Created);
        await (await _client.PostJsonAsync($"/findings/{id}/decisions", new { decision = "note", text = "Asked the White House." })).JsonAsync(HttpStatusCode.Created);

        Assert.Equal("confirmed", (string)(await JuneConflictAsync())["status"]!);
        var decisions = (await _client.GetJsonAsync($"/findings/{id}/decisions")).AsArray();
        Assert.Equal(["confirmed", "note"], decisions.Select(d => (string)d!["decision"]!));
        Assert.All(decisions, d => Assert.Equal(id, (string)d!["findingId"]!));
        Assert.True((DateTimeOffset)decisions[0]!["at"]! <= (DateTimeOffset)decisions[1]!["at"]!);
        Assert.Contains($"data-finding=\"{id}\"><bdi>Confirmed by tests-", await _client.GetStringAsync("/desk"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_claim_a_relation_rests_on_makes_another_finding_and_the_old_decision_stays_on_record()
    {
        var r2 = (long)_ids["relations"]!["r2"]!;
        var before = (await FindingsAsync("kind=relation_conflict")).Single(f => (long?)f["relation"]?["relationId"] == r2);
        var oldId = (string)before["id"]!;
        await (await _client.PostJsonAsync($"/findings/{oldId}/decisions", new { decision = "confirmed" })).JsonAsync(HttpStatusCode.Created);

        await (await _client.PostJsonAsync("/claims", new
        {
            sourceId = await Records.SourceAsync(_client, text: null), quantityKey = "belarus/release/2025-09-11/lithuanians",
            quote = "seven Lithuanians", qualifier = "exact", value = 7,
        })).JsonAsync(HttpStatusCode.Created);

        var after = (await FindingsAsync("kind=relation_conflict")).Single(f => (long?)f["relation"]?["relationId"] == r2);
        Assert.NotEqual(oldId, (string)after["id"]!);
        Assert.Equal("open", (string)after["status"]!);
        Assert.Equal("confirmed", (string)(await _client.GetJsonAsync($"/findings/{oldId}/decisions")).AsArray().Single()!["decision"]!);
    }

    [Theory]
    [InlineData("""{"decision":"dismissed"}""", "text")]
    [InlineData("""{"decision":"dismissed","text":""}""", "text")]
    [InlineData("""{"decision":"note"}""", "text")]
    [InlineData("""{"text":"why"}""", "decision")]
    [InlineData("""{"decision":"approved"}""", "decision")]
    public async Task A_decision_missing_what_it_needs_is_refused_naming_the_field(string json, string field)
    {
        var id = (string)(await JuneConflictAsync())["id"]!;
        var problem = await (await _client.PostRawAsync($"/findings/{id}/decisions", json)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([field], problem.ErrorKeys());
        Assert.Empty((await _client.GetJsonAsync($"/findings/{id}/decisions")).AsArray());
    }

    [Fact]
    public async Task A_decision_on_no_finding_is_not_found_and_a_bad_status_filter_is_refused()
    {
        await (await _client.PostJsonAsync("/findings/0000000000000000/decisions", new { decision = "confirmed" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync("/findings/0000000000000000/decisions")).ProblemAsync(HttpStatusCode.NotFound);
        var problem = await (await _client.GetAsync("/findings?status=closed")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["status"], problem.ErrorKeys());
    }
}
