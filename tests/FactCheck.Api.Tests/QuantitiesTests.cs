using System.Net;
using System.Net.Http.Json;

namespace FactCheck.Api.Tests;

public sealed class QuantitiesTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task A_quantity_is_read_by_its_key_with_or_without_escaped_slashes()
    {
        var key = $"belarus/{Guid.NewGuid():N}/held";
        var response = await _client.PostJsonAsync("/quantities", new
        {
            key, label = "Political prisoners held", unit = "people", kind = "stock", windowDays = 31,
            aliases = new[] { "political prisoners" },
        });
        await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal($"/quantities/{key}", response.Headers.Location?.OriginalString);

        foreach (var path in new[] { $"/quantities/{key}", $"/quantities/{Uri.EscapeDataString(key)}" })
        {
            var read = await _client.GetJsonAsync(path);
            Assert.Equal(key, (string)read["key"]!);
            Assert.Equal("stock", (string)read["kind"]!);
            Assert.Equal(31, (int)read["windowDays"]!);
            Assert.Equal("political prisoners", (string)read["aliases"]![0]!);
        }
    }

    [Theory]
    [InlineData("""{"key":"Has Spaces","label":"L","unit":"people","kind":"event"}""", "key")]
    [InlineData("""{"key":"a/b","label":"L","unit":"people","kind":"stock"}""", "windowDays")]
    [InlineData("""{"key":"a/b","label":"L","unit":"people","kind":"event","windowDays":3}""", "windowDays")]
    [InlineData("""{"key":"a/b","label":"L","unit":"People!","kind":"event"}""", "unit")]
    [InlineData("""{"key":"a/b","label":"L","unit":"people"}""", "kind")]
    [InlineData("""{"key":"a/b","label":"L","unit":"people","kind":"flow"}""", "kind")]
    [InlineData("""{"key":"a/b","label":"L","unit":"people","kind":"event","aliases":["x","X"]}""", "aliases")]
    [InlineData("""{"key":"a/b","label":"","unit":"people","kind":"event"}""", "label")]
    public async Task A_bad_quantity_is_refused_naming_the_field(string json, string field)
    {
        var problem = await (await _client.PostRawAsync("/quantities", json)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([field], problem.ErrorKeys());
    }

    [Fact]
    public async Task A_key_defined_twice_is_a_conflict()
    {
        var key = await Records.QuantityAsync(_client);
        await (await _client.PostJsonAsync("/quantities", new { key, label = "Again", unit = "people", kind = "event" }))
            .ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Renaming_a_quantity_keeps_its_claims()
    {
        var key = await Records.QuantityAsync(_client);
        var claim = await Records.ClaimAsync(_client, await Records.SourceAsync(_client), key);
        var renamed = $"{key}-renamed";

        var updated = await (await _client.PutAsJsonAsync($"/quantities/{key}", new { key = renamed, label = "Renamed", unit = "people", kind = "event" }))
            .JsonAsync(HttpStatusCode.OK);

        Assert.Equal(renamed, (string)updated["key"]!);
        Assert.Equal(1, (long)updated["claimCount"]!);
        Assert.Equal(renamed, (string)(await _client.GetJsonAsync($"/claims/{claim["id"]}"))["quantityKey"]!);
        await (await _client.GetAsync($"/quantities/{key}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Renaming_onto_another_key_is_a_conflict()
    {
        var first = await Records.QuantityAsync(_client);
        var second = await Records.QuantityAsync(_client);
        await (await _client.PutAsJsonAsync($"/quantities/{first}", new { key = second, label = "L", unit = "people", kind = "event" }))
            .ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_quantity_in_use_is_deleted_only_with_cascade()
    {
        var key = await Records.QuantityAsync(_client);
        var other = await Records.QuantityAsync(_client);
        var claim = await Records.ClaimAsync(_client, await Records.SourceAsync(_client), key);
        var relation = await (await _client.PostJsonAsync("/relations", new { kind = "parts_at_most", total = other, parts = new[] { key } }))
            .JsonAsync(HttpStatusCode.Created);

        var problem = await (await _client.DeleteAsync($"/quantities/{key}")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("1 claim(s) and 1 relation(s)", (string)problem["detail"]!);

        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/quantities/{key}?cascade=true")).StatusCode);
        await (await _client.GetAsync($"/claims/{claim["id"]}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync($"/relations/{relation["id"]}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync($"/quantities/{other}")).JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_unknown_quantity_is_not_found()
    {
        await (await _client.GetAsync("/quantities/no/such/key")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.DeleteAsync("/quantities/no/such/key")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PutAsJsonAsync("/quantities/no/such/key", new { key = "no/such/key", label = "L", unit = "people", kind = "event" }))
            .ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Quantities_are_listed_by_key_prefix_kind_and_unit()
    {
        var prefix = $"list/{Guid.NewGuid():N}/";
        foreach (var (suffix, kind, unit) in new[] { ("a", "event", "people"), ("b", "stock", "people"), ("c", "event", "percent") })
            await (await _client.PostJsonAsync("/quantities", new
            {
                key = prefix + suffix, label = suffix, unit, kind, windowDays = kind == "stock" ? 7 : (int?)null,
            })).JsonAsync(HttpStatusCode.Created);

        var events = await _client.GetJsonAsync($"/quantities?keyPrefix={prefix}&kind=event&unit=people");
        Assert.Equal(1, (long)events["totalItems"]!);
        Assert.Equal(prefix + "a", (string)events["items"]![0]!["key"]!);
        Assert.Equal(3, (long)(await _client.GetJsonAsync($"/quantities?keyPrefix={prefix}"))["totalItems"]!);

        var problem = await (await _client.GetAsync("/quantities?kind=flow")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["kind"], problem.ErrorKeys());
    }
}
