using System.Net;
using System.Text.Json.Nodes;

namespace FactCheck.Api.Tests;

/// <summary>A whole set of records checked in one call, stored nowhere.</summary>
public sealed class WorldChecksTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly string SeedJson = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "seed-claims.json"));
    private readonly HttpClient _client = api.CreateClient();

    private async Task<JsonNode> CheckAsync(string document) =>
        await (await _client.PostRawAsync("/checks/worlds", document)).JsonAsync(HttpStatusCode.OK);

    [Fact]
    public async Task The_seed_document_gives_the_expected_findings_and_stores_nothing()
    {
        var report = await CheckAsync(SeedJson);

        var kinds = report["findings"]!.AsArray().GroupBy(f => (string)f!["kind"]!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(11, kinds["value_conflict"]);
        Assert.Equal(2, kinds["relation_conflict"]);
        Assert.Equal(3, kinds["holds_only_by_rounding"]);
        var c0c = (long)report["ids"]!["claims"]!["c0c"]!;
        var r1 = report["findings"]!.AsArray().Single(f => (long?)f!["relation"]?["relationId"] == (long)report["ids"]!["relations"]!["r1"]!)!;
        Assert.Equal([c0c], r1["relation"]!["claimsOutOfLine"]!.AsArray().Select(c => (long)c!));
        Assert.Equal(13, report["quantities"]!.AsArray().Count);
        Assert.Equal(0, (int)(await _client.GetJsonAsync("/claims"))["totalItems"]!);
    }

    private static string Mean(decimal mean) => $$"""
        {
          "sources": [{"id": "paper", "publisher": "A journal", "title": "A study", "published": "2024-03-01"}],
          "quantities": [
            {"key": "study/mean", "label": "mean score", "unit": "points", "kind": "event"},
            {"key": "study/sum", "label": "sum of scores", "unit": "integer", "kind": "event"},
            {"key": "study/n", "label": "respondents", "unit": "people", "kind": "event"}
          ],
          "claims": [
            {"id": "m", "source": "paper", "quantity": "study/mean", "quote": "M = {{mean}}", "qualifier": "exact", "value": {{mean}}},
            {"id": "n", "source": "paper", "quantity": "study/n", "quote": "n = 15", "qualifier": "exactly", "value": 15}
          ],
          "relations": [{"id": "mean", "kind": "ratio", "result": "study/mean", "part": "study/sum", "whole": "study/n"}]
        }
        """;

    [Theory]
    [InlineData("3.47", "relation_holds_only_by_rounding")]   // 52 ÷ 15 = 3.466…
    [InlineData("3.48", "relation_conflict")]                 // no whole sum of 15 scores gives 3.475 to 3.485
    public async Task A_mean_and_its_n_are_checked_in_one_call(string mean, string kind)
    {
        var report = await CheckAsync(Mean(decimal.Parse(mean, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(kind, (string)report["findings"]!.AsArray().Single()!["kind"]!);
    }

    [Fact]
    public async Task An_exact_count_is_the_figure_itself()
    {
        var report = await CheckAsync(Mean(3.47m));
        var n = report["quantities"]!.AsArray().Single(q => (string)q!["key"]! == "study/n")!;
        Assert.Equal("[15, 15]", (string)n["claims"]![0]!["interval"]!["notation"]!);
    }

    [Fact]
    public async Task A_poll_share_and_its_sample_fit()
    {
        var report = await CheckAsync("""
            {
              "sources": [{"id": "poll", "publisher": "Pollster", "title": "Poll", "published": "2025-05-01"}],
              "quantities": [
                {"key": "poll/yes-share", "label": "share saying yes", "unit": "percent", "kind": "event"},
                {"key": "poll/yes", "label": "respondents saying yes", "unit": "people", "kind": "event"},
                {"key": "poll/respondents", "label": "respondents", "unit": "people", "kind": "event"}
              ],
              "claims": [
                {"source": "poll", "quantity": "poll/yes-share", "quote": "52%", "qualifier": "exact", "value": 52},
                {"source": "poll", "quantity": "poll/respondents", "quote": "1,012 respondents", "qualifier": "exactly", "value": 1012}
              ],
              "relations": [{"kind": "percent", "result": "poll/yes-share", "part": "poll/yes", "whole": "poll/respondents"}]
            }
            """);
        // 52% of 1,012 is 526.24: no whole number as written, so a note that it holds only by rounding, and nothing more.
        Assert.Equal(["relation_holds_only_by_rounding/note"], report["findings"]!.AsArray().Select(f => $"{f!["kind"]}/{f["severity"]}"));
        var yes = report["relations"]!.AsArray().Single()!["terms"]!.AsArray().Single(t => (string)t!["role"]! == "part")!;
        Assert.Equal("[522, 531]", (string)yes["possible"]!["notation"]!);
    }

    [Theory]
    [InlineData(14, "consistent")]
    [InlineData(16, "conflicting")]
    public async Task A_constant_in_a_relation_is_part_of_the_arithmetic_and_of_its_explanation(int freed, string verdict)
    {
        var report = await CheckAsync($$"""
            {
              "sources": [{"id": "wire", "publisher": "Test Wire", "title": "Tsikhanouski freed", "published": "2025-06-21"}],
              "quantities": [
                {"key": "june/freed", "label": "people freed in June", "unit": "people", "kind": "event"},
                {"key": "june/others", "label": "others freed with Tsikhanouski", "unit": "people", "kind": "event"}
              ],
              "claims": [
                {"source": "wire", "quantity": "june/others", "quote": "13 others", "qualifier": "exact", "value": 13},
                {"source": "wire", "quantity": "june/freed", "quote": "{{freed}} people", "qualifier": "exact", "value": {{freed}}}
              ],
              "relations": [{"kind": "sum", "total": "june/freed", "parts": ["june/others"], "constants": [{"role": "part", "value": 1}]}]
            }
            """);

        var relation = report["relations"]!.AsArray().Single()!;
        Assert.Equal(verdict, (string)relation["verdict"]!);
        Assert.StartsWith($"Others freed with Tsikhanouski (13 people) + 1 = 14 people, which must equal people freed in June ({freed} people).",
            (string)relation["explanation"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_naming_a_quantity_the_document_lacks_is_refused_naming_it()
    {
        var document = JsonNode.Parse(Mean(3.47m))!;
        document["relations"]![0]!["whole"] = "study/missing";
        var problem = await (await _client.PostRawAsync("/checks/worlds", document.ToJsonString())).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["relations[0].whole"], problem.ErrorKeys());
    }
}
