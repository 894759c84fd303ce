using System.Net;
using System.Text.Json.Nodes;

namespace FactCheck.Api.Tests;

/// <summary>
/// Two hosts configured differently run side by side in one process, each keeping its own settings
/// whichever was configured last: FastEndpoints' configuration is process-wide, so nothing a host's
/// settings decide may live there (key rules, body limit, CORS and the document are each host's own).
/// </summary>
public sealed class SideBySideTests : IDisposable
{
    private const string Cms = "https://cms.example.org";
    private readonly ApiFactory _strict = new();
    private readonly ApiFactory _open = new();

    public SideBySideTests()
    {
        _strict.Settings["FactCheck:Access:ReadsNeedKey"] = "true";
        _strict.Settings["FactCheck:MaxRequestBodyBytes"] = "1000";
        _strict.Settings["FactCheck:Cors:Origins:0"] = Cms;
    }

    [Fact]
    public async Task Each_host_keeps_its_own_settings_whichever_started_last()
    {
        // The strict host starts first, the open one last; then each is asked in turn, twice.
        var strictAnonymous = _strict.AnonymousClient();
        var openAnonymous = _open.AnonymousClient();
        var body = new { text = new string('x', 2000) };

        for (var round = 0; round < 2; round++)
        {
            await (await strictAnonymous.GetAsync("/sources")).ProblemAsync(HttpStatusCode.Unauthorized);
            await (await openAnonymous.GetAsync("/sources")).JsonAsync(HttpStatusCode.OK);

            await (await _strict.CreateClient().PostJsonAsync("/extractions", body)).ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
            await (await _open.CreateClient().PostJsonAsync("/extractions", body)).JsonAsync(HttpStatusCode.OK);

            Assert.Equal([Cms], await AllowedOrigin(_strict));
            Assert.Empty(await AllowedOrigin(_open));
        }

        Assert.Equal("ApiKey", Assert.Single((await ReadSecurity(_strict)).Cast<JsonObject>()).Single().Key);
        Assert.Empty(await ReadSecurity(_open));
    }

    private static async Task<IEnumerable<string>> AllowedOrigin(ApiFactory api)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sources");
        request.Headers.Add("Origin", Cms);
        using var response = await api.CreateClient().SendAsync(request);
        return response.Headers.TryGetValues("Access-Control-Allow-Origin", out var origins) ? [.. origins] : [];
    }

    /// <summary>What each host's document says a read of the sources needs: one key requirement, or none.</summary>
    private static async Task<JsonArray> ReadSecurity(ApiFactory api) =>
        JsonNode.Parse(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json"))!["paths"]!["/sources"]!["get"]!["security"]!.AsArray();

    public void Dispose()
    {
        _strict.Dispose();
        _open.Dispose();
    }
}
