using System.Net;
using System.Text.Json.Nodes;

namespace FactCheck.Api.Tests;

public sealed class ImportTests : IDisposable
{
    private static readonly string SeedJson = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "seed-claims.json"));
    private readonly ApiFactory _api = new();
    private readonly HttpClient _client;

    public ImportTests() => _client = _api.CreateClient();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task The_seed_document_stores_5_sources_13_quantities_26_claims_and_4_relations()
    {
        var result = await (await _client.PostRawAsync("/imports", SeedJson)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(5, (int)result["sources"]!["created"]!);
        Assert.Equal(13, (int)result["quantities"]!["created"]!);
        Assert.Equal(26, (int)result["claims"]!["created"]!);
        Assert.Equal(4, (int)result["relations"]!["created"]!);
        Assert.Equal(5, (long)(await _client.GetJsonAsync("/sources"))["totalItems"]!);
        Assert.Equal(13, (long)(await _client.GetJsonAsync("/quantities"))["totalItems"]!);
        Assert.Equal(26, (long)(await _client.GetJsonAsync("/claims"))["totalItems"]!);
        Assert.Equal(4, (long)(await _client.GetJsonAsync("/relations"))["totalItems"]!);
    }

    [Fact]
    public async Task A_relation_dated_in_the_document_keeps_its_date_and_is_another_relation_than_the_undated_one()
    {
        var seed = JsonNode.Parse(SeedJson)!;
        var relations = seed["relations"]!.AsArray();
        var dated = relations[0]!.DeepClone();
        dated["id"] = "r1-june";
        dated["as_of"] = "2025-06-22";
        relations.Add(dated);

        var result = await (await _client.PostRawAsync("/imports", seed.ToJsonString())).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(5, (int)result["relations"]!["created"]!);
        var stored = await _client.GetJsonAsync($"/relations/{result["ids"]!["relations"]!["r1-june"]}");
        Assert.Equal("2025-06-22", (string)stored["asOf"]!);
        Assert.Null((await _client.GetJsonAsync($"/relations/{result["ids"]!["relations"]!["r1"]}"))["asOf"]);
    }

    // Written here in the style of a wire report; "Tsikhanouski and 13 others" makes the freed the others plus one.
    private const string Others = """
        {
          "sources": [{"id": "wire", "publisher": "Test Wire", "title": "Tsikhanouski freed", "published": "2025-06-21",
                       "text": "Siarhei Tsikhanouski and 13 others were freed on Saturday; 14 people in all crossed into Lithuania."}],
          "quantities": [
            {"key": "test/june/freed", "label": "people freed in June", "unit": "people", "kind": "event"},
            {"key": "test/june/others", "label": "others freed with Tsikhanouski", "unit": "people", "kind": "event"}
          ],
          "claims": [
            {"source": "wire", "quantity": "test/june/others", "quote": "13 others", "qualifier": "exact", "value": 13},
            {"source": "wire", "quantity": "test/june/freed", "quote": "14 people", "qualifier": "exact", "value": 14}
          ],
          "relations": [{"id": "with-him", "kind": "sum", "total": "test/june/freed", "parts": ["test/june/others"],
                         "constants": [{"role": "part", "value": 1}]}]
        }
        """;

    [Fact]
    public async Task A_relation_with_a_constant_is_imported_once_and_reads_back_with_it()
    {
        var first = await (await _client.PostRawAsync("/imports", Others)).JsonAsync(HttpStatusCode.OK);
        var second = await (await _client.PostRawAsync("/imports", Others)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(1, (int)second["relations"]!["unchanged"]!);
        var id = first["ids"]!["relations"]!["with-him"]!;
        Assert.Equal(id.ToJsonString(), second["ids"]!["relations"]!["with-him"]!.ToJsonString());
        var stored = await _client.GetJsonAsync($"/relations/{id}");
        Assert.Equal("""[{"role":"part","value":1}]""", stored["constants"]!.ToJsonString());
        var check = (await _client.GetJsonAsync("/checks/quantities/test/june/freed"))["relations"]!.AsArray().Single()!;
        Assert.Equal("consistent", (string)check["verdict"]!);
    }

    [Fact]
    public async Task Every_seed_record_reads_back_unchanged()
    {
        var gold = JsonNode.Parse(SeedJson)!;
        var ids = (await (await _client.PostRawAsync("/imports", SeedJson)).JsonAsync(HttpStatusCode.OK))["ids"]!;

        foreach (var source in gold["sources"]!.AsArray())
        {
            var read = await _client.GetJsonAsync($"/sources/{ids["sources"]![(string)source!["id"]!]}");
            Assert.Equal((string)source["title"]!, (string)read["title"]!);
            Assert.Equal((string)source["publisher"]!, (string)read["publisher"]!);
            Assert.Equal((string)source["published"]!, (string)read["publishedAt"]!);
        }
        foreach (var quantity in gold["quantities"]!.AsArray())
        {
            var read = await _client.GetJsonAsync($"/quantities/{quantity!["key"]}");
            Assert.Equal((string)quantity["label"]!, (string)read["label"]!);
            Assert.Equal((string)quantity["unit"]!, (string)read["unit"]!);
            Assert.Equal((string)quantity["kind"]!, (string)read["kind"]!);
            Assert.Equal((int?)quantity["window_days"], (int?)read["windowDays"]);
        }
        var published = gold["sources"]!.AsArray().ToDictionary(s => (string)s!["id"]!, s => (string)s!["published"]!);
        foreach (var claim in gold["claims"]!.AsArray())
        {
            var read = await _client.GetJsonAsync($"/claims/{ids["claims"]![(string)claim!["id"]!]}");
            Assert.Equal((long)ids["sources"]![(string)claim["source"]!]!, (long)read["sourceId"]!);
            Assert.Equal((string)claim["quantity"]!, (string)read["quantityKey"]!);
            Assert.Equal((string)claim["quote"]!, (string)read["quote"]!);
            Assert.Equal((string)claim["qualifier"]!, (string)read["qualifier"]!);
            foreach (var figure in new[] { "value", "min", "max" })
                Assert.Equal(claim[figure]?.ToJsonString(), read[figure]?.ToJsonString());
            Assert.Equal((string?)claim["attributed_to"], (string?)read["attributedTo"]);
            Assert.Equal((string?)claim["note"], (string?)read["note"]);
            Assert.Equal(published[(string)claim["source"]!], (string)read["asOf"]!);
        }
        foreach (var relation in gold["relations"]!.AsArray())
        {
            var read = await _client.GetJsonAsync($"/relations/{ids["relations"]![(string)relation!["id"]!]}");
            foreach (var role in new[] { "kind", "result", "part", "whole", "total", "meaning" })
                Assert.Equal((string?)relation[role], (string?)read[role]);
            Assert.Equal(relation["parts"]?.ToJsonString(), read["parts"]?.ToJsonString());
        }
    }

    [Fact]
    public async Task Posting_the_same_document_twice_changes_nothing_the_second_time()
    {
        var first = await (await _client.PostRawAsync("/imports", SeedJson)).JsonAsync(HttpStatusCode.OK);
        var claimsBefore = (await _client.GetJsonAsync("/claims?pageSize=200")).ToJsonString();

        var second = await (await _client.PostRawAsync("/imports", SeedJson)).JsonAsync(HttpStatusCode.OK);

        foreach (var (kind, count) in new[] { ("sources", 5), ("quantities", 13), ("claims", 26), ("relations", 4) })
        {
            Assert.Equal(0, (int)second[kind]!["created"]!);
            Assert.Equal(0, (int)second[kind]!["updated"]!);
            Assert.Equal(count, (int)second[kind]!["unchanged"]!);
        }
        Assert.Equal(first["ids"]!.ToJsonString(), second["ids"]!.ToJsonString());
        Assert.Equal(claimsBefore, (await _client.GetJsonAsync("/claims?pageSize=200")).ToJsonString());
    }

    /// <summary>
    /// The import writes its claims as one batch while the per-row triggers stand aside (migration 0012): every claim
    /// must still get its one first revision, by the writer, its place in the search index and a new store version,
    /// and the triggers must be back for the next single write.
    /// </summary>
    [Fact]
    public async Task Imported_claims_keep_their_history_and_search_and_the_next_single_write_keeps_its_own()
    {
        var result = await (await _client.PostRawAsync("/imports", SeedJson)).JsonAsync(HttpStatusCode.OK);

        var released = (long)result["ids"]!["claims"]!["c0d"]!;
        var history = (await _client.GetJsonAsync($"/claims/{released}/history")).AsArray();
        Assert.Equal("create", (string)Assert.Single(history)!["action"]!);
        Assert.StartsWith("tests-", (string)history[0]!["author"]!, StringComparison.Ordinal);
        Assert.Equal(26L, Convert.ToInt64(_api.Database.Scalar("SELECT count(*) FROM revisions WHERE entity = 'claim' AND action = 'create'"),
            System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(released, (await _client.GetJsonAsync("/claims?q=released%2014"))["items"]!.AsArray().Select(c => (long)c!["id"]!));
        // A second import whose only new record is a claim: a store version that had not moved would serve the findings from before it.
        var before = (int)(await _client.GetJsonAsync("/findings"))["totalItems"]!;
        var more = JsonNode.Parse(SeedJson)!;
        more["claims"]![0]!["value"] = 5000;
        var second = await (await _client.PostRawAsync("/imports", more.ToJsonString())).JsonAsync(HttpStatusCode.OK);
        Assert.Equal((1, 0), ((int)second["claims"]!["created"]!, (int)second["sources"]!["created"]! + (int)second["quantities"]!["created"]!));
        Assert.True((int)(await _client.GetJsonAsync("/findings"))["totalItems"]! > before);
#if !POSTGRES
        Assert.Equal(0L, (long)_api.Database.Scalar("SELECT count(*) FROM claims_in_bulk")!);
#endif

        var source = (long)(await (await _client.PostRawAsync("/sources",
            """{"publisher":"Desk","title":"Notes","publishedAt":"2025-09-13"}""")).JsonAsync(HttpStatusCode.Created))["id"]!;
        var created = (long)(await (await _client.PostRawAsync("/claims",
            $$"""{"sourceId":{{source}},"quantityKey":"belarus/political-prisoners/held","quote":"1,350 behind bars","qualifier":"exact","value":1350}"""))
            .JsonAsync(HttpStatusCode.Created))["id"]!;
        Assert.Equal("create", (string)Assert.Single((await _client.GetJsonAsync($"/claims/{created}/history")).AsArray())!["action"]!);
        Assert.Equal(created, (long)Assert.Single((await _client.GetJsonAsync("/claims?q=behind%20bars"))["items"]!.AsArray())!["id"]!);
    }

    /// <summary>
    /// New rows go in many to a round trip on PostgreSQL (1,000 a batch): each id the import returns is its own
    /// record's, across batches, with stored and new sources mixed in the document.
    /// </summary>
    [Fact]
    public async Task Every_id_of_a_large_import_names_its_own_record()
    {
        const int Claims = 2_345, Sources = 1_234, Quantities = 1_111;
        await (await _client.PostRawAsync("/imports", """
            {"sources":[{"id":"s7","publisher":"Desk","title":"Article 7","url":"https://example.org/7","published":"2025-09-01"}]}
            """)).JsonAsync(HttpStatusCode.OK);
        var document = new JsonObject
        {
            ["sources"] = new JsonArray(Enumerable.Range(0, Sources).Select(i => (JsonNode)new JsonObject
            {
                ["id"] = $"s{i}", ["publisher"] = "Desk", ["title"] = $"Article {i}", ["url"] = $"https://example.org/{i}", ["published"] = "2025-09-01",
            }).ToArray()),
            ["quantities"] = new JsonArray(Enumerable.Range(0, Quantities).Select(i => (JsonNode)new JsonObject
            {
                ["key"] = $"bulk/q{i}", ["label"] = $"Quantity {i}", ["unit"] = "people", ["kind"] = "event",
            }).ToArray()),
            ["claims"] = new JsonArray(Enumerable.Range(0, Claims).Select(i => (JsonNode)new JsonObject
            {
                ["id"] = $"c{i}", ["source"] = $"s{i % Sources}", ["quantity"] = $"bulk/q{i % Quantities}",
                ["quote"] = $"claim {i}", ["qualifier"] = "exact", ["value"] = i,
            }).ToArray()),
        };

        var result = await (await _client.PostRawAsync("/imports", document.ToJsonString())).JsonAsync(HttpStatusCode.OK);

        Assert.Equal((Sources - 1, 1), ((int)result["sources"]!["created"]!, (int)result["sources"]!["unchanged"]!));
        Assert.Equal((Quantities, Claims), ((int)result["quantities"]!["created"]!, (int)result["claims"]!["created"]!));
        foreach (var i in new[] { 0, 7, 999, 1_000, 1_001, 1_233 })
            Assert.Equal($"Article {i}", (string)(await _client.GetJsonAsync($"/sources/{result["ids"]!["sources"]![$"s{i}"]}"))["title"]!);
        foreach (var i in new[] { 0, 999, 1_000, 1_999, 2_000, 2_344 })
        {
            var claim = await _client.GetJsonAsync($"/claims/{result["ids"]!["claims"]![$"c{i}"]}");
            Assert.Equal(($"claim {i}", $"bulk/q{i % Quantities}", (decimal)i), ((string)claim["quote"]!, (string)claim["quantityKey"]!, (decimal)claim["value"]!));
            Assert.Equal($"Article {i % Sources}", (string)(await _client.GetJsonAsync($"/sources/{claim["sourceId"]}"))["title"]!);
        }
    }

    /// <summary>A source with a URL is the stored source of that URL, whatever else changed: matched in one query for the whole document.</summary>
    [Fact]
    public async Task A_source_is_matched_by_its_url_and_a_new_title_updates_it()
    {
        static string Document(string title) => $$"""
            {"sources":[{"id":"a","publisher":"Desk","title":"{{title}}","url":"https://example.org/a","published":"2025-09-12"},
                        {"id":"b","publisher":"Desk","title":"Other","url":"https://example.org/b","published":"2025-09-12"}]}
            """;
        var first = await (await _client.PostRawAsync("/imports", Document("Old title"))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, (int)first["sources"]!["created"]!);

        var again = await (await _client.PostRawAsync("/imports", Document("New title"))).JsonAsync(HttpStatusCode.OK);

        Assert.Equal((1, 1, 0), ((int)again["sources"]!["updated"]!, (int)again["sources"]!["unchanged"]!, (int)again["sources"]!["created"]!));
        Assert.Equal(first["ids"]!["sources"]!.ToJsonString(), again["ids"]!["sources"]!.ToJsonString());
        Assert.Equal("New title", (string)(await _client.GetJsonAsync($"/sources/{first["ids"]!["sources"]!["a"]}"))["title"]!);
    }

    [Fact]
    public async Task A_changed_label_is_updated_and_counted()
    {
        await (await _client.PostRawAsync("/imports", SeedJson)).JsonAsync(HttpStatusCode.OK);
        var changed = JsonNode.Parse(SeedJson)!;
        changed["quantities"]![0]!["label"] = "Political prisoners in Belarusian prisons";

        var result = await (await _client.PostRawAsync("/imports", changed.ToJsonString())).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(1, (int)result["quantities"]!["updated"]!);
        Assert.Equal("Political prisoners in Belarusian prisons",
            (string)(await _client.GetJsonAsync("/quantities/belarus/political-prisoners/held"))["label"]!);
    }

    [Fact]
    public async Task A_document_with_problems_reports_them_all_by_path_and_stores_nothing()
    {
        var broken = JsonNode.Parse(SeedJson)!;
        broken["sources"]![1]!["title"] = "";
        broken["sources"]![2]!["text"] = "This text quotes none of the claims.";
        broken["quantities"]![2]!["kind"] = "flow";
        broken["claims"]![0]!.AsObject().Remove("qualifier");
        broken["claims"]![1]!["source"] = "s9";
        broken["claims"]![3]!["quantity"] = "no/such/quantity";
        broken["claims"]![4]!["id"] = "c0a";
        broken["relations"]![0]!["whole"] = null;

        var problem = await (await _client.PostRawAsync("/imports", broken.ToJsonString())).ProblemAsync(HttpStatusCode.BadRequest);
        // 'flow' is not a kind at all, so the document cannot be read and that alone is reported.
        Assert.Equal(["quantities[2].kind"], problem.ErrorKeys());

        broken["quantities"]![2]!["kind"] = "event";
        problem = await (await _client.PostRawAsync("/imports", broken.ToJsonString())).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["claims[0].qualifier", "claims[1].source", "claims[4].id", "relations[0].whole", "sources[1].title"], problem.ErrorKeys());

        broken["sources"]![1]!["title"] = "Restored";
        broken["claims"]![0]!["qualifier"] = "more_than";
        broken["claims"]![1]!["source"] = "s0";
        broken["claims"]![4]!["id"] = "c0e";
        broken["relations"]![0]!["whole"] = "belarus/political-prisoners/held";
        problem = await (await _client.PostRawAsync("/imports", broken.ToJsonString())).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["claims[3].quantity", "claims[7].quote", "claims[8].quote", "claims[9].quote"], problem.ErrorKeys());

        Assert.Equal(0, (long)(await _client.GetJsonAsync("/sources"))["totalItems"]!);
        Assert.Equal(0, (long)(await _client.GetJsonAsync("/quantities"))["totalItems"]!);
    }

    [Fact]
    public async Task A_document_may_leave_out_any_list_but_not_hold_a_null_item()
    {
        var quantitiesOnly = """{"quantities": [{"key": "test/only", "label": "a quantity alone", "unit": "people", "kind": "event"}]}""";
        Assert.Equal(1, (int)(await (await _client.PostRawAsync("/imports", quantitiesOnly)).JsonAsync(HttpStatusCode.OK))["quantities"]!["created"]!);

        var problem = await (await _client.PostRawAsync("/imports", """{"sources": [], "relations": [null]}""")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["relations[0]"], problem.ErrorKeys());
    }
}
