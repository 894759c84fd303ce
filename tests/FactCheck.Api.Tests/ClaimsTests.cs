using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FactCheck.Api.Tests;

public sealed class ClaimsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task A_claim_reports_where_its_quote_stands_and_takes_the_sources_date()
    {
        var source = await Records.SourceAsync(_client);
        var quantity = await Records.QuantityAsync(_client);
        var response = await _client.PostJsonAsync("/claims", new
        {
            sourceId = source, quantityKey = quantity, quote = "more than 1,100 political prisoners",
            qualifier = "more_than", value = 1100, attributedTo = "Viasna", note = "Viasna's count",
        });
        var claim = await response.JsonAsync(HttpStatusCode.Created);

        var start = Records.Text.IndexOf("more than 1,100 political prisoners", StringComparison.Ordinal);
        Assert.Equal($"/claims/{claim["id"]}", response.Headers.Location?.OriginalString);
        Assert.Equal(start, (int)claim["quoteStart"]!);
        Assert.Equal(start + "more than 1,100 political prisoners".Length, (int)claim["quoteEnd"]!);
        Assert.Equal("more_than", (string)claim["qualifier"]!);
        Assert.Equal("2025-09-12", (string)claim["asOf"]!);
        Assert.Equal("Viasna", (string)claim["attributedTo"]!);
        Assert.Equal(quantity, (string)claim["quantityKey"]!);
        Assert.Equal(source, (long)claim["sourceId"]!);
    }

    [Fact]
    public async Task A_quote_that_is_not_in_the_sources_text_is_refused()
    {
        var problem = await (await _client.PostJsonAsync("/claims", new
        {
            sourceId = await Records.SourceAsync(_client), quantityKey = await Records.QuantityAsync(_client),
            quote = "1,300 political prisoners", qualifier = "exact", value = 1300,
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["quote"], problem.ErrorKeys());
    }

    [Fact]
    public async Task A_source_without_text_takes_any_quote_and_reports_no_offsets()
    {
        var claim = await Records.ClaimAsync(_client, await Records.SourceAsync(_client, text: null), await Records.QuantityAsync(_client),
            quote: "words from a broadcast");
        Assert.Null(claim["quoteStart"]);
        Assert.Null(claim["quoteEnd"]);
    }

    [Theory]
    [InlineData("""{"qualifier":"between","value":5}""", new[] { "max", "min", "value" })]
    [InlineData("""{"qualifier":"between","min":5,"max":4}""", new[] { "max" })]
    [InlineData("""{"qualifier":"exact"}""", new[] { "value" })]
    [InlineData("""{"qualifier":"exact","value":5,"min":1}""", new[] { "min" })]
    [InlineData("""{"qualifier":"exact","value":5,"precision":0}""", new[] { "precision" })]
    [InlineData("""{"qualifier":"exact","value":5,"asOf":"1700-01-01"}""", new[] { "asOf" })]
    [InlineData("""{"value":5}""", new[] { "qualifier" })]
    [InlineData("""{"qualifier":"roughly","value":5}""", new[] { "qualifier" })]
    [InlineData("""{"qualifier":3,"value":5}""", new[] { "qualifier" })]
    [InlineData("""{"qualifier":"exact","value":"five"}""", new[] { "value" })]
    [InlineData("""{"qualifier":"exact","value":1e40}""", new[] { "value" })]
    [InlineData("""{"qualifier":"exact","value":5,"asOf":"12/09/2025"}""", new[] { "asOf" })]
    [InlineData("""{"qualifier":"exact","value":5,"quote":""}""", new[] { "quote" })]
    [InlineData("""{"qualifier":"exact","value":5,"quantityKey":"Not A Key"}""", new[] { "quantityKey" })]
    [InlineData("""{"qualifier":"exact","value":5,"sourceId":0}""", new[] { "sourceId" })]
    public async Task A_bad_claim_is_refused_naming_each_field(string fields, string[] keys)
    {
        var body = JsonNode.Parse("""{"sourceId":1,"quantityKey":"a/b","quote":"q"}""")!.AsObject();
        foreach (var (name, value) in JsonNode.Parse(fields)!.AsObject())
            body[name] = value?.DeepClone();

        var problem = await (await _client.PostRawAsync("/claims", body.ToJsonString())).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(keys, problem.ErrorKeys());
    }

    [Theory]
    [InlineData("""{"sourceId":1,""")]
    [InlineData("[1,2]")]
    [InlineData("null")]
    [InlineData("")]
    public async Task Malformed_json_is_a_bad_request_not_a_server_error(string json)
    {
        await (await _client.PostRawAsync("/claims", json)).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("people", "whole_non_negative")]
    [InlineData("integer", "whole")]
    [InlineData("percent", "percentage")]
    [InlineData("usd", "any")]
    public async Task A_quantity_says_which_rule_its_unit_gets(string unit, string values) =>
        Assert.Equal(values, (string)(await _client.GetJsonAsync($"/quantities/{await Records.QuantityAsync(_client, unit)}"))["values"]!);

    public static TheoryData<string> Qualifiers() =>
        [.. Enum.GetValues<FactCheck.Domain.Qualifier>().Select(q => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(q.ToString()))];

    // The store's CHECK once lagged the API: `exactly` was taken, then refused by the database with a 500.
    [Theory]
    [MemberData(nameof(Qualifiers))]
    public async Task Every_qualifier_the_api_takes_is_stored_and_read_back(string qualifier)
    {
        var source = await Records.SourceAsync(_client, text: null);
        var quantity = await Records.QuantityAsync(_client);
        var body = qualifier == "between"
            ? (object)new { sourceId = source, quantityKey = quantity, quote = "150 respondents", qualifier, min = 140, max = 160 }
            : new { sourceId = source, quantityKey = quantity, quote = "150 respondents", qualifier, value = 150 };
        var created = await (await _client.PostJsonAsync("/claims", body)).JsonAsync(HttpStatusCode.Created);

        Assert.Equal(qualifier, (string)(await _client.GetJsonAsync($"/claims/{created["id"]}"))["qualifier"]!);
    }

    [Fact]
    public async Task A_signed_whole_number_may_be_negative_but_not_fractional()
    {
        var source = await Records.SourceAsync(_client, text: null);
        var scores = await Records.QuantityAsync(_client, unit: "integer");
        var created = await Records.ClaimAsync(_client, source, scores, quote: "a net change of minus 35", qualifier: "exact", value: -35);
        Assert.Equal(-35m, (decimal)created["value"]!);

        var findings = await _client.GetJsonAsync($"/findings?quantity={scores}");
        Assert.Equal(0, (int)findings["totalItems"]!);
        await Records.ClaimAsync(_client, source, scores, quote: "minus 2.5 points", qualifier: "exact", value: -2.5m);
        var impossible = (await _client.GetJsonAsync($"/findings?quantity={scores}&kind=impossible_claim"))["items"]!.AsArray().Single()!;
        Assert.StartsWith("This claim allows no whole number: Test Wire, 12 Sep 2025: 'minus 2.5 points' (-2.5).", (string)impossible["explanation"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_negative_count_is_refused()
    {
        var problem = await (await _client.PostJsonAsync("/claims", new
        {
            sourceId = await Records.SourceAsync(_client, text: null), quantityKey = await Records.QuantityAsync(_client),
            quote = "minus five", qualifier = "exact", value = -5,
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["value"], problem.ErrorKeys());
    }

    [Fact]
    public async Task Unknown_references_are_not_found_naming_the_field()
    {
        var quantity = await Records.QuantityAsync(_client);
        var noSource = await (await _client.PostJsonAsync("/claims", new { sourceId = 987654, quantityKey = quantity, quote = "q", qualifier = "exact", value = 1 }))
            .ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(["sourceId"], noSource.ErrorKeys());

        var source = await Records.SourceAsync(_client, text: null);
        var noQuantity = await (await _client.PostJsonAsync("/claims", new { sourceId = source, quantityKey = "no/such", quote = "q", qualifier = "exact", value = 1 }))
            .ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(["quantityKey"], noQuantity.ErrorKeys());
    }

    [Fact]
    public async Task The_same_claim_recorded_twice_is_a_conflict()
    {
        var source = await Records.SourceAsync(_client);
        var quantity = await Records.QuantityAsync(_client);
        await Records.ClaimAsync(_client, source, quantity);

        await (await _client.PostJsonAsync("/claims", new
        {
            sourceId = source, quantityKey = quantity, quote = "more than 1,100 political prisoners", qualifier = "more_than", value = 1100,
        })).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_claim_is_replaced_and_deleted()
    {
        var source = await Records.SourceAsync(_client);
        var quantity = await Records.QuantityAsync(_client);
        var id = (long)(await Records.ClaimAsync(_client, source, quantity))["id"]!;

        var updated = await (await _client.PutAsJsonAsync($"/claims/{id}", new
        {
            sourceId = source, quantityKey = quantity, quote = "about 4.0%", qualifier = "approximately", value = 4.0m, asOf = "2025-09-10",
        })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("approximately", (string)updated["qualifier"]!);
        Assert.Equal("2025-09-10", (string)updated["asOf"]!);
        Assert.Equal(Records.Text.IndexOf("about 4.0%", StringComparison.Ordinal), (int)updated["quoteStart"]!);

        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/claims/{id}")).StatusCode);
        await (await _client.GetAsync($"/claims/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.DeleteAsync($"/claims/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PutAsJsonAsync($"/claims/{id}", new { sourceId = source, quantityKey = quantity, quote = "about 4.0%", qualifier = "exact", value = 4 }))
            .ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Claims_are_filtered_by_quantity_source_voice_and_date()
    {
        var source = await Records.SourceAsync(_client, text: null);
        var other = await Records.SourceAsync(_client, text: null);
        var quantity = await Records.QuantityAsync(_client, kind: "stock");
        async Task Claim(long sourceId, string quote, string? attributedTo, string? asOf) =>
            await (await _client.PostJsonAsync("/claims", new { sourceId, quantityKey = quantity, quote, qualifier = "exact", value = 1, attributedTo, asOf }))
                .JsonAsync(HttpStatusCode.Created);
        await Claim(source, "one", "Viasna", "2025-08-01");
        await Claim(source, "two", "BelTA", "2025-09-01");
        await Claim(other, "three", "viasna", null);

        string[] Quotes(JsonNode page) => page["items"]!.AsArray().Select(c => (string)c!["quote"]!).ToArray();
        Assert.Equal(["one", "two", "three"], Quotes(await _client.GetJsonAsync($"/claims?quantity={quantity}")));
        Assert.Equal(["one", "two"], Quotes(await _client.GetJsonAsync($"/claims?quantity={quantity}&sourceId={source}")));
        Assert.Equal(["one", "three"], Quotes(await _client.GetJsonAsync($"/claims?quantity={quantity}&attributedTo=VIASNA")));
        Assert.Equal(["two", "three"], Quotes(await _client.GetJsonAsync($"/claims?quantity={quantity}&asOfFrom=2025-08-15")));
        Assert.Equal(["one"], Quotes(await _client.GetJsonAsync($"/claims?quantity={quantity}&asOfTo=2025-08-15")));
    }
}
