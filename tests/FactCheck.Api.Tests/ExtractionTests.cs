using System.Net;

namespace FactCheck.Api.Tests;

/// <summary>On the seed data, loaded with the articles' text.</summary>
public sealed class ExtractionTests : IDisposable
{
    private readonly ApiFactory _api = new(seed: true);
    private readonly HttpClient _client;

    public ExtractionTests() => _client = _api.CreateClient();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task Posted_text_yields_its_mentions_with_spans_kinds_and_suggested_quantities()
    {
        const string text = "Belarus freed six Lithuanians on September 11, 2025, up to 1,300 political prisoners remain held.";
        var mentions = (await (await _client.PostJsonAsync("/extractions", new { text })).JsonAsync(HttpStatusCode.OK))["mentions"]!.AsArray();

        Assert.Equal(["six Lithuanians", "September 11, 2025", "up to 1,300 political prisoners"], mentions.Select(m => (string)m!["text"]!));
        var lithuanians = mentions[0]!;
        Assert.Equal(text.IndexOf("six", StringComparison.Ordinal), (int)lithuanians["start"]!);
        Assert.Equal("count", (string)lithuanians["kind"]!);
        Assert.Equal(6, (decimal)lithuanians["value"]!);
        Assert.True((bool)lithuanians["proposed"]!);
        Assert.Equal("belarus/release/2025-09-11/lithuanians", (string)lithuanians["suggestedQuantityKey"]!);
        Assert.Equal("date", (string)mentions[1]!["kind"]!);
        Assert.False((bool)mentions[1]!["proposed"]!);
        Assert.Equal("up_to", (string)mentions[2]!["qualifier"]!);
        Assert.Equal("belarus/political-prisoners/held", (string)mentions[2]!["suggestedQuantityKey"]!);
    }

    [Fact]
    public async Task Measures_shares_and_signs_come_with_their_units_and_dimensions()
    {
        const string text = "The fire burned 4,000 hectares, two-thirds of the reserve, as temperatures fell to -5 °C.";
        var mentions = (await (await _client.PostJsonAsync("/extractions", new { text })).JsonAsync(HttpStatusCode.OK))["mentions"]!.AsArray();

        Assert.Equal(["measure", "other", "measure"], mentions.Select(m => (string)m!["kind"]!));
        Assert.Equal(["ha", "fraction", "celsius"], mentions.Select(m => (string)m!["unit"]!));
        Assert.Equal(["area", null, "temperature"], mentions.Select(m => (string?)m!["dimension"]));
        Assert.Equal([4000m, 0.6666666666666666666666666667m, -5m], mentions.Select(m => (decimal)m!["value"]!));
        Assert.All(mentions, m => Assert.True((bool)m!["proposed"]!));
    }

    [Fact]
    public async Task A_quantity_defined_after_an_extraction_is_suggested_at_the_next()
    {
        const string text = "Rescuers pulled 27 miners from the flooded shaft on Friday.";
        var before = (await (await _client.PostJsonAsync("/extractions", new { text })).JsonAsync(HttpStatusCode.OK))["mentions"]![0]!;
        Assert.Null(before["suggestedQuantityKey"]);
        var key = $"test/{Guid.NewGuid():N}";
        await (await _client.PostJsonAsync("/quantities", new { key, label = "Miners rescued from the flooded shaft", unit = "people", kind = "event" }))
            .JsonAsync(HttpStatusCode.Created);

        var after = (await (await _client.PostJsonAsync("/extractions", new { text })).JsonAsync(HttpStatusCode.OK))["mentions"]![0]!;
        Assert.Equal(key, (string)after["suggestedQuantityKey"]!);
    }

    [Fact]
    public async Task A_stored_sources_text_is_read_the_same_way()
    {
        var sources = (await _client.GetJsonAsync("/sources?publisher=Notes%20from%20Poland"))["items"]!.AsArray();
        var id = (long)sources[0]!["id"]!;
        var mentions = (await _client.GetJsonAsync($"/sources/{id}/extractions"))["mentions"]!.AsArray();

        var proposed = mentions.Where(m => (bool)m!["proposed"]!).Select(m => (string)m!["text"]!).ToList();
        Assert.Contains("three Polish nationals", proposed);
        Assert.Contains("more than 1,100 political prisoners", proposed);
        Assert.DoesNotContain(mentions, m => (bool)m!["proposed"]! && (string)m["text"]! == "2021");

        // Each proposal names whom its sentence attributes it to, with the span that says so; "They included…" continues BelTA's sentence.
        var source = await _client.GetJsonAsync($"/sources/{id}");
        var text = (string)source["text"]!;
        var lithuanians = mentions.Single(m => (string)m!["text"]! == "six Lithuanians")!["attribution"]!;
        Assert.Equal("Belarusian State news agency BelTA", (string)lithuanians["name"]!);
        Assert.Equal("Belarusian State news agency BelTA", text[(int)lithuanians["start"]!..(int)lithuanians["end"]!]);
        Assert.Equal("Human rights group Viasna", (string)mentions.Single(m => (string)m!["text"]! == "more than 1,100 political prisoners")!["attribution"]!["name"]!);
        Assert.Null(mentions.First(m => ((string)m!["text"]!).Contains("52", StringComparison.Ordinal))!["attribution"]);
    }

