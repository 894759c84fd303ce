using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FactCheck.Api.Tests;

/// <summary>Nothing recorded is lost: revisions, tombstones, restores, stale edits refused, and checks as of an instant.</summary>
public sealed class HistoryTests : IDisposable
{
    private readonly ApiFactory _api = new(seed: true);
    private readonly HttpClient _client;

    public HistoryTests() => _client = _api.CreateClient();

    public void Dispose() => _api.Dispose();

    private async Task<long> SeedClaimAsync(string quoteWords) =>
        (long)(await _client.GetJsonAsync($"/claims?q={Uri.EscapeDataString(quoteWords)}"))["items"]![0]!["id"]!;

    private async Task<bool> PercentRelationConflictsAsync(string? asOf = null) =>
        (await _client.GetJsonAsync($"/findings?kind=relation_conflict{(asOf is null ? "" : $"&asOf={Uri.EscapeDataString(asOf)}")}"))["items"]!
            .AsArray().Any(f => (string)f!["relation"]!["kind"]! == "percent");

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, object? body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await _client.SendAsync(request);
    }

    private static object C0c(decimal min, decimal max) => new
    {
        sourceId = 1, quantityKey = "belarus/political-prisoners/held", quote = "one and a half or two thousand",
        qualifier = "between", min, max, attributedTo = "Alexander Lukashenko",
    };

    [Fact]
    public async Task A_seed_claim_edited_deleted_and_restored_keeps_its_history_and_its_findings_at_every_instant()
    {
        var id = await SeedClaimAsync("one and a half or two thousand");
        Assert.True(await PercentRelationConflictsAsync());

        await Task.Delay(5);
        var read = await _client.GetAsync($"/claims/{id}");
        var edited = await SendAsync(HttpMethod.Put, $"/claims/{id}", C0c(1300, 1400), read.Headers.ETag!.Tag);
        await edited.JsonAsync(HttpStatusCode.OK);
        Assert.False(await PercentRelationConflictsAsync());

        await Task.Delay(5);
        var beforeDelete = await _client.GetAsync($"/claims/{id}");
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Delete, $"/claims/{id}", null, beforeDelete.Headers.ETag!.Tag)).StatusCode);
        await (await _client.GetAsync($"/claims/{id}")).ProblemAsync(HttpStatusCode.NotFound);

        var history = (await _client.GetJsonAsync($"/claims/{id}/history")).AsArray();
        Assert.Equal(["create", "update", "delete"], history.Select(r => (string)r!["action"]!));
        Assert.Equal([1, 2, 3], history.Select(r => (int)r!["revision"]!));
        Assert.Equal("system", (string)history[0]!["author"]!);
        Assert.StartsWith("tests-", (string)history[1]!["author"]!, StringComparison.Ordinal);
        Assert.Equal("1500", (string)history[0]!["data"]!["min"]!);
        Assert.Equal("1300", (string)history[1]!["data"]!["min"]!);
        Assert.Equal("1300", (string)history[2]!["data"]!["min"]!);

        // Just before the edit, the seed stood whole: the claim as recorded, and the relations after it.
        var created = DateTimeOffset.Parse((string)history[1]!["at"]!, System.Globalization.CultureInfo.InvariantCulture).AddMilliseconds(-1).ToString("O");
        var updated = (string)history[1]!["at"]!;
        var deleted = (string)history[2]!["at"]!;
        Assert.True(await PercentRelationConflictsAsync(asOf: created));
        Assert.False(await PercentRelationConflictsAsync(asOf: updated));
        var heldThen = await _client.GetJsonAsync($"/checks/quantities/belarus/political-prisoners/held?asOf={Uri.EscapeDataString(deleted)}");
        Assert.DoesNotContain(heldThen["claims"]!.AsArray(), c => (long)c!["claimId"]! == id);
        var heldAtCreation = await _client.GetJsonAsync($"/checks/quantities/belarus/political-prisoners/held?asOf={Uri.EscapeDataString(created)}");
        Assert.Equal("[1500, 2000]", (string)heldAtCreation["claims"]!.AsArray().Single(c => (long)c!["claimId"]! == id)!["interval"]!["notation"]!);

        var restored = await (await _client.PostAsync($"/revisions/{history[0]!["id"]}/restore", null)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("restore", (string)restored["action"]!);
        Assert.Equal(4, (int)restored["revision"]!);
        var back = await _client.GetJsonAsync($"/claims/{id}");
        Assert.Equal(1500, (decimal)back["min"]!);
        Assert.True(await PercentRelationConflictsAsync());
        Assert.False(await PercentRelationConflictsAsync(asOf: updated));
    }

    [Fact]
    public async Task An_update_based_on_a_stale_copy_is_refused_and_changes_nothing()
    {
        var id = await SeedClaimAsync("one and a half or two thousand");
        var stale = (await _client.GetAsync($"/claims/{id}")).Headers.ETag!.Tag;
        await (await SendAsync(HttpMethod.Put, $"/claims/{id}", C0c(1400, 1500), stale)).JsonAsync(HttpStatusCode.OK);

        var problem = await (await SendAsync(HttpMethod.Put, $"/claims/{id}", C0c(1600, 1700), stale)).ProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("The item changed since it was read", (string)problem["title"]!);
        await (await SendAsync(HttpMethod.Delete, $"/claims/{id}", null, stale)).ProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(1400, (decimal)(await _client.GetJsonAsync($"/claims/{id}"))["min"]!);
        Assert.Equal(2, (await _client.GetJsonAsync($"/claims/{id}/history")).AsArray().Count);
    }

    [Fact]
    public async Task Every_kind_of_item_keeps_its_history_and_stale_writes_to_each_are_refused()
    {
        var source = await _client.GetAsync("/sources/1");
        var sourceTag = source.Headers.ETag!.Tag;
        await (await SendAsync(HttpMethod.Put, "/sources/1", new { publisher = "Renamed", title = "T", publishedAt = "2025-08-22",
            text = (string)(await source.JsonAsync(HttpStatusCode.OK))["text"]! }, sourceTag)).JsonAsync(HttpStatusCode.OK);
        await (await SendAsync(HttpMethod.Put, "/sources/1", new { publisher = "Again", title = "T", publishedAt = "2025-08-22" }, sourceTag))
            .ProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(["create", "update"], (await _client.GetJsonAsync("/sources/1/history")).AsArray().Select(r => (string)r!["action"]!));

        const string key = "belarus/release/2025-09-11/latvians";
        var quantityTag = (await _client.GetAsync($"/quantities/{key}")).Headers.ETag!.Tag;
        await (await SendAsync(HttpMethod.Put, $"/quantities/{key}", new { key = key + "-renamed", label = "Latvians", unit = "people", kind = "event" }, quantityTag))
            .JsonAsync(HttpStatusCode.OK);
        await (await SendAsync(HttpMethod.Delete, $"/quantities/{key}-renamed?cascade=true", null, quantityTag)).ProblemAsync(HttpStatusCode.PreconditionFailed);
        var quantityHistory = (await _client.GetJsonAsync($"/history/quantities/{key}")).AsArray();
        Assert.Equal([key, key + "-renamed"], quantityHistory.Select(r => (string)r!["data"]!["key"]!));

        var relation = await _client.GetAsync("/relations/2");
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Delete, "/relations/2", null, relation.Headers.ETag!.Tag)).StatusCode);
        var relationHistory = (await _client.GetJsonAsync("/relations/2/history")).AsArray();
        Assert.Equal("delete", (string)relationHistory[^1]!["action"]!);
        Assert.Equal(7, relationHistory[^1]!["data"]!["terms"]!.AsArray().Count);
        await (await _client.PostAsync($"/revisions/{relationHistory[0]!["id"]}/restore", null)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(6, (await _client.GetJsonAsync("/relations/2"))["parts"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_claim_whose_source_is_gone_is_restored_only_after_its_source()
    {
        var claim = await SeedClaimAsync("speedy release");
        var claimHistory = (await _client.GetJsonAsync($"/claims/{claim}/history")).AsArray();
        var sourceHistory = (await _client.GetJsonAsync("/sources/1/history")).AsArray();
        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync("/sources/1?cascade=true")).StatusCode);
        Assert.Equal("delete", (string)(await _client.GetJsonAsync($"/claims/{claim}/history")).AsArray()[^1]!["action"]!);

        await (await _client.PostAsync($"/revisions/{claimHistory[0]!["id"]}/restore", null)).ProblemAsync(HttpStatusCode.Conflict);
        await (await _client.PostAsync($"/revisions/{sourceHistory[0]!["id"]}/restore", null)).JsonAsync(HttpStatusCode.OK);
        await (await _client.PostAsync($"/revisions/{claimHistory[0]!["id"]}/restore", null)).JsonAsync(HttpStatusCode.OK);
        var restored = await _client.GetJsonAsync($"/claims/{claim}");
        Assert.Equal("speedy release of 1,300 prisoners", (string)restored["quote"]!);
        Assert.NotNull(restored["quoteStart"]);
    }

    [Theory]
    [InlineData("/claims/987654/history")]
    [InlineData("/sources/987654/history")]
    [InlineData("/relations/987654/history")]
    [InlineData("/history/quantities/no/such/key")]
    public async Task The_history_of_what_never_existed_is_not_found(string path) =>
        await (await _client.GetAsync(path)).ProblemAsync(HttpStatusCode.NotFound);

    [Fact]
    public async Task Restoring_needs_a_key_and_a_revision_that_exists()
    {
        await (await _client.PostAsync("/revisions/987654/restore", null)).ProblemAsync(HttpStatusCode.NotFound);
        await (await _api.AnonymousClient().PostAsync("/revisions/1/restore", null)).ProblemAsync(HttpStatusCode.Unauthorized);
    }
}
