using System.Net;
using System.Net.Http.Json;

namespace FactCheck.Api.Tests;

public sealed class SourcesTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task A_created_source_is_read_back_with_its_text_and_location()
    {
        var response = await _client.PostJsonAsync("/sources", new
        {
            publisher = "Reuters", title = "Belarus frees 52", url = "https://example.org/belarus-52",
            publishedAt = "2025-09-11", text = "A total of 52 political prisoners",
        });
        var created = await response.JsonAsync(HttpStatusCode.Created);
        var id = (long)created["id"]!;

        Assert.Equal($"/sources/{id}", response.Headers.Location?.OriginalString);
        var read = await _client.GetJsonAsync($"/sources/{id}");
        Assert.Equal("Reuters", (string)read["publisher"]!);
        Assert.Equal("Belarus frees 52", (string)read["title"]!);
        Assert.Equal("https://example.org/belarus-52", (string)read["url"]!);
        Assert.Equal("2025-09-11", (string)read["publishedAt"]!);
        Assert.Equal("A total of 52 political prisoners", (string)read["text"]!);
        Assert.Equal(0, (long)read["claimCount"]!);
    }

    [Fact]
    public async Task A_source_missing_its_fields_is_refused_naming_each_field()
    {
        var problem = await (await _client.PostJsonAsync("/sources", new { url = "not a url", text = "  " }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["publishedAt", "publisher", "text", "title", "url"], problem.ErrorKeys());
    }

    [Fact]
    public async Task Text_holding_a_nul_character_is_refused_naming_the_field_on_every_engine()
    {
        var body = await (await _client.PostJsonAsync("/sources", new { publisher = "Nul\0Press", title = "T", publishedAt = "2025-09-01" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["publisher"], body.ErrorKeys());

        var query = await (await _client.GetAsync("/sources?publisher=Nul%00Press")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["publisher"], query.ErrorKeys());

        var csv = new StringContent("source_id,quantity_key,quote,qualifier,value\n1,a/b,x\0y,exact,1\n", System.Text.Encoding.UTF8, "text/csv");
        var rows = await (await _client.PostAsync("/imports/claims", csv)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["body"], rows.ErrorKeys());
    }

    [Fact]
    public async Task A_second_source_with_the_same_url_is_a_conflict()
    {
        var url = $"https://example.org/{Guid.NewGuid():N}";
        await Records.SourceAsync(_client, url: url);

        var problem = await (await _client.PostJsonAsync("/sources", new { publisher = "Other", title = "Other", url, publishedAt = "2025-09-01" }))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains(url, (string)problem["detail"]!);
    }

    [Fact]
    public async Task A_source_without_url_is_unique_by_publisher_title_and_date()
    {
        var source = new { publisher = "Print Daily", title = $"Edition {Guid.NewGuid():N}", publishedAt = "2025-08-01" };
        await (await _client.PostJsonAsync("/sources", source)).JsonAsync(HttpStatusCode.Created);

        await (await _client.PostJsonAsync("/sources", source)).ProblemAsync(HttpStatusCode.Conflict);
        await (await _client.PostJsonAsync("/sources", source with { publishedAt = "2025-08-02" })).JsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task An_unknown_source_is_not_found()
    {
        var problem = await (await _client.GetAsync("/sources/987654")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Source not found", (string)problem["title"]!);
        await (await _client.PutAsJsonAsync("/sources/987654", new { publisher = "P", title = "T", publishedAt = "2025-01-01" }))
            .ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.DeleteAsync("/sources/987654")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Updating_the_text_moves_the_claims_quotes_with_it()
    {
        var id = await Records.SourceAsync(_client);
        var quantity = await Records.QuantityAsync(_client);
        var claim = await Records.ClaimAsync(_client, id, quantity);

        var newText = "Updated. " + Records.Text;
        var updated = await (await _client.PutAsJsonAsync($"/sources/{id}", new
        {
            publisher = "Test Wire", title = "Renamed", publishedAt = "2025-09-13", text = newText,
        })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("Renamed", (string)updated["title"]!);
        Assert.Null(updated["url"]);
        var moved = await _client.GetJsonAsync($"/claims/{claim["id"]}");
        Assert.Equal(newText.IndexOf("more than 1,100", StringComparison.Ordinal), (int)moved["quoteStart"]!);
        Assert.Equal("2025-09-13", (string)moved["asOf"]!);
    }

    [Fact]
    public async Task A_new_text_that_drops_a_recorded_quote_is_refused_and_changes_nothing()
    {
        var id = await Records.SourceAsync(_client);
        var quantity = await Records.QuantityAsync(_client);
        var claim = await Records.ClaimAsync(_client, id, quantity);

        var problem = await (await _client.PutAsJsonAsync($"/sources/{id}", new
        {
            publisher = "Test Wire", title = "Changed", publishedAt = "2025-09-12", text = "Nothing quoted survives.",
        })).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains(((long)claim["id"]!).ToString(System.Globalization.CultureInfo.InvariantCulture), (string)problem["detail"]!);
        var source = await _client.GetJsonAsync($"/sources/{id}");
        Assert.Equal(Records.Text, (string)source["text"]!);
        Assert.NotEqual("Changed", (string)source["title"]!);
    }

    [Fact]
    public async Task A_source_with_claims_is_deleted_only_with_cascade()
    {
        var id = await Records.SourceAsync(_client);
        var claim = await Records.ClaimAsync(_client, id, await Records.QuantityAsync(_client));

        await (await _client.DeleteAsync($"/sources/{id}")).ProblemAsync(HttpStatusCode.Conflict);
        await (await _client.GetAsync($"/claims/{claim["id"]}")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/sources/{id}?cascade=true")).StatusCode);
        await (await _client.GetAsync($"/sources/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync($"/claims/{claim["id"]}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Sources_are_listed_by_publisher_and_date_a_page_at_a_time()
    {
        var publisher = $"Desk {Guid.NewGuid():N}";
        foreach (var date in new[] { "2025-08-01", "2025-08-15", "2025-09-01" })
            await (await _client.PostJsonAsync("/sources", new { publisher, title = $"On {date}", publishedAt = date }))
                .JsonAsync(HttpStatusCode.Created);

        var page = await _client.GetJsonAsync($"/sources?publisher={publisher.ToUpperInvariant()}&publishedFrom=2025-08-10&pageSize=1");
        Assert.Equal(2, (long)page["totalItems"]!);
        Assert.Equal("On 2025-09-01", (string)page["items"]![0]!["title"]!);
        Assert.Null(page["items"]![0]!["text"]);

        var second = await _client.GetJsonAsync($"/sources?publisher={publisher}&publishedFrom=2025-08-10&pageSize=1&page=2");
        Assert.Equal("On 2025-08-15", (string)second["items"]![0]!["title"]!);
    }

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("publishedFrom=yesterday", "publishedFrom")]
    [InlineData("publishedFrom=2025-09-02&publishedTo=2025-09-01", "publishedTo")]
    public async Task A_bad_list_query_is_refused_naming_the_parameter(string query, string field)
    {
        var problem = await (await _client.GetAsync($"/sources?{query}")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([field], problem.ErrorKeys());
    }
}
