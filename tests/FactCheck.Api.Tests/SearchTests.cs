using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FactCheck.Api.Tests;

/// <summary>Full-text search and cursors, on the seed data.</summary>
public sealed class SearchTests : IDisposable
{
    private readonly ApiFactory _api = new(seed: true);
    private readonly HttpClient _client;

    public SearchTests() => _client = _api.CreateClient();

    public void Dispose() => _api.Dispose();

    private async Task<List<JsonNode>> ClaimsAsync(string query) =>
        (await _client.GetJsonAsync($"/claims?pageSize=200&{query}"))["items"]!.AsArray().Select(c => c!).ToList();

    [Theory]
    [InlineData("q=lithuanian", new[] { "six Lithuanians" })]
    [InlineData("q=belta", new[] { "14 foreign nationals", "14 of those released were not citizens of Belarus", "six Lithuanians", "two Latvians", "two Germans", "one each from France and the UK", "one each from France and the UK" })]
    [InlineData("q=1,100", new[] { "over 1,100 still imprisoned", "more than 1,100 political prisoners" })]
    [InlineData("q=notes poland prisoners&quantity=belarus/political-prisoners/held", new[] { "more than 1,100 political prisoners" })]
    public async Task Claims_are_found_by_quote_attribution_quantity_and_source(string query, string[] quotes) =>
        Assert.Equal(quotes, (await ClaimsAsync(query)).Select(c => (string)c["quote"]!));

    [Fact]
    public async Task The_index_follows_renamed_quantities()
    {
        Assert.Empty(await ClaimsAsync("q=Balts"));
        await (await _client.PutAsJsonAsync("/quantities/belarus/release/2025-09-11/latvians", new
        {
            key = "belarus/release/2025-09-11/latvians", label = "Latvians released", unit = "people", kind = "event", aliases = new[] { "Balts" },
        })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["two Latvians"], (await ClaimsAsync("q=balts")).Select(c => (string)c["quote"]!));
    }

