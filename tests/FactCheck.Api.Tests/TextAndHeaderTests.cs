using System.Net;
using Dapper;
using FactCheck.Api.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Api.Tests;

/// <summary>Names that cannot impersonate or reorder a page, and the headers a browser expects.</summary>
public sealed class TextAndHeaderTests : IDisposable
{
    private const string Cms = "https://cms.example.org";
    private readonly ApiFactory _api = new(seed: true);
    private readonly HttpClient _client;

    public TextAndHeaderTests()
    {
        _api.Settings["FactCheck:Cors:Origins:0"] = Cms;
        _client = _api.CreateClient();
    }

    public void Dispose() => _api.Dispose();

    public static TheoryData<string> Hidden() =>
    [
        "\u200B", // zero-width space
        "\uFEFF", // byte-order mark
        "\u202E", // right-to-left override
        "\u2066", // left-to-right isolate
        "\u200D", // zero-width joiner
        "\u0007", // bell
        "\t",
        "\n",
        "\U000E0001", // language tag, outside the BMP
    ];

    private static string Escaped(string text) => string.Concat(text.EnumerateRunes().Select(r =>
        r.IsBmp ? $"\\u{r.Value:X4}" : string.Concat(r.ToString().Select(c => $"\\u{(int)c:X4}"))));

    [Theory]
    [MemberData(nameof(Hidden))]
    public async Task Names_with_invisible_or_control_characters_are_refused_naming_the_field(string hidden)
    {
        var h = Escaped(hidden);
        var cases = new (string Url, string Body, string Field)[]
        {
            ("/quantities", $$"""{"key":"test/q","label":"Held{{h}}","unit":"people","kind":"event"}""", "label"),
            ("/quantities", $$"""{"key":"test/q","label":"Held","unit":"people","kind":"event","aliases":["pris{{h}}oners"]}""", "aliases[0]"),
            ("/sources", $$"""{"publisher":"Bel{{h}}TA","title":"T","publishedAt":"2025-09-12"}""", "publisher"),
            ("/sources", $$"""{"publisher":"BelTA","title":"{{h}}T","publishedAt":"2025-09-12"}""", "title"),
            ("/claims", $$"""{"sourceId":1,"quantityKey":"belarus/political-prisoners/held","quote":"over 1,300 political prisoners","qualifier":"exact","value":1,"attributedTo":"Vias{{h}}na"}""", "attributedTo"),
            ("/quantities", $$"""{"key":"test/q{{h}}","label":"Held","unit":"people","kind":"event"}""", "key"),
            ("/quantities", $$"""{"key":"test/q","label":"Held","unit":"people{{h}}","kind":"event"}""", "unit"),
        };
        foreach (var (url, body, field) in cases)
        {
            var problem = await (await _client.PostRawAsync(url, body)).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.ErrorKeys().SequenceEqual([field]), $"{url} {field}: {problem.ToJsonString()}");
        }
    }

    [Fact]
    public async Task A_quote_and_a_source_text_keep_what_the_article_holds()
    {
        var source = await (await _client.PostRawAsync("/sources",
            """{"publisher":"Desk","title":"Lines","publishedAt":"2025-09-12","text":"First line.\n\tHeld: \u200Bup to 1,300\u00A0people."}""")).JsonAsync(HttpStatusCode.Created);
        await (await _client.PostRawAsync("/claims", $$"""
            {"sourceId":{{source["id"]}},"quantityKey":"belarus/political-prisoners/held","quote":"\u200Bup to 1,300\u00A0people","qualifier":"up_to","value":1300}
            """)).JsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_stored_name_with_an_override_cannot_reorder_the_desk_page()
    {
        // A label an earlier version accepted: the page isolates it.
        await using (var connection = await _api.Services.GetRequiredService<Database>().OpenAsync(CancellationToken.None))
            await connection.ExecuteAsync("UPDATE quantities SET label = 'Held \u202Esdrawkcab' WHERE key = 'belarus/political-prisoners/held';");
        var html = await _client.GetStringAsync("/desk");

        Assert.Contains("<h3><bdi>Held \u202Esdrawkcab</bdi></h3>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<li>T", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/claims/1")]
    [InlineData("/sources")]
    [InlineData("/claims/999999")]
    [InlineData("/desk")]
    [InlineData("/charts/quantities/belarus/political-prisoners/held")]
    [InlineData("/swagger/v1/swagger.json")]
    [InlineData("/health")]
    public async Task Every_answer_says_nosniff_and_varies_by_origin(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.Contains("Origin", response.Headers.Vary);

        using var request = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { { "Origin", Cms } } };
        var cors = await _client.SendAsync(request);
        Assert.Single(cors.Headers.Vary, v => v == "Origin");
    }

    [Fact]
    public async Task A_refused_write_says_nosniff_too() =>
        Assert.Equal(["nosniff"], (await _client.PostRawAsync("/claims", "{")).Headers.GetValues("X-Content-Type-Options"));

    [Theory]
    [InlineData("/desk", "style-src 'sha256-")]
    [InlineData("/charts/quantities/belarus/political-prisoners/held", "default-src 'none'")]
    public async Task The_desk_page_and_charts_carry_a_restrictive_content_security_policy(string url, string expected)
    {
        var policy = string.Join(";", (await _client.GetAsync(url)).Headers.GetValues("Content-Security-Policy"));
        Assert.Contains(expected, policy, StringComparison.Ordinal);
        Assert.StartsWith("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
    }
}
