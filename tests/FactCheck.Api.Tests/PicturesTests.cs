using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace FactCheck.Api.Tests;

public sealed class PicturesTests : IDisposable
{
    private readonly ApiFactory _api = new(seed: true);
    private readonly HttpClient _client;

    public PicturesTests() => _client = _api.CreateClient();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task A_chart_is_accessible_svg_that_marks_the_claims_out_of_line_and_the_same_records_give_the_same_bytes()
    {
        var response = await _client.GetAsync("/charts/quantities/belarus/political-prisoners/held");
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        var svg = await response.Content.ReadAsStringAsync();

        var document = XDocument.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal("640", (string)document.Root!.Attribute("width")!);
        Assert.Equal("img", (string)document.Root.Attribute("role")!);
        Assert.Equal("Political prisoners held in Belarus", document.Root.Element(ns + "title")!.Value);
        // Out of line: "over 1,300" and Lukashenko's 1,500 to 2,000, outside the eight that agree on 1,300; not the majority.
        Assert.Contains("10 claims about Political prisoners held in Belarus, 2 of them out of line.", document.Root.Element(ns + "desc")!.Value, StringComparison.Ordinal);
        var texts = document.Descendants(ns + "text").Select(t => t.Value).ToList();
        Assert.Contains("#3 Alexander Lukashenko", texts);
        Assert.Contains("up to 1,300 people", texts);
        Assert.Contains(texts, t => t.StartsWith("⇒ 1,156 to 1,485 people by relation 1, from Share of political prisoners", StringComparison.Ordinal));
        var marked = document.Descendants().Where(e => (string?)e.Attribute("fill") == "#c0392b" && e.Name.LocalName == "text").Select(e => e.Value);
        Assert.Equal(["more than 1,300 people", "1,500 to 2,000 people"], marked);
        // The legend wraps, whole: no line of it is cut.
        Assert.DoesNotContain(texts, t => t.EndsWith('…'));
        Assert.Contains("people)", texts);

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
        // Conflicts, then warnings; a relation's arithmetic once, linked from the quantity whose claim it rules out.
        Assert.True(html.IndexOf("<h2>Conflicts</h2>", StringComparison.Ordinal) < held && html.IndexOf("<h2>Warnings</h2>", StringComparison.Ordinal) > june);
        var relation = Regex.Match(html, "<a href=\"#(finding-[0-9a-f]{16})\">Relation 1</a> rules out <span class=\"claims\">#3</span>").Groups[1].Value;
        Assert.NotEmpty(relation);
        Assert.Equal(1, Regex.Count(html, "So Political prisoners held in Belarus = 100 × 52 people"));
        Assert.Contains($"<article id=\"{relation}\">", html, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(html, "Lithuanians released \\(6 people\\) \\+"));
        Assert.Contains("<img src=\"/charts/quantities/belarus/release/2025-09-11/foreign-nationals\"", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"claims\">#12 #13</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"belarus/release/2025-09-11/count\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"belarus/political-prisoners/recognised-since-2020\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chart_of_an_unknown_quantity_is_not_found() =>
        await (await _client.GetAsync("/charts/quantities/no/such/key")).ProblemAsync(HttpStatusCode.NotFound);

    [Fact]
    public async Task The_same_chart_comes_as_png_when_asked_with_its_pixels_where_the_svg_puts_them()
    {
        const string path = "/charts/quantities/belarus/release/2025-06/count";
        var svg = XDocument.Parse(await _client.GetStringAsync(path));
        var response = await _client.GetAsync(path + "?format=png");
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        var png = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);

        using var bitmap = SkiaSharp.SKBitmap.Decode(png);
        Assert.Equal(2 * int.Parse((string)svg.Root!.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture), bitmap.Width);
        Assert.Equal(2 * int.Parse((string)svg.Root.Attribute("height")!, System.Globalization.CultureInfo.InvariantCulture), bitmap.Height);
        // Trump's 16, the one claim out of line, is a red dot where the SVG draws it; the others' dots are blue.
        XNamespace ns = "http://www.w3.org/2000/svg";
        var dots = svg.Descendants(ns + "circle").Select(c => (Fill: (string)c.Attribute("fill")!,
            X: 2 * double.Parse((string)c.Attribute("cx")!, System.Globalization.CultureInfo.InvariantCulture),
            Y: 2 * double.Parse((string)c.Attribute("cy")!, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(1, dots.Count(d => d.Fill == "#c0392b"));
        foreach (var dot in dots)
            Assert.Equal(dot.Fill, "#" + bitmap.GetPixel((int)dot.X, (int)dot.Y).ToString()[3..]);
        // The title is drawn as text: dark pixels where it stands, none in the white margin above it.
        var ink = Enumerable.Range(32, 400).Sum(x => Enumerable.Range(28, 24).Count(y => bitmap.GetPixel(x, y).Red < 100));
        Assert.True(ink > 500, $"only {ink} dark pixels in the title");
        Assert.True(Enumerable.Range(0, bitmap.Width).All(x => bitmap.GetPixel(x, 2).Red == 255));

        var negotiated = new HttpRequestMessage(HttpMethod.Get, path);
        negotiated.Headers.Accept.ParseAdd("image/png");
        using var byAccept = await _client.SendAsync(negotiated);
        Assert.Equal("image/png", byAccept.Content.Headers.ContentType!.MediaType);
        Assert.Equal(png, await byAccept.Content.ReadAsByteArrayAsync());
        Assert.Contains("Accept", byAccept.Headers.Vary);
        var problem = await (await _client.GetAsync(path + "?format=gif")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["format"], problem.ErrorKeys());
    }

    [Fact]
    public async Task A_stocks_periods_are_headed_by_their_dates_and_its_rows_carry_their_claims_numbers()
    {
        var quantity = await Records.QuantityAsync(_client, kind: "stock");
        var source = await Records.SourceAsync(_client, text: null);
        long Id(System.Text.Json.Nodes.JsonNode claim) => (long)claim["id"]!;
        var march = Id(await (await _client.PostJsonAsync("/claims", new { sourceId = source, quantityKey = quantity, quote = "1,100 held", qualifier = "exact", value = 1100, asOf = "2024-03-01" })).JsonAsync(HttpStatusCode.Created));
        var september = Id(await (await _client.PostJsonAsync("/claims", new { sourceId = source, quantityKey = quantity, quote = "1,300 held", qualifier = "exact", value = 1300, asOf = "2025-09-01" })).JsonAsync(HttpStatusCode.Created));

        var svg = XDocument.Parse(await _client.GetStringAsync($"/charts/quantities/{quantity}"));
        XNamespace ns = "http://www.w3.org/2000/svg";
        var texts = svg.Descendants(ns + "text").Select(t => t.Value).ToList();
        Assert.Contains("1 Mar 2024", texts);
        Assert.Contains("1 Sep 2025", texts);
        Assert.Contains($"#{march} A test quantity".Replace("A test quantity", "Test Wire", StringComparison.Ordinal), texts);
        Assert.Contains($"#{september} Test Wire", texts);
        Assert.Equal(2, svg.Descendants(ns + "line").Count(l => l.Attribute("stroke-dasharray") is not null));
    }
}