    [Fact]
    public async Task Accepting_a_proposal_records_the_claim_where_the_mention_stands()
    {
        const string text = "Officials said 37 journalists were freed. Rights groups said 37 journalists were freed, too.";
        var source = await Records.SourceAsync(_client, text);
        var key = $"test/{Guid.NewGuid():N}";
        await (await _client.PostJsonAsync("/quantities", new { key, label = "Journalists freed", unit = "people", kind = "event" }))
            .JsonAsync(HttpStatusCode.Created);
        var second = text.LastIndexOf("37 journalists", StringComparison.Ordinal);

        var response = await _client.PostJsonAsync($"/sources/{source}/extractions/accept", new { start = second, attributedTo = "Rights groups" });
        var claim = (await response.JsonAsync(HttpStatusCode.Created))["claims"]![0]!;
        Assert.Equal($"/claims/{claim["id"]}", response.Headers.Location!.OriginalString);

        Assert.Equal(key, (string)claim["quantityKey"]!);
        Assert.Equal("37 journalists", (string)claim["quote"]!);
        Assert.Equal(second, (int)claim["quoteStart"]!);
        Assert.Equal(37, (decimal)claim["value"]!);
        Assert.Equal("exact", (string)claim["qualifier"]!);
        Assert.Equal("Rights groups", (string)claim["attributedTo"]!);

        // The source's extraction now says which claim the proposal became; accepting it again is a 409, whatever the attribution.
        var mentions = (await _client.GetJsonAsync($"/sources/{source}/extractions"))["mentions"]!.AsArray();
        Assert.Equal((long)claim["id"]!, (long)mentions.Single(m => (int)m!["start"]! == second)!["acceptedClaimId"]!);
        Assert.Null(mentions.Single(m => (int)m!["start"]! == text.IndexOf("37", StringComparison.Ordinal))!["acceptedClaimId"]);
        foreach (var attributedTo in new[] { "Rights groups", "Someone else", null })
        {
            var again = await (await _client.PostJsonAsync($"/sources/{source}/extractions/accept", new { start = second, attributedTo })).ProblemAsync(HttpStatusCode.Conflict);
            Assert.Contains($"claim {claim["id"]}", (string)again["detail"]!, StringComparison.Ordinal);
        }
        Assert.Equal(1, (int)(await _client.GetJsonAsync($"/claims?sourceId={source}"))["totalItems"]!);
    }

