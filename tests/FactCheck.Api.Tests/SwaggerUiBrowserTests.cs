using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FactCheck.Api.Tests;

/// <summary>
/// Swagger UI as a person uses it: a real headless Chromium (Debian's chromium package, which
/// .ci/run installs) loads the page from a real Kestrel server and runs "Try it out" on the claims list.
/// </summary>
public sealed class SwaggerUiBrowserTests : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly ApiFactory _api = new(seed: true);

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task Try_it_out_on_the_claims_list_shows_the_seed_claims()
    {
        if (!File.Exists(Chromium))
        {
            // CI installs Chromium; a developer without it is told how to get it rather than failed.
            Assert.True(Environment.GetEnvironmentVariable("CI") is null, $"{Chromium} is missing: apt-get install chromium");
            return;
        }

        _api.UseKestrel(0);
        _api.StartServer();
        var address = _api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"{address}/swagger/index.html");

        var operation = page.Locator("#operations-Claims-ListClaims");
        await operation.Locator(".opblock-summary").ClickAsync();
        await operation.Locator("button.execute").ClickAsync();
        var status = operation.Locator(".live-responses-table tr.response td.response-col_status").First;
        await Assertions.Expect(status).ToHaveTextAsync("200");
        var body = await operation.Locator(".live-responses-table .highlight-code").First.InnerTextAsync();

        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "swagger-try-it-out.png"), FullPage = true });
        Assert.Contains("\"totalItems\": 26", body, StringComparison.Ordinal);
        Assert.Contains("over 1,300 political prisoners", body, StringComparison.Ordinal);
    }
}
