using System.Net;
using System.Text;

namespace FactCheck.Api.Tests;

/// <summary>CSV in and out, on the seed data.</summary>
public sealed class CsvTests : IDisposable
{
    private readonly ApiFactory _api = new(seed: true);
    private readonly HttpClient _client;

    public CsvTests() => _client = _api.CreateClient();

    public void Dispose() => _api.Dispose();

    private Task<HttpResponseMessage> PostCsvAsync(string csv) =>
        _client.PostAsync("/imports/claims", new StringContent(csv, Encoding.UTF8, "text/csv"));

    private static List<string> Lines(string csv) => csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();

    [Fact]
    public async Task Claims_export_as_csv_with_exact_figures()
    {
        var response = await _client.GetAsync("/exports/claims");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = Lines(await response.Content.ReadAsStringAsync());

        Assert.Equal("id,source_id,source_url,quantity_key,quote,quote_start,qualifier,value,min,max,precision,as_of,effective_as_of,attributed_to,note", lines[0]);
        Assert.Equal(27, lines.Count);
        Assert.Contains(lines, l => l.Contains("belarus/political-prisoners/held,\"1,300 or 1,400 prisoners\",", StringComparison.Ordinal) && l.Contains(",between,,1300,1400,,,2025-09-11,Donald Trump,", StringComparison.Ordinal));
        Assert.Equal(1 + 4, Lines(await _client.GetStringAsync("/exports/claims?quantity=belarus/release/2025-06/count")).Count);
    }

