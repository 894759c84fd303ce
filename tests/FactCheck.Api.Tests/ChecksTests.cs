using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FactCheck.Api.Tests;

/// <summary>The seed case through HTTP: the store reproduces the `expected` block of seed-claims.json.</summary>
public sealed class ChecksTests : IAsyncLifetime, IDisposable
{
    private static readonly JsonNode Gold = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "seed-claims.json")))!;
    private readonly ApiFactory _api = new();
    private readonly HttpClient _client;
    private JsonNode _ids = null!;

    public ChecksTests() => _client = _api.CreateClient();

    public async Task InitializeAsync() =>
        _ids = (await (await _client.PostRawAsync("/imports", Gold.ToJsonString())).JsonAsync(HttpStatusCode.OK))["ids"]!;

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _api.Dispose();

    private long Claim(string goldId) => (long)_ids["claims"]![goldId]!;

    private string Pair(JsonNode pair) => Pair(Claim((string)pair[0]!), Claim((string)pair[1]!));

    private static string Pair(long a, long b) => $"{Math.Min(a, b)}-{Math.Max(a, b)}";

    private async Task<List<JsonNode>> FindingsAsync(string query)
    {
        var page = await _client.GetJsonAsync($"/findings?pageSize=200&{query}");
        return page["items"]!.AsArray().Select(f => f!).ToList();
    }

    // The wording is the domain's golden file (tests/golden/seed-findings.txt), word for word: the API says what the engine says.
    [Fact]
    public async Task Every_explanation_reads_as_the_golden_file_says()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "FactCheck.sln"))) root = root.Parent!;
        var golden = File.ReadAllText(Path.Combine(root.FullName, "tests", "golden", "seed-findings.txt"))
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(block => block.Split('\n')[1]).Order(StringComparer.Ordinal);

        var explanations = (await FindingsAsync("severity=conflict,warning,note")).Select(f => (string)f["explanation"]!).Order(StringComparer.Ordinal);

        Assert.Equal(golden, explanations);
    }

    [Fact]
    public async Task The_value_conflicts_are_the_11_expected_pairs_and_no_others()
    {
        var conflicts = await FindingsAsync("kind=value_conflict");
        var actual = conflicts.Select(f => Pair((long)f["claimIds"]![0]!, (long)f["claimIds"]![1]!)).Order().ToList();
        var expected = Gold["expected"]!["value_conflicts"]!.AsObject()
            .SelectMany(q => q.Value!.AsArray().Select(p => Pair(p!))).Order().ToList();

        Assert.Equal(11, actual.Count);
        Assert.Equal(expected, actual);
        var sameSource = conflicts.Where(f => (bool)f["pair"]!["sameSource"]!).Select(f => Pair((long)f["claimIds"]![0]!, (long)f["claimIds"]![1]!)).Order();
        Assert.Equal(Gold["expected"]!["same_source_conflicts"]!.AsArray().Select(p => Pair(p!)).Order(), sameSource);
    }

    [Fact]
    public async Task A_value_conflict_shows_both_intervals_both_sources_and_the_gap()
    {
        var conflict = (await FindingsAsync("kind=value_conflict"))
            .Single(f => Pair((long)f["claimIds"]![0]!, (long)f["claimIds"]![1]!) == Pair(Claim("c0c"), Claim("c2a")));
        var pair = conflict["pair"]!;

        Assert.Equal(Claim("c2a"), (long)pair["lower"]!["claimId"]!);
        Assert.Equal("[1300, 1400]", (string)pair["lower"]!["interval"]!["notation"]!);
        Assert.Equal("[1500, 2000]", (string)pair["upper"]!["interval"]!["notation"]!);
        Assert.Equal((long)_ids["sources"]!["s2"]!, (long)pair["lower"]!["sourceId"]!);
        Assert.Equal((long)_ids["sources"]!["s0"]!, (long)pair["upper"]!["sourceId"]!);
        Assert.Equal(100, (decimal)pair["gap"]!);
        Assert.Equal(0.066667m, (decimal)pair["relativeGap"]!);
        Assert.False((bool)pair["sameSource"]!);
        Assert.Contains("100 people apart", (string)conflict["explanation"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_percent_relation_names_c0c_with_the_implied_bounds()
    {
        var r1 = (await FindingsAsync("kind=relation_conflict")).Single(f => (long)f["relation"]!["relationId"]! == (long)_ids["relations"]!["r1"]!);

        Assert.Equal([Claim("c0c")], r1["relation"]!["claimsOutOfLine"]!.AsArray().Select(c => (long)c!));
        var held = r1["relation"]!["terms"]!.AsArray().Single(t => (string)t!["role"]! == "whole")!;
        Assert.Equal("[1156, 1485]", (string)held["possible"]!["notation"]!);
        var explanation = (string)r1["explanation"]!;
        Assert.Contains("1,155.6 to 1,485.7 people, i.e. 1,156 to 1,485 people", explanation, StringComparison.Ordinal);
        Assert.EndsWith("which rules out Alexander Lukashenko, unknown (translated report), 22 Aug 2025: 'one and a half or two thousand' (1,500 to 2,000 people).",
            explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_count_of_prisoners_from_june_is_not_set_against_the_september_release()
    {
        var source = await (await _client.PostRawAsync("/sources",
            """{"publisher":"Viasna","title":"Political prisoners in June","publishedAt":"2025-06-22"}""")).JsonAsync(HttpStatusCode.Created);
        async Task<long> HeldAsync(string asOf) => (long)(await (await _client.PostRawAsync("/claims", $$"""
            {"sourceId":{{source["id"]}},"quantityKey":"belarus/political-prisoners/held","quote":"1,150 political prisoners {{asOf}}","qualifier":"exact","value":1150,"asOf":"{{asOf}}"}
            """)).JsonAsync(HttpStatusCode.Created))["id"]!;
        async Task<JsonNode> R1Async() => (await _client.GetJsonAsync("/checks/quantities/belarus/political-prisoners/held"))["relations"]!.AsArray()
            .Single(r => (long)r!["relationId"]! == (long)_ids["relations"]!["r1"]!)!;

        var june = await HeldAsync("2025-06-22");
        var r1 = await R1Async();
        Assert.DoesNotContain(june, r1["claimsOutOfLine"]!.AsArray().Select(c => (long)c!));
        Assert.Equal("2025-09-11", (string)r1["asOfFrom"]!);
        Assert.StartsWith("At 11 and 12 Sep 2025: ", (string)r1["explanation"]!, StringComparison.Ordinal);

        var september = await HeldAsync("2025-09-01");
        Assert.Contains(september, (await R1Async())["claimsOutOfLine"]!.AsArray().Select(c => (long)c!));

        // The same arithmetic declared for 22 June is checked there, with the June count alone.
        var stored = await _client.GetJsonAsync($"/relations/{_ids["relations"]!["r1"]}");
        var juneRelation = (long)(await (await _client.PostRawAsync("/relations", $$"""
            {"kind":"percent","result":"{{stored["result"]}}","part":"{{stored["part"]}}","whole":"{{stored["whole"]}}","asOf":"2025-06-22"}
            """)).JsonAsync(HttpStatusCode.Created))["id"]!;
        var checkedInJune = (await _client.GetJsonAsync("/checks/quantities/belarus/political-prisoners/held"))["relations"]!.AsArray()
            .Single(r => (long)r!["relationId"]! == juneRelation)!;
        Assert.Equal("2025-06-22", (string)checkedInJune["asOfFrom"]!);
        var whole = checkedInJune["terms"]!.AsArray().Single(t => (string)t!["role"]! == "whole")!;
        Assert.Equal("[1145, 1155]", (string)whole["agreed"]!["notation"]!);
    }

    [Fact]
    public async Task The_nationalities_relation_lists_15_against_14()
    {
        var r2 = (await FindingsAsync("kind=relation_conflict")).Single(f => (long)f["relation"]!["relationId"]! == (long)_ids["relations"]!["r2"]!);
        Assert.Contains("Polish nationals released (3 people) = 15 people, which must be at most Foreign nationals among those released on 11 September 2025 (14 people)",
            (string)r2["explanation"]!, StringComparison.Ordinal);
        Assert.Equal(2, (await FindingsAsync("kind=relation_conflict")).Count);
    }

    [Fact]
    public async Task The_release_count_report_shows_r3_and_r4_consistent()
    {
        var report = await _client.GetJsonAsync("/checks/quantities/belarus/release/2025-09-11/count");

        Assert.Equal("single_claim", (string)report["verdict"]!);
        var verdicts = report["relations"]!.AsArray().ToDictionary(r => (long)r!["relationId"]!, r => (string)r!["verdict"]!);
        Assert.Equal("consistent", verdicts[(long)_ids["relations"]!["r3"]!]);
        Assert.Equal("consistent", verdicts[(long)_ids["relations"]!["r4"]!]);
        Assert.Equal("conflicting", verdicts[(long)_ids["relations"]!["r1"]!]);
    }

    [Fact]
    public async Task The_held_report_shows_the_largest_agreeing_group_and_the_claims_outside_it()
    {
        var report = await _client.GetJsonAsync($"/checks/quantities/{Uri.EscapeDataString("belarus/political-prisoners/held")}");

        Assert.Equal("conflicting", (string)report["verdict"]!);
        Assert.Equal(10, report["claims"]!.AsArray().Count);
        Assert.Equal(8, (int)report["conflictingPairs"]!);
        var period = report["periods"]!.AsArray().Single()!;
        Assert.Null(period["shared"]);
        Assert.Equal("1,300 people", (string)period["largestGroup"]!["shared"]!["words"]!);
        Assert.Equal("1,300 people", (string)period["supported"]!["figure"]!["words"]!);
        Assert.Equal(8, period["supported"]!["claimIds"]!.AsArray().Count);
        Assert.Equal("Best supported: 1,300 people, which 8 of the 10 claims from 22 Aug 2025 to 12 Sep 2025 allow, from 5 sources: "
            + "opposition and human rights groups, Donald Trump, Alexander Lukashenko, Viasna Human Rights Centre and Viasna.", (string)period["supported"]!["statement"]!);
        Assert.Equal(new[] { Claim("c0a"), Claim("c0c") }, period["outside"]!.AsArray().Select(c => (long)c!));
    }

    [Fact]
    public async Task The_consistent_examples_are_free_of_conflict()
    {
        var conflicts = (await FindingsAsync("kind=value_conflict")).Select(f => Pair((long)f["claimIds"]![0]!, (long)f["claimIds"]![1]!)).ToHashSet();
        foreach (var pair in Gold["expected"]!["consistent_examples"]!.AsArray())
            Assert.DoesNotContain(Pair(pair!), conflicts);
    }

    [Fact]
    public async Task A_sources_findings_are_those_in_which_its_own_claims_are_at_issue_and_say_which()
    {
        // bne IntelliNews: two of its figures feed the 4% relation, which rules out only Lukashenko's "one and a half or two thousand" of 22 Aug.
        var s3 = (long)_ids["sources"]!["s3"]!;
        var findings = (await _client.GetJsonAsync($"/sources/{s3}/findings"))["items"]!.AsArray();

        Assert.Equal(4, findings.Count);
        Assert.DoesNotContain(findings, f => (string)f!["kind"]! == "relation_conflict");
        var ownClaims = new[] { "c3a", "c3b", "c3c", "c3d", "c3e" }.Select(Claim).ToHashSet();
        Assert.All(findings, f => Assert.Subset(ownClaims, f!["sourceClaimIds"]!.AsArray().Select(c => (long)c!).ToHashSet()));
        var withinSource = findings.Single(f => Pair((long)f!["claimIds"]![0]!, (long)f["claimIds"]![1]!) == Pair(Claim("c3b"), Claim("c3c")))!;
        Assert.Equal(new[] { Claim("c3b"), Claim("c3c") }.Order(), withinSource["sourceClaimIds"]!.AsArray().Select(c => (long)c!));
        var lukashenko = findings.Single(f => Pair((long)f!["claimIds"]![0]!, (long)f["claimIds"]![1]!) == Pair(Claim("c0c"), Claim("c3a")))!;
        Assert.Equal([Claim("c3a")], lukashenko["sourceClaimIds"]!.AsArray().Select(c => (long)c!));

        var s0 = (long)_ids["sources"]!["s0"]!;
        var relation = (await _client.GetJsonAsync($"/sources/{s0}/findings"))["items"]!.AsArray().Single(f => (string)f!["kind"]! == "relation_conflict")!;
        Assert.Equal([Claim("c0c")], relation["sourceClaimIds"]!.AsArray().Select(c => (long)c!));
        Assert.Equal([Claim("c0c")], relation["claimsAtIssue"]!.AsArray().Select(c => (long)c!));
        Assert.Equal(
            (await FindingsAsync($"sourceId={s3}")).Select(f => f["explanation"]!.ToString()).Order(),
            findings.Select(f => f!["explanation"]!.ToString()).Order());
    }

    [Fact]
    public async Task A_draft_is_checked_figure_by_figure_against_the_store_and_nothing_is_written()
    {
        const string draft = "Belarus still holds some 1,800 political prisoners, Lukashenko said on Friday. The weather in Minsk was mild, 18 degrees.";
        var before = (await _client.GetJsonAsync("/claims?pageSize=200")).ToJsonString();

        var report = await (await _client.PostJsonAsync("/checks/drafts", new { text = draft, publishedAt = "2025-08-25" })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("2025-08-25", (string)report["date"]!);
        var figure = Assert.Single(report["figures"]!.AsArray())!;   // "18 degrees" matches no stored quantity
        Assert.Equal("some 1,800 political prisoners", (string)figure["text"]!);
        Assert.Equal(draft.IndexOf("some 1,800", StringComparison.Ordinal), (int)figure["start"]!);
        Assert.Equal("belarus/political-prisoners/held", (string)figure["quantityKey"]!);
        Assert.InRange((double)figure["score"]!, 0.5, 1);
        Assert.Equal("conflicts", (string)figure["verdict"]!);
        Assert.Equal("1,620 to 1,980 people", (string)figure["interval"]!["words"]!);
        // Every "1,300" of the time is set against it, with its source; Lukashenko's own 1,500 to 2,000 is not.
        var against = figure["conflictsWith"]!.AsArray();
        Assert.Contains(against, c => (long)c!["claimId"]! == Claim("c3a") && (string)c["outlet"]! == "bne IntelliNews");
        Assert.DoesNotContain(against, c => (long)c!["claimId"]! == Claim("c0c"));
        Assert.StartsWith("Best supported: 1,300 people", (string)figure["supported"]!["statement"]!, StringComparison.Ordinal);
        Assert.Equal(before, (await _client.GetJsonAsync("/claims?pageSize=200")).ToJsonString());

        // A year later no stored count of the stock speaks of that time: nothing to set it against.
        var later = (await (await _client.PostJsonAsync("/checks/drafts", new { text = draft, publishedAt = "2026-08-25" })).JsonAsync(HttpStatusCode.OK))["figures"]![0]!;
        Assert.Equal("no_comparable_claims", (string)later["verdict"]!);
        Assert.Null(later["supported"]);
    }

    [Theory]
    [InlineData("""{"text":""}""", "text")]
    [InlineData("""{"publishedAt":"2025-08-25"}""", "text")]
    [InlineData("""{"text":"52 freed","publishedAt":"25/08/2025"}""", "publishedAt")]
    public async Task A_draft_without_text_or_with_a_bad_date_is_refused_naming_the_field(string json, string field)
    {
        var problem = await (await _client.PostRawAsync("/checks/drafts", json)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([field], problem.ErrorKeys());
    }

    [Fact]
    public async Task An_unstored_figure_is_checked_without_writing_anything()
    {
        var before = (await _client.GetJsonAsync("/claims?pageSize=200")).ToJsonString();

        var outlier = await (await _client.PostJsonAsync("/checks", new
        {
            quantityKey = "belarus/political-prisoners/held", qualifier = "between", min = 1500, max = 2000, asOf = "2025-09-01",
        })).JsonAsync(HttpStatusCode.OK);
        Assert.False((bool)outlier["fits"]!);
        Assert.Equal("conflicts", (string)outlier["verdict"]!);
        Assert.Contains(outlier["findings"]!.AsArray(), f => (string)f!["kind"]! == "relation_conflict");
        Assert.Contains("which rules out the checked figure (1,500 to 2,000 people).", outlier["findings"]!.ToJsonString(), StringComparison.Ordinal);

        var fitting = await (await _client.PostJsonAsync("/checks", new
        {
            quantityKey = "belarus/release/2025-09-11/count", qualifier = "approximately", value = 50,
        })).JsonAsync(HttpStatusCode.OK);
        Assert.True((bool)fitting["fits"]!);
        Assert.Equal("fits", (string)fitting["verdict"]!);
        Assert.Equal("[45, 55]", (string)fitting["interval"]!["notation"]!);

        Assert.Equal(before, (await _client.GetJsonAsync("/claims?pageSize=200")).ToJsonString());
    }

    [Fact]
    public async Task A_figure_about_a_stock_needs_its_date_and_one_from_another_month_has_nothing_to_compare_with()
    {
        var undated = await (await _client.PostJsonAsync("/checks", new
        {
            quantityKey = "belarus/political-prisoners/held", qualifier = "exact", value = 1150,
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["asOf"], undated.ErrorKeys());

        var june = await (await _client.PostJsonAsync("/checks", new
        {
            quantityKey = "belarus/political-prisoners/held", qualifier = "exact", value = 1150, asOf = "2025-06-22",
        })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("no_comparable_claims", (string)june["verdict"]!);
        Assert.Empty(june["findings"]!.AsArray());

        // The same figure in September: the release rules it out, and only it is named.
        var september = await (await _client.PostJsonAsync("/checks", new
        {
            quantityKey = "belarus/political-prisoners/held", qualifier = "exact", value = 1150, asOf = "2025-09-12",
        })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("conflicts", (string)september["verdict"]!);
        var relation = september["findings"]!.AsArray().Single(f => (string)f!["kind"]! == "relation_conflict")!;
        Assert.Equal([0L], relation["relation"]!["claimsOutOfLine"]!.AsArray().Select(c => (long)c!));
    }

    [Fact]
    public async Task Lists_show_conflicts_and_warnings_unless_asked_for_notes_and_each_finding_says_its_severity()
    {
        var every = await FindingsAsync("severity=conflict,warning,note");
        var shown = await FindingsAsync("");
        Assert.Equal(every.Where(f => (string)f["severity"]! != "note").Select(f => f.ToJsonString()), shown.Select(f => f.ToJsonString()));
        Assert.Equal(3, every.Count(f => (string)f["kind"]! == "holds_only_by_rounding"));
        Assert.All(every.Where(f => ((string)f["kind"]!).Contains("rounding", StringComparison.Ordinal)), f => Assert.Equal("note", (string)f["severity"]!));

        // "over 1,300" against "up to 1,300": a wording slip, one person apart.
        var slip = every.Single(f => (string)f["kind"]! == "value_conflict" && Pair((long)f["claimIds"]![0]!, (long)f["claimIds"]![1]!) == Pair(Claim("c0a"), Claim("c0b")));
        Assert.Equal("warning", (string)slip["severity"]!);
        Assert.Equal(["conflict"], (await FindingsAsync("severity=conflict")).Select(f => (string)f["severity"]!).Distinct());

        var source = (long)_ids["sources"]!["s0"]!;
        var sourceNotes = (await _client.GetJsonAsync($"/sources/{source}/findings?severity=note&pageSize=200"))["items"]!.AsArray();
        Assert.All(sourceNotes, f => Assert.Equal("note", (string)f!["severity"]!));
        await (await _client.GetAsync("/findings?severity=minor")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Findings_follow_the_records_when_they_change()
    {
        Assert.Equal(2, (await FindingsAsync("kind=relation_conflict")).Count);

        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/claims/{Claim("c0c")}")).StatusCode);

        var relationConflicts = await FindingsAsync("kind=relation_conflict");
        Assert.DoesNotContain(relationConflicts, f => (long)f["relation"]!["relationId"]! == (long)_ids["relations"]!["r1"]!);
        // Of the 11 value conflicts, the 6 that set c0c against another claim of the held quantity are gone.
        Assert.Equal(5, (await FindingsAsync("kind=value_conflict")).Count);
    }

    [Fact]
    public async Task A_renamed_quantity_takes_its_findings_to_its_new_key_in_the_report_kept_since()
    {
        const string All = "/findings?severity=conflict,warning,note&pageSize=200";
        var key = (string)(await FindingsAsync(""))[0]["quantityKeys"]![0]!;
        var before = await FindingsAsync($"quantity={key}");
        var quantity = await _client.GetJsonAsync($"/quantities/{key}");
        var renamed = key + "-renamed";
        await (await _client.PutAsJsonAsync($"/quantities/{key}", new
        {
            key = renamed, label = (string)quantity["label"]!, unit = (string)quantity["unit"]!, kind = (string)quantity["kind"]!,
            windowDays = (int?)quantity["windowDays"],
        })).JsonAsync(HttpStatusCode.OK);

        Assert.Empty(await FindingsAsync($"quantity={key}"));
        Assert.Equal(before.Count, (await FindingsAsync($"quantity={renamed}")).Count);
        using var fresh = new ApiFactory(seed: false, _api.Database);
        Assert.Equal(await fresh.CreateClient().GetStringAsync(All), await _client.GetStringAsync(All));
    }

    // Before any decision the store-wide count comes from the report's tally, not from the findings listed: the two agree.
    [Theory]
    [InlineData("")]
    [InlineData("severity=note")]
    [InlineData("severity=conflict,warning,note")]
    [InlineData("kind=value_conflict")]
    [InlineData("kind=holds_only_by_rounding")]
    [InlineData("kind=value_conflict&severity=warning")]
    [InlineData("status=dismissed")]
    [InlineData("status=open,reopened&severity=note")]
    public async Task The_store_wide_count_is_the_number_of_findings_listed(string filters)
    {
        var page = await _client.GetJsonAsync($"/findings?pageSize=200&{filters}");
        Assert.Equal(page["items"]!.AsArray().Count, (int)page["totalItems"]!);
    }

    [Fact]
    public async Task Findings_are_filtered_and_paged_in_a_stable_order()
    {
        var all = await FindingsAsync("");
        var first = await _client.GetJsonAsync("/findings?pageSize=5");
        var second = await _client.GetJsonAsync("/findings?pageSize=5&page=2");

        Assert.Equal(all.Count, (int)first["totalItems"]!);
        Assert.Equal(all.Take(10).Select(f => f.ToJsonString()),
            first["items"]!.AsArray().Concat(second["items"]!.AsArray()).Select(f => f!.ToJsonString()));
        var quantity = await FindingsAsync("quantity=belarus/release/2025-06/count");
        Assert.Equal(3, quantity.Count);
        Assert.All(quantity, f => Assert.Equal("value_conflict", (string)f["kind"]!));
    }

    [Theory]
    [InlineData("/checks/quantities/no/such/key")]
    [InlineData("/sources/987654/findings")]
    public async Task Checks_of_unknown_records_are_not_found(string path) =>
        await (await _client.GetAsync(path)).ProblemAsync(HttpStatusCode.NotFound);

    [Theory]
    [InlineData("""{"quantityKey":"no/such","qualifier":"exact","value":1}""", HttpStatusCode.NotFound, "quantityKey")]
    [InlineData("""{"quantityKey":"belarus/political-prisoners/held","qualifier":"exact","value":1,"sourceId":987654}""", HttpStatusCode.NotFound, "sourceId")]
    [InlineData("""{"quantityKey":"belarus/political-prisoners/held","value":1}""", HttpStatusCode.BadRequest, "qualifier")]
    [InlineData("""{"quantityKey":"belarus/political-prisoners/held","qualifier":"exact","value":-1}""", HttpStatusCode.BadRequest, "value")]
    [InlineData("""{"quantityKey":"belarus/political-prisoners/held","qualifier":"between","value":1}""", HttpStatusCode.BadRequest, "max")]
    public async Task A_bad_figure_to_check_is_refused_naming_the_field(string json, HttpStatusCode status, string field)
    {
        var problem = await (await _client.PostRawAsync("/checks", json)).ProblemAsync(status);
        Assert.Contains(field, problem.ErrorKeys());
    }

    [Fact]
    public async Task An_unknown_finding_kind_is_refused()
    {
        var problem = await (await _client.GetAsync("/findings?kind=bogus")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["kind"], problem.ErrorKeys());
    }
}
