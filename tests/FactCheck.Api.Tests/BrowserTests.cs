using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FactCheck.Api.Tests;

/// <summary>
/// What a person sees: a real headless Chromium (Debian's chromium package, which .ci/run
/// installs) loads pages from the API on a real Kestrel server. Screenshots are kept in
/// screenshots/ beside the test binaries.
/// </summary>
public sealed class BrowserTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly ApiFactory _api = new(seed: true);
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string _address = "";

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium)) return;
        _api.UseKestrel(0);
        _api.StartServer();
        _address = _api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        _api.Dispose();
    }

    /// <summary>A page in the browser, or null where Chromium is missing: CI, which installs it, then fails instead.</summary>
    private async Task<IPage?> PageAsync()
    {
        if (_browser is null)
        {
            Assert.True(Environment.GetEnvironmentVariable("CI") is null, $"{Chromium} is missing: apt-get install chromium");
            return null;
        }
        return await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 800, Height = 1000 } });
    }

    private static string ScreenshotPath(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    private static Task KeepScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = ScreenshotPath(name), FullPage = true });

    [Fact]
    public async Task Try_it_out_on_the_claims_list_in_swagger_ui_shows_the_seed_claims()
    {
        if (await PageAsync() is not { } page) return;
        await page.GotoAsync($"{_address}/swagger/index.html");

        var operation = page.Locator("#operations-Claims-ListClaims");
        await operation.Locator(".opblock-summary").ClickAsync();
        await operation.Locator("button.execute").ClickAsync();
        await Assertions.Expect(operation.Locator(".live-responses-table tr.response td.response-col_status").First).ToHaveTextAsync("200");
        var body = await operation.Locator(".live-responses-table .highlight-code").First.InnerTextAsync();

        await KeepScreenshotAsync(page, "swagger-try-it-out.png");
        Assert.Contains("\"totalItems\": 26", body, StringComparison.Ordinal);
        Assert.Contains("over 1,300 political prisoners", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_desk_page_is_a_workbench_by_severity_with_each_relation_once_and_the_desks_decisions()
    {
        if (await PageAsync() is not { } page) return;
        // The desk confirmed the June-release conflict of bne IntelliNews's 14 with Trump's 16 (claims 12 and 13).
        using var client = _api.CreateClient();
        var confirmed = await client.PostJsonAsync("/findings/8c57c9a5c66bf5b3/decisions", new { decision = "confirmed", text = "Trump's figure is wrong." });
        Assert.Equal(System.Net.HttpStatusCode.Created, confirmed.StatusCode);
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) refused.Add(message.Text);
        };
        var response = await page.GotoAsync($"{_address}/desk");

        // The policy lets the page's own style sheet and charts in, and nothing else.
        Assert.StartsWith("default-src 'none'", await response!.HeaderValueAsync("content-security-policy"), StringComparison.Ordinal);
        Assert.Equal("760px", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).maxWidth"));
        Assert.Empty(refused);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Open findings" })).ToBeVisibleAsync();
        var conflicts = page.Locator("section#conflicts");
        await Assertions.Expect(conflicts.GetByRole(AriaRole.Heading, new() { Name = "Conflicts", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("section#warnings").GetByRole(AriaRole.Heading, new() { Name = "Warnings", Exact = true })).ToBeVisibleAsync();
        var held = page.Locator("section[id='belarus/political-prisoners/held']");
        await Assertions.Expect(held.GetByRole(AriaRole.Heading, new() { Name = "Political prisoners held in Belarus" })).ToBeVisibleAsync();
        await Assertions.Expect(held.GetByText("Best supported: 1,300 people", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(held.GetByRole(AriaRole.Link, new() { Name = "Lukashenko offers to release 1,300 political prisoners – if they leave the country" })).ToBeVisibleAsync();
        var chartWidth = await held.Locator("img").EvaluateAsync<int>("img => img.complete ? img.naturalWidth : 0");
        Assert.Equal(640, chartWidth);
        Assert.Equal(0, await page.Locator("section[id='belarus/release/2025-09-11/count']").CountAsync());

        // The relation's arithmetic stands once on the page, and the held quantity links to it.
        Assert.Equal(1, await page.GetByText("So Political prisoners held in Belarus = 100 × 52 people", new() { Exact = false }).CountAsync());
        await held.GetByRole(AriaRole.Link, new() { Name = "Relation 1" }).ClickAsync();
        var target = await page.EvaluateAsync<string>("() => location.hash");
        await Assertions.Expect(page.Locator($"article{target}")).ToContainTextAsync("1,155.6 to 1,485.7 people");

        // Who decided what, on the finding itself.
        var june = page.Locator("li#finding-8c57c9a5c66bf5b3");
        await Assertions.Expect(june.Locator(".decision")).ToContainTextAsync("Confirmed by tests-");
        await Assertions.Expect(june.Locator(".claims")).ToHaveTextAsync("#12 #13");

        await KeepScreenshotAsync(page, "desk.png");
    }

    [Fact]
    public async Task The_chart_of_the_held_quantity_labels_its_claims_and_the_relation_band()
    {
        if (await PageAsync() is not { } page) return;
        await page.GotoAsync($"{_address}/charts/quantities/belarus/political-prisoners/held");

        foreach (var label in new[] { "Political prisoners held in Belarus", "Viasna Human Rights Centre", "1,500 to 2,000 people", "⇒ 1,156 to 1,485 people by relation 1" })
            await Assertions.Expect(page.Locator("svg > text", new() { HasText = label }).First).ToBeVisibleAsync();

        // An SVG document has no page to scroll: the picture is the svg element.
        await page.Locator("svg").ScreenshotAsync(new() { Path = ScreenshotPath("chart-held.png") });
    }
}