    [Fact]
    public async Task The_index_follows_renamed_sources_and_forgets_deleted_claims()
    {
        var source = await Records.SourceAsync(_client, text: null);
        var quantity = await Records.QuantityAsync(_client);
        var claim = await Records.ClaimAsync(_client, source, quantity, quote: "seven freed");
        Assert.Empty(await ClaimsAsync("q=Zyxwire"));

        await (await _client.PutAsJsonAsync($"/sources/{source}", new { publisher = "Zyxwire Agency", title = "Renamed", publishedAt = "2025-09-12" }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["seven freed"], (await ClaimsAsync("q=zyxwire")).Select(c => (string)c["quote"]!));

        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/claims/{claim["id"]}")).StatusCode);
        Assert.Empty(await ClaimsAsync("q=zyxwire"));
    }

    [Fact]
    public async Task Sources_and_quantities_are_searched_too()
    {
        var sources = (await _client.GetJsonAsync("/sources?q=lukashenko"))["items"]!.AsArray().Select(s => (string)s!["title"]!).ToList();
        Assert.Equal(2, sources.Count);
        Assert.All(sources, t => Assert.Contains("Lukashenko", t, StringComparison.Ordinal));
        var quantities = (await _client.GetJsonAsync("/quantities?q=released%20june"))["items"]!.AsArray();
        Assert.Equal("belarus/release/2025-06/count", (string)Assert.Single(quantities)!["key"]!);
    }

    [Theory]
    [InlineData("q=%22NEAR(a%20OR")]
    [InlineData("q=prisoners%20AND%20-x*")]
    [InlineData("q=%27%3B%20DROP%20TABLE%20claims%3B--")]
    public async Task Search_syntax_in_the_query_is_taken_as_words_not_operators(string query) =>
        await (await _client.GetAsync($"/claims?{query}")).JsonAsync(HttpStatusCode.OK);

    [Theory]
    [InlineData("q=***", "q")]
    [InlineData("sort=size", "sort")]
    [InlineData("sort=relevance", "sort")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    public async Task Bad_search_parameters_are_refused_naming_them(string query, string field)
    {
        var problem = await (await _client.GetAsync($"/claims?{query}")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([field], problem.ErrorKeys());
    }

    [Fact]
    public async Task Claims_sort_by_date_and_relevance()
    {
        var newest = await ClaimsAsync("sort=-asOf");
        Assert.Equal("2025-09-12", (string)newest[0]["asOf"]!);
        Assert.Equal("2025-08-22", (string)newest[^1]["asOf"]!);
        var relevant = await ClaimsAsync("q=political%20prisoners&sort=relevance");
        Assert.Equal(relevant.Count, (await ClaimsAsync("q=political%20prisoners")).Count);
    }

    [Fact]
    public async Task Following_cursors_reads_every_claim_once_even_while_claims_are_added()
    {
        var seen = new List<long>();
        var page = await _client.GetJsonAsync("/claims?sort=-id&pageSize=5");
        seen.AddRange(page["items"]!.AsArray().Select(c => (long)c!["id"]!));
        await Records.ClaimAsync(_client, await Records.SourceAsync(_client), await Records.QuantityAsync(_client));

        while ((string?)page["nextCursor"] is { } cursor)
        {
            page = await _client.GetJsonAsync($"/claims?sort=-id&pageSize=5&cursor={cursor}");
            seen.AddRange(page["items"]!.AsArray().Select(c => (long)c!["id"]!));
        }

        Assert.Equal(Enumerable.Range(1, 26).Select(i => (long)i).Reverse(), seen);
    }

    private static string Base64Url(string text) =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Crafted cursors: JSON of the wrong shape, an unsigned position, a signed one altered, garbage.</summary>
    [Theory]
    [InlineData("W10")]
    [InlineData("e30")]
    [InlineData("eyJrIjoxLCJpZCI6NX0")]
    [InlineData("eyJrIjoxLCJpZCI6NX0.AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("....")]
    [InlineData("%F0%9F%92%A9.%F0%9F%92%A9")]
    [InlineData("bnVsbA.bnVsbA")]
    public async Task A_crafted_cursor_is_a_400_naming_cursor(string cursor)
    {
        var problem = await (await _client.GetAsync($"/claims?cursor={cursor}")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["cursor"], problem.ErrorKeys());
    }

    [Fact]
    public async Task A_cursor_altered_by_one_character_is_refused()
    {
        var cursor = (string)(await _client.GetJsonAsync("/claims?pageSize=5"))["nextCursor"]!;
        var payload = cursor[..cursor.IndexOf('.', StringComparison.Ordinal)];
        var forged = Base64Url("{\"k\":20,\"id\":20,\"c\":\"id\u001f\u001f\u001f\u001f\u001f\u001f\"}") + cursor[payload.Length..];
        var problem = await (await _client.GetAsync($"/claims?pageSize=5&cursor={forged}")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["cursor"], problem.ErrorKeys());
        await (await _client.GetAsync($"/claims?pageSize=5&cursor={cursor}")).JsonAsync(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("sort=asOf", "sort=id")]
    [InlineData("sort=asOf", "sort=-asOf")]
    [InlineData("quantity=belarus/political-prisoners/held", "quantity=belarus/release/2025-06/count")]
    [InlineData("q=prisoners", "q=released")]
    public async Task A_cursor_made_under_one_sort_or_filter_is_refused_under_another(string madeUnder, string usedUnder)
    {
        var cursor = (string)(await _client.GetJsonAsync($"/claims?pageSize=2&{madeUnder}"))["nextCursor"]!;
        var problem = await (await _client.GetAsync($"/claims?pageSize=2&{usedUnder}&cursor={cursor}")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["cursor"], problem.ErrorKeys());
        Assert.Contains("sort", (string)problem["errors"]!["cursor"]![0]!, StringComparison.Ordinal);
        Assert.NotEmpty((await _client.GetJsonAsync($"/claims?pageSize=2&{madeUnder}&cursor={cursor}"))["items"]!.AsArray());
    }
}
