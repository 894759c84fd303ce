using System.Net;
using System.Xml.Linq;

namespace FactCheck.Api.Tests;

public sealed class PicturesTests : IDisposable
{
    private readonly ApiFactory _api = new(seed: true);
    private readonly HttpClient _client;

    public PicturesTests() => _client = _api.CreateClient();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task A_chart_is_accessible_svg_that_marks_the_conflicting_claims_and_the_same_records_give_the_same_bytes()
    {
        var response = await _client.GetAsync("/charts/quantities/belarus/political-prisoners/held");
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        var svg = await response.Content.ReadAsStringAsync();

        var document = XDocument.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal("640", (string)document.Root!.Attribute("width")!);
        Assert.Equal("img", (string)document.Root.Attribute("role")!);
        Assert.Equal("Political prisoners held in Belarus", document.Root.Element(ns + "title")!.Value);
        Assert.Contains("10 claims about Political prisoners held in Belarus, 8 of them in conflict.", document.Root.Element(ns + "desc")!.Value, StringComparison.Ordinal);
        var texts = document.Descendants(ns + "text").Select(t => t.Value).ToList();
        Assert.Contains("Alexander Lukashenko", texts);
        Assert.Contains("1,500 to 2,000 people", texts);
        Assert.Contains(texts, t => t.StartsWith("⇒ 1,156 to 1,485 people by relation 1", StringComparison.Ordinal));
        Assert.Equal(8, document.Descendants().Count(e => (string?)e.Attribute("fill") == "#c0392b" && e.Name.LocalName == "text" && e.Value.EndsWith("people", StringComparison.Ordinal)));

        Assert.Equal(svg, await _client.GetStringAsync("/charts/quantities/belarus/political-prisoners/held"));
    }

    [Fact]
    public async Task The_desk_page_lists_only_quantities_with_open_conflicts_newest_first()
    {
        var response = await _client.GetAsync("/desk");
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        var held = html.IndexOf("id=\"belarus/political-prisoners/held\"", StringComparison.Ordinal);
        var june = html.IndexOf("id=\"belarus/release/2025-06/count\"", StringComparison.Ordinal);
        Assert.True(held > 0 && june > held, "the held quantity (last claimed 2025-09-12) comes before the June release (2025-08-28)");
        Assert.Contains("<img src=\"/charts/quantities/belarus/political-prisoners/held\"", html, StringComparison.Ordinal);
        Assert.Contains("So Political prisoners held in Belarus = 100 × 52 people ÷ (3.5% to 4.5%) = 1,155.6 to 1,485.7 people", html, StringComparison.Ordinal);
        // The best-supported figure stands above the disagreements.
        var supported = html.IndexOf("Best supported: 14 people, which 3 of the 4 claims allow, from 3 sources: unknown (translated report), bne IntelliNews and Notes from Poland.", june, StringComparison.Ordinal);
        Assert.True(supported > june && supported < html.IndexOf("class=\"findings\"", june, StringComparison.Ordinal), "the June release's best-supported figure precedes its findings");
        Assert.DoesNotContain("id=\"belarus/release/2025-09-11/count\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"belarus/political-prisoners/recognised-since-2020\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chart_of_an_unknown_quantity_is_not_found() =>
        await (await _client.GetAsync("/charts/quantities/no/such/key")).ProblemAsync(HttpStatusCode.NotFound);
}
