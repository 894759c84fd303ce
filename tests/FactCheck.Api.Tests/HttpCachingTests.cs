using System.Net;

namespace FactCheck.Api.Tests;

public sealed class HttpCachingTests : IDisposable
{
    private readonly ApiFactory _api = new();

    public HttpCachingTests() => _api.Settings["FactCheck:Cors:Origins:0"] = "https://cms.example.org";

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task A_read_carries_an_etag_and_an_unchanged_one_gets_304()
    {
        var client = _api.CreateClient();
        var first = await client.GetAsync("/sources");
        var etag = first.Headers.ETag!;
        Assert.True(first.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromSeconds(30), first.Headers.CacheControl.MaxAge);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/sources");
        again.Headers.IfNoneMatch.Add(etag);
        var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        var created = await client.PostJsonAsync("/sources", new { publisher = "Desk", title = "New", publishedAt = "2025-09-01" });
        Assert.True(created.Headers.CacheControl!.NoStore);
        using var afterWrite = new HttpRequestMessage(HttpMethod.Get, "/sources");
        afterWrite.Headers.IfNoneMatch.Add(etag);
        var changed = await client.SendAsync(afterWrite);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
    }

    [Fact]
    public async Task Cors_answers_the_configured_cms_origin_only()
    {
        var client = _api.CreateClient();
        async Task<HttpResponseMessage> Preflight(string origin)
        {
            using var request = new HttpRequestMessage(HttpMethod.Options, "/claims");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "POST");
            request.Headers.Add("Access-Control-Request-Headers", "x-api-key,content-type");
            return await client.SendAsync(request);
        }

        var allowed = await Preflight("https://cms.example.org");
        Assert.Equal("https://cms.example.org", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False((await Preflight("https://elsewhere.example.com")).Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Health_and_readiness_answer_and_every_response_names_its_request()
    {
        var client = _api.AnonymousClient();
        var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", await (await client.GetAsync("/ready")).Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrEmpty(health.Headers.GetValues("X-Request-Id").Single()));
    }
}