    [Fact]
    public async Task An_accept_corrects_the_quote_and_the_figure_and_defines_a_new_quantity_in_one_call()
    {
        const string text = "Belarus freed one U.K. national and about 200 others on Thursday, officials said.";
        var source = await Records.SourceAsync(_client, text);
        var mentions = (await _client.GetJsonAsync($"/sources/{source}/extractions"))["mentions"]!.AsArray();
        var others = mentions.Single(m => ((string)m!["text"]!).Contains("200", StringComparison.Ordinal))!;
        var key = $"test/{Guid.NewGuid():N}";
        var start = text.IndexOf("one U.K.", StringComparison.Ordinal);

        var claim = (await (await _client.PostJsonAsync($"/sources/{source}/extractions/accept", new
        {
            start = (int)mentions.First(m => (int)m!["start"]! >= start)!["start"]!,
            quoteStart = start, quoteEnd = start + "one U.K. national".Length, qualifier = "exactly", value = 1,
            quantity = new { key, label = "British nationals freed", unit = "people", kind = "event" },
        })).JsonAsync(HttpStatusCode.Created))["claims"]![0]!;

        Assert.Equal("one U.K. national", (string)claim["quote"]!);
        Assert.Equal(start, (int)claim["quoteStart"]!);
        Assert.Equal("exactly", (string)claim["qualifier"]!);
        Assert.Equal(1m, (decimal)claim["value"]!);
        Assert.Equal(key, (string)claim["quantityKey"]!);
        Assert.Equal("British nationals freed", (string)(await _client.GetJsonAsync($"/quantities/{key}"))["label"]!);

        // The new quantity is written with its claim or not at all: a key already defined refuses both.
        var twice = await (await _client.PostJsonAsync($"/sources/{source}/extractions/accept", new
        {
            start = (int)others["start"]!, precision = 10, quantity = new { key, label = "Someone else", unit = "people", kind = "event" },
        })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains(key, (string)twice["detail"]!, StringComparison.Ordinal);
        Assert.Equal(1, (int)(await _client.GetJsonAsync($"/claims?sourceId={source}"))["totalItems"]!);
        Assert.Equal("British nationals freed", (string)(await _client.GetJsonAsync($"/quantities/{key}"))["label"]!);
        Assert.Equal((long)claim["id"]!, (long)(await _client.GetJsonAsync($"/sources/{source}/extractions"))["mentions"]!.AsArray()
            .First(m => (int)m!["start"]! >= start)!["acceptedClaimId"]!);
    }

    [Fact]
    public async Task Many_proposals_are_accepted_in_one_call_with_their_proposed_attribution()
    {
        const string text = "BelTA reported 37 journalists were freed on Monday. According to Viasna, 12 of them were women and 25 were men.";
        var source = await Records.SourceAsync(_client, text);
        var freed = await Records.QuantityAsync(_client);
        var women = $"test/{Guid.NewGuid():N}";
        var definition = new { key = women, label = "Women among the journalists freed", unit = "people", kind = "event" };
        int At(string words) => text.IndexOf(words, StringComparison.Ordinal);

        var response = await _client.PostJsonAsync($"/sources/{source}/extractions/accept", new
        {
            accepts = new object[]
            {
                new { start = At("37"), quantityKey = freed },
                new { start = At("12"), quantity = definition, asOf = "2025-09-08", note = "Viasna's count" },
                new { start = At("25"), quantity = definition with { key = women }, attributedTo = "" },
            },
        });
        var claims = (await response.JsonAsync(HttpStatusCode.Created))["claims"]!.AsArray();

        Assert.Equal($"/claims?sourceId={source}", response.Headers.Location!.OriginalString);
        Assert.Equal(["37 journalists", "12", "25"], claims.Select(c => (string)c!["quote"]!));
        Assert.Equal([freed, women, women], claims.Select(c => (string)c!["quantityKey"]!));
        Assert.Equal(["BelTA", "Viasna", null], claims.Select(c => (string?)c!["attributedTo"]));
        Assert.Equal(["2025-09-12", "2025-09-08", "2025-09-12"], claims.Select(c => (string)c!["asOf"]!));
        Assert.Equal("Viasna's count", (string)claims[1]!["note"]!);
        var accepted = (await _client.GetJsonAsync($"/sources/{source}/extractions"))["mentions"]!.AsArray()
            .Where(m => m!["acceptedClaimId"] is not null).Select(m => (long)m!["acceptedClaimId"]!);
        Assert.Equal(claims.Select(c => (long)c!["id"]!), accepted);
    }

    [Fact]
    public async Task A_batch_with_any_problem_writes_nothing_and_names_each_under_its_accept()
    {
        const string text = "In 2021, officials said 37 journalists and 12 lawyers were freed.";
        var source = await Records.SourceAsync(_client, text);
        var newKey = $"test/{Guid.NewGuid():N}";
        int At(string words) => text.IndexOf(words, StringComparison.Ordinal);
        var quantity = new { key = newKey, label = "Journalists freed", unit = "people", kind = "event" };

        var invalid = await (await _client.PostJsonAsync($"/sources/{source}/extractions/accept", new
        {
            accepts = new object[]
            {
                new { start = At("37"), quantity },
                new { start = At("12"), quantity, qualifier = "between", min = 10 },
                new { start = At("2021") },
                new { start = At("37"), quantityKey = newKey },
            },
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["accepts[1].max", "accepts[2].start", "accepts[3].start"], invalid.ErrorKeys());
        Assert.StartsWith("The mention at 3, '2021', is a year", (string)invalid["errors"]!["accepts[2].start"]![0]!, StringComparison.Ordinal);

        // A problem found only while writing (a quantity that is not stored) rolls back the quantity an earlier accept defined.
        var unknown = await (await _client.PostJsonAsync($"/sources/{source}/extractions/accept", new
        {
            accepts = new object[] { new { start = At("37"), quantity }, new { start = At("12"), quantityKey = "test/not-stored" } },
        })).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(["accepts[1].quantityKey"], unknown.ErrorKeys());
        Assert.Equal(0, (int)(await _client.GetJsonAsync($"/claims?sourceId={source}"))["totalItems"]!);
        await (await _client.GetAsync($"/quantities/{newKey}")).ProblemAsync(HttpStatusCode.NotFound);

        var both = await (await _client.PostJsonAsync($"/sources/{source}/extractions/accept", new
        {
            start = At("37"), accepts = new object[] { new { start = At("12") } },
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["accepts"], both.ErrorKeys());
        var empty = await (await _client.PostJsonAsync($"/sources/{source}/extractions/accept", new { accepts = Array.Empty<object>() })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["accepts"], empty.ErrorKeys());
        var missing = await (await _client.PostJsonAsync($"/sources/{source}/extractions/accept", new { accepts = new object[] { new { quantityKey = newKey } } })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["accepts[0].start"], missing.ErrorKeys());
        var nothing = await (await _client.PostRawAsync($"/sources/{source}/extractions/accept", """{"accepts":[null]}""")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["accepts[0]"], nothing.ErrorKeys());
    }

    [Theory]
    [InlineData("""{"qualifier":"between","min":5}""", "max")]
    [InlineData("""{"quoteStart":0}""", "quoteEnd")]
    [InlineData("""{"quoteStart":5,"quoteEnd":2}""", "quoteEnd")]
    [InlineData("""{"quoteStart":0,"quoteEnd":100000}""", "quoteEnd")]
    [InlineData("""{"quantityKey":"a/b","quantity":{"key":"a/c","label":"C","unit":"people","kind":"event"}}""", "quantity")]
    [InlineData("""{"quantity":{"key":"Not A Key","label":"C","unit":"people","kind":"event"}}""", "quantity.key")]
    public async Task An_accept_whose_corrections_do_not_hold_is_refused_naming_them(string overrides, string field)
    {
        var source = await Records.SourceAsync(_client, "Belarus freed 52 political prisoners.");
        var body = System.Text.Json.Nodes.JsonNode.Parse(overrides)!.AsObject();
        body["start"] = 14;
        var problem = await (await _client.PostRawAsync($"/sources/{source}/extractions/accept", body.ToJsonString())).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(field, problem.ErrorKeys());
        Assert.Equal(0, (int)(await _client.GetJsonAsync($"/claims?sourceId={source}"))["totalItems"]!);
    }

    [Fact]
    public async Task Accepting_needs_a_proposed_mention_and_a_quantity()
    {
        var source = await Records.SourceAsync(_client, "In 2021, three NATO countries objected.");

        var notThere = await (await _client.PostJsonAsync($"/sources/{source}/extractions/accept", new { start = 1 })).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(["start"], notThere.ErrorKeys());
        var year = await (await _client.PostJsonAsync($"/sources/{source}/extractions/accept", new { start = 3 })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["start"], year.ErrorKeys());
        Assert.StartsWith("The mention at 3, '2021', is a year:", (string)year["errors"]!["start"]![0]!, StringComparison.Ordinal);
        var noQuantity = await (await _client.PostJsonAsync($"/sources/{source}/extractions/accept", new { start = 9 })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["quantityKey"], noQuantity.ErrorKeys());
    }

    [Fact]
    public async Task A_claim_placed_at_an_offset_where_its_quote_does_not_stand_is_refused()
    {
        var source = await Records.SourceAsync(_client);
        var problem = await (await _client.PostJsonAsync("/claims", new
        {
            sourceId = source, quantityKey = await Records.QuantityAsync(_client), quote = "more than 1,100", quoteStart = 3, qualifier = "more_than", value = 1100,
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["quoteStart"], problem.ErrorKeys());
    }

    [Fact]
    public async Task Oversized_or_empty_text_is_refused_naming_the_field()
    {
        var tooLong = await (await _client.PostJsonAsync("/extractions", new { text = new string('9', 2_000_001) })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["text"], tooLong.ErrorKeys());
        var empty = await (await _client.PostJsonAsync("/extractions", new { text = "" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["text"], empty.ErrorKeys());
    }

    [Fact]
    public async Task Sources_without_text_or_unknown_sources_cannot_be_read()
    {
        await (await _client.GetAsync("/sources/987654/extractions")).ProblemAsync(HttpStatusCode.NotFound);
        var source = await Records.SourceAsync(_client, text: null);
        await (await _client.GetAsync($"/sources/{source}/extractions")).ProblemAsync(HttpStatusCode.Conflict);
        await (await _client.PostJsonAsync($"/sources/{source}/extractions/accept", new { start = 0 })).ProblemAsync(HttpStatusCode.Conflict);
    }
}