    [Fact]
    public async Task An_exported_file_imports_back_changing_nothing()
    {
        var csv = await _client.GetStringAsync("/exports/claims");
        var result = await (await PostCsvAsync(csv)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(0, (int)result["created"]!);
        Assert.Equal(26, (int)result["unchanged"]!);
        Assert.Equal(1, (long)result["claimIds"]!["2"]!);
        Assert.Equal(26, (long)(await _client.GetJsonAsync("/claims"))["totalItems"]!);
    }

    private static readonly string[] Formulas =
        ["=HYPERLINK(\"https://evil.example\",\"click\")", "+1 more", "-5 people", "@SUM(A1:A9)", "\tindented", "'quoted", "''twice", "\r\nreturned"];

    [Fact]
    public async Task Text_a_spreadsheet_would_run_is_exported_neutralised_and_imports_back_unchanged()
    {
        var source = (long)(await (await _client.PostRawAsync("/sources",
            """{"publisher":"Desk","title":"Formulas","publishedAt":"2025-09-12"}""")).JsonAsync(HttpStatusCode.Created))["id"]!;
        var ids = new List<long>();
        foreach (var text in Formulas)
            ids.Add((long)(await (await _client.PostJsonAsync("/claims", new
            {
                sourceId = source, quantityKey = "belarus/political-prisoners/held", quote = text, qualifier = "exact", value = 5,
                attributedTo = text.Trim('\t', '\r', '\n'), note = text,
            })).JsonAsync(HttpStatusCode.Created))["id"]!);

        var response = await _client.GetAsync($"/exports/claims?sourceId={source}");
        Assert.Equal("attachment; filename=\"claims.csv\"", response.Content.Headers.ContentDisposition!.ToString());
        var csv = await response.Content.ReadAsStringAsync();
        // No cell, quoted or not, starts with what a spreadsheet runs.
        foreach (var start in new[] { "=", "+", "-", "@", "\t", "\r" })
        {
            Assert.DoesNotContain("," + start, csv, StringComparison.Ordinal);
            Assert.DoesNotContain(",\"" + start, csv, StringComparison.Ordinal);
        }
        Assert.Contains(",\"'=HYPERLINK(", csv, StringComparison.Ordinal);
        Assert.Contains(",'-5 people,", csv, StringComparison.Ordinal);
        Assert.Contains(",'''twice,", csv, StringComparison.Ordinal);

        var result = await (await PostCsvAsync(csv)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, (int)result["created"]!);
        Assert.Equal(Formulas.Length, (int)result["unchanged"]!);
        for (var i = 0; i < Formulas.Length; i++)
        {
            var claim = await _client.GetJsonAsync($"/claims/{ids[i]}");
            Assert.Equal(Formulas[i], (string)claim["quote"]!);
            Assert.Equal(Formulas[i], (string)claim["note"]!);
        }
    }

    [Fact]
    public async Task The_findings_export_is_a_download_too()
    {
        var response = await _client.GetAsync("/exports/findings");
        Assert.Equal("attachment; filename=\"findings.csv\"", response.Content.Headers.ContentDisposition!.ToString());
    }

    [Fact]
    public async Task New_rows_become_claims()
    {
        var csv = """
            source_id,quantity_key,quote,qualifier,value,min,max,as_of,attributed_to,extra column
            5,belarus/release/2025-09-11/count,A total of 52 political prisoners,at_least,52,,,2025-09-12,Desk,ignored
            1,belarus/political-prisoners/held,one and a half or two thousand,between,,1500.0,2000,,,
            """;
        var result = await (await PostCsvAsync(csv)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(2, (int)result["created"]!);
        var claim = await _client.GetJsonAsync($"/claims/{result["claimIds"]!["3"]}");
        Assert.Equal("between", (string)claim["qualifier"]!);
        Assert.Equal("1500.0", claim["min"]!.ToJsonString());
        Assert.Equal("2025-08-22", (string)claim["asOf"]!);
    }

    [Fact]
    public async Task A_file_with_problems_reports_each_by_row_and_column_and_stores_nothing()
    {
        var csv = """
            source_id,quantity_key,quote,qualifier,value,as_of
            5,belarus/release/2025-09-11/count,52 political prisoners,roughly,52,
            5,belarus/release/2025-09-11/count,52 political prisoners,exact,"1,300",
            5,no/such/quantity,52 political prisoners,exact,52,
            5,belarus/release/2025-09-11/count,words that are not in the article,exact,52,
            ,belarus/release/2025-09-11/count,52 political prisoners,exact,52,
            5,belarus/release/2025-09-11/count,52 political prisoners,exact,52,12/09/2025
            5,belarus/release/2025-09-11/count,52 political prisoners,between,52,
            """;
        var problem = await (await PostCsvAsync(csv)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["rows[2].qualifier", "rows[3].value", "rows[6].source_id", "rows[7].as_of", "rows[8].max", "rows[8].min", "rows[8].value"], problem.ErrorKeys());
        // Once every cell reads, the rows are checked against the store, still all at once.
        var readable = """
            source_id,quantity_key,quote,qualifier,value,as_of
            5,belarus/release/2025-09-11/count,52 political prisoners,exact,52,
            5,no/such/quantity,52 political prisoners,exact,52,
            5,belarus/release/2025-09-11/count,words that are not in the article,exact,52,
            """;
        var stored = await (await PostCsvAsync(readable)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["rows[3].quantity_key", "rows[4].quote"], stored.ErrorKeys());
        Assert.Equal(26, (long)(await _client.GetJsonAsync("/claims"))["totalItems"]!);
    }

    [Theory]
    [InlineData("", "body")]
    [InlineData("source_id,quote\n1,x\n", "header")]
    public async Task A_file_without_the_needed_columns_is_refused(string csv, string key)
    {
        var problem = await (await PostCsvAsync(csv)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(key, problem.ErrorKeys());
    }

    [Fact]
    public async Task Findings_export_as_csv()
    {
        var lines = Lines(await _client.GetStringAsync("/exports/findings"));
        // The export holds every finding, notes too.
        var total = (long)(await _client.GetJsonAsync("/findings?severity=conflict,warning,note"))["totalItems"]!;
        Assert.Equal("kind,severity,quantity_keys,claim_ids,source_ids,relation_id,explanation", lines[0]);
        Assert.Equal(total, lines.Count - 1);
        Assert.StartsWith("value_conflict,warning,belarus/political-prisoners/held,1;2,1,,", lines[1], StringComparison.Ordinal);
    }
}
