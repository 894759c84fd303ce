using System.Globalization;
using System.Net;
using Dapper;
using FactCheck.Api.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Api.Tests;

/// <summary>
/// Figures have a documented range (±10^18, 10 decimal places): outside it a 400 naming the field,
/// inside it no figure and no stored claim can make a check answer 5xx.
/// </summary>
public sealed class FigureBoundTests : IDisposable
{
    private const string Held = "belarus/political-prisoners/held";
    private readonly ApiFactory _api = new(seed: true);
    private readonly HttpClient _client;

    public FigureBoundTests()
    {
        _api.Settings["FactCheck:RateLimit:PermitsPerMinute"] = "1000000";
        _client = _api.CreateClient();
    }

    public void Dispose() => _api.Dispose();

    private static readonly string[] OutOfRange =
    [
        "1e28", "79228162514264337593543950335", "-79228162514264337593543950335", "0.0000000000000000000000000001",
        "1000000000000000001", "-1000000000000000001", "0.00000000001", "1000000000000000000.5", "1e400",
    ];

    private static readonly string[] InRange =
    [
        "1000000000000000000", "-1000000000000000000", "999999999999999999.9999999999", "0.0000000001", "-0.0000000001", "0", "1300",
    ];

    private static readonly string[] Qualifiers = ["exact", "approximately", "more_than", "at_least", "less_than", "up_to", "at_most", "nearly"];

    [Theory]
    [InlineData("1e28")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("79228162514264337593543950335")]
    public async Task An_ad_hoc_check_with_a_figure_past_the_bound_is_a_400_naming_value(string figure)
    {
        var problem = await (await _client.PostRawAsync("/checks",
            $$"""{"quantityKey":"{{Held}}","qualifier":"exact","value":{{figure}}}""")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["value"], problem.ErrorKeys());
        Assert.Contains("10^18", (string)problem["errors"]!["value"]![0]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_figure_field_of_a_claim_refuses_figures_out_of_range_by_name()
    {
        foreach (var figure in OutOfRange)
        {
            var value = await _client.PostRawAsync("/claims", ClaimJson($"\"qualifier\":\"exact\",\"value\":{figure}"));
            Assert.Equal(["value"], (await value.ProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys());
            var range = await _client.PostRawAsync("/claims", ClaimJson($"\"qualifier\":\"between\",\"min\":0,\"max\":{figure}"));
            Assert.Contains("max", (await range.ProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys());
            var precision = await _client.PostRawAsync("/claims", ClaimJson($"\"qualifier\":\"exact\",\"value\":5,\"precision\":{figure.TrimStart('-')}"));
            Assert.Equal(["precision"], (await precision.ProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys());
        }
    }

    [Fact]
    public async Task Imports_and_csv_refuse_figures_out_of_range_by_row_and_column()
    {
        var document = $$"""
            {"sources":[{"id":"s","publisher":"Desk","title":"Budgets","published":"2025-09-12"}],
             "claims":[{"id":"c","source":"s","quantity":"{{Held}}","quote":"q","qualifier":"between","min":0,"max":1e28,"precision":0.00000000001}]}
            """;
        var import = await (await _client.PostRawAsync("/imports", document)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["claims[0].max", "claims[0].precision"], import.ErrorKeys());

        var csv = $"source_id,quantity_key,quote,qualifier,value\n1,{Held},over 1,exact,1000000000000000001\n";
        var response = await _client.PostAsync("/imports/claims", new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"));
        Assert.Equal(["rows[2].value"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys());
    }

    [Fact]
    public async Task The_bounds_themselves_are_stored_and_every_check_still_answers()
    {
        var usd = await UsdQuantityAsync();
        var source = await SourceAsync();
        foreach (var figure in InRange)
            foreach (var qualifier in Qualifiers)
            {
                var body = $$"""{"sourceId":{{source}},"quantityKey":"{{usd}}","quote":"{{qualifier}} {{figure}}","qualifier":"{{qualifier}}","value":{{figure}}}""";
                await (await _client.PostRawAsync("/claims", body)).JsonAsync(HttpStatusCode.Created);
            }
        await (await _client.PostRawAsync("/relations", $$"""
            {"kind":"ratio","result":"{{usd}}","part":"{{usd}}-b","whole":"{{Held}}"}
            """)).JsonAsync(HttpStatusCode.Created);

        await AllChecksAnswerAsync(usd);
    }

    [Fact]
    public async Task A_claim_stored_before_the_bound_no_longer_takes_the_checks_down()
    {
        // What a store written by an earlier version can hold: figures at decimal's own limits.
        var id = (long)(await (await _client.PostRawAsync("/claims", ClaimJson("\"qualifier\":\"exact\",\"value\":5"))).JsonAsync(HttpStatusCode.Created))["id"]!;
        await using (var connection = await _api.Services.GetRequiredService<Database>().OpenAsync(CancellationToken.None))
            await connection.ExecuteAsync($"UPDATE claims SET value = '79228162514264337593543950335' WHERE id = {id.ToString(CultureInfo.InvariantCulture)};");

        await AllChecksAnswerAsync(Held);
    }

    [Fact]
    public async Task Ad_hoc_checks_at_and_around_the_bounds_never_answer_5xx()
    {
        string[] around =
        [
            .. InRange, .. OutOfRange, "999999999999999999", "1000000000000000000.0000000001", "0.00000000009", "0.1234567890",
            "0.1234567890123456789012345678", "-999999999999999999.9999999999",
        ];
        string[] keys = [Held, "belarus/release/2025-09-11/share-of-political-prisoners", "belarus/release/2025-09-11/count"];
        foreach (var key in keys)
            foreach (var figure in around)
                foreach (var qualifier in Qualifiers)
                {
                    var response = await _client.PostRawAsync("/checks", $$"""{"quantityKey":"{{key}}","qualifier":"{{qualifier}}","value":{{figure}},"asOf":"2025-09-12"}""");
                    Assert.True((int)response.StatusCode is 200 or 400, $"{key} {qualifier} {figure}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
        // Ranges from one extreme to another, and an extreme precision, through the same relations.
        foreach (var key in keys)
            foreach (var low in around)
            {
                var range = await _client.PostRawAsync("/checks", $$"""{"quantityKey":"{{key}}","qualifier":"between","min":{{low}},"max":1000000000000000000,"asOf":"2025-09-12"}""");
                Assert.True((int)range.StatusCode is 200 or 400, $"{key} between {low}: {(int)range.StatusCode} {await range.Content.ReadAsStringAsync()}");
                var grain = await _client.PostRawAsync("/checks", $$"""{"quantityKey":"{{key}}","qualifier":"exact","value":1000000000000000000,"precision":{{low.TrimStart('-')}},"asOf":"2025-09-12"}""");
                Assert.True((int)grain.StatusCode is 200 or 400, $"{key} precision {low}: {(int)grain.StatusCode} {await grain.Content.ReadAsStringAsync()}");
            }
    }

    private async Task AllChecksAnswerAsync(string key)
    {
        // A ClaimReview exists once an editor rates the claim: rate claim 1 and every claim of the quantity, so their reviews are computed.
        var claims = (await _client.GetJsonAsync($"/claims?quantity={key}&pageSize=200"))["items"]!.AsArray().Select(c => (long)c!["id"]!).Append(1);
        foreach (var id in claims)
            await (await _client.PostJsonAsync($"/claims/{id}/ratings", new { rating = 3, wording = "Unproven", text = "Checked at the bounds." })).JsonAsync(HttpStatusCode.Created);
        string[] reads =
        [
            "/findings?pageSize=200", "/desk", "/exports/findings", $"/checks/quantities/{key}", $"/charts/quantities/{key}",
            $"/claim-reviews/quantities/{key}", "/sources/1/findings", "/claims/1/claim-review",
        ];
        foreach (var url in reads)
        {
            var response = await _client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static string ClaimJson(string figures) =>
        $$"""{"sourceId":1,"quantityKey":"{{Held}}","quote":"over 1,300 political prisoners",{{figures}}}""";

    private async Task<string> UsdQuantityAsync()
    {
        foreach (var key in new[] { "test/budget", "test/budget-b" })
            await (await _client.PostRawAsync("/quantities", $$"""{"key":"{{key}}","label":"A budget","unit":"usd","kind":"event"}"""))
                .JsonAsync(HttpStatusCode.Created);
        return "test/budget";
    }

    private async Task<long> SourceAsync() =>
        (long)(await (await _client.PostRawAsync("/sources",
            """{"publisher":"Test Desk","title":"Budgets","publishedAt":"2025-09-12","url":"https://example.org/budgets"}"""))
            .JsonAsync(HttpStatusCode.Created))["id"]!;
}
