using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text.Json.Nodes;
using FactCheck.Api.Infrastructure.Access;
using Microsoft.Extensions.Configuration;

namespace FactCheck.Api.Tests;

public sealed class AccessTests : IDisposable
{
    private readonly ApiFactory _api = new();

    public void Dispose() => _api.Dispose();

    private static object NewSource() => new { publisher = "Desk", title = $"T {Guid.NewGuid():N}", publishedAt = "2025-09-01" };

    [Fact]
    public async Task Writes_need_a_live_key_and_reads_do_not()
    {
        var anonymous = _api.AnonymousClient();

        var problem = await (await anonymous.PostJsonAsync("/sources", NewSource())).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("X-Api-Key", (string)problem["detail"]!, StringComparison.Ordinal);
        await (await anonymous.GetAsync("/sources")).JsonAsync(HttpStatusCode.OK);

        anonymous.DefaultRequestHeaders.Add(ApiKeys.Header, "fck_not-a-key");
        await (await anonymous.PostJsonAsync("/sources", NewSource())).ProblemAsync(HttpStatusCode.Unauthorized);

        await (await _api.CreateClient().PostJsonAsync("/sources", NewSource())).JsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task The_keys_command_creates_lists_and_revokes_keys()
    {
        _api.Settings["FactCheck:Access:KeyCacheSeconds"] = "1";
        _api.CreateClient();
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FactCheck:Store"] = TestDatabase.Engine,
            ["ConnectionStrings:FactCheck"] = _api.ConnectionString,
        }).Build();
        async Task<(int Code, string Output)> Run(params string[] args)
        {
            var output = new StringWriter();
            return (await KeysCommand.RunAsync(["keys", .. args], settings, output), output.ToString());
        }

        var (code, output) = await Run("create", "newsroom-cms");
        Assert.Equal(0, code);
        var key = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Trim();
        Assert.StartsWith("fck_", key, StringComparison.Ordinal);
        Assert.Equal(1, (await Run("create", "newsroom-cms")).Code);
        Assert.Equal(1, (await Run("create", "newsroom\u202Ecms")).Code);
        Assert.Equal(1, (await Run("create", "newsroom-cms\n")).Code);
        Assert.Contains("newsroom-cms\tfck_", (await Run("list")).Output, StringComparison.Ordinal);
        Assert.DoesNotContain(key, (await Run("list")).Output, StringComparison.Ordinal);

        var client = _api.AnonymousClient();
        client.DefaultRequestHeaders.Add(ApiKeys.Header, key);
        await (await client.PostJsonAsync("/sources", NewSource())).JsonAsync(HttpStatusCode.Created);

        Assert.Equal(0, (await Run("revoke", "newsroom-cms")).Code);
        // Other processes' revocations reach the API within its key cache's lifetime (1 s here, 5 s by default).
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        await (await client.PostJsonAsync("/sources", NewSource())).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await client.GetAsync("/claims")).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(2, (await Run("rotate")).Code);
    }

    [Theory]
    [InlineData("/claims")]
    [InlineData("/health")]
    [InlineData("/findings")]
    public async Task A_wrong_key_is_a_401_on_reads_too(string url)
    {
        var client = _api.AnonymousClient();
        client.DefaultRequestHeaders.Add(ApiKeys.Header, "fck_not-a-key");
        var problem = await (await client.GetAsync(url)).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("The API key is not live", (string)problem["title"]!);
    }

    [Fact]
    public async Task A_live_key_is_looked_up_once_however_often_it_is_used()
    {
        // Long enough that no slow machine sees the entry expire within the loop.
        _api.Settings["FactCheck:Access:KeyCacheSeconds"] = "300";
        var client = _api.CreateClient();
        var keys = _api.Services.GetRequiredService<KeyCache>();
        var before = keys.Lookups;
        for (var i = 0; i < 20; i++)
            await (await client.GetAsync("/sources")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(before + 1, keys.Lookups);
    }

    [Fact]
    public async Task Made_up_keys_are_limited_by_address_before_any_is_looked_up()
    {
        using var limited = new ApiFactory();
        limited.Settings["FactCheck:RateLimit:PermitsPerMinute"] = "2";
        var keys = limited.Services.GetRequiredService<KeyCache>();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            var client = limited.AnonymousClient();
            client.DefaultRequestHeaders.Add(ApiKeys.Header, $"fck_made-up-{i}");
            statuses.Add((await client.GetAsync("/claims")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests,
            HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(2, keys.Lookups);
    }

    [Fact]
    public async Task Reads_can_be_closed_by_a_setting()
    {
        using var closed = new ApiFactory();
        closed.Settings["FactCheck:Access:ReadsNeedKey"] = "true";

        await (await closed.AnonymousClient().GetAsync("/claims")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await closed.CreateClient().GetAsync("/claims")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, (await closed.AnonymousClient().GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task Each_caller_gets_its_own_budget_and_then_a_429()
    {
        using var limited = new ApiFactory();
        limited.Settings["FactCheck:RateLimit:PermitsPerMinute"] = "3";
        var client = limited.CreateClient();
        for (var i = 0; i < 3; i++)
            await (await client.GetAsync("/sources")).JsonAsync(HttpStatusCode.OK);

        var response = await client.GetAsync("/sources");
        var problem = await response.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(response.Headers.RetryAfter is not null);
        Assert.Equal("Too many requests", (string)problem["title"]!);
        await (await limited.AnonymousClient().GetAsync("/sources")).JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413()
    {
        using var small = new ApiFactory();
        small.Settings["FactCheck:MaxRequestBodyBytes"] = "1000";
        var problem = await (await small.CreateClient().PostJsonAsync("/extractions", new { text = new string('x', 2000) }))
            .ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("1000 bytes", (string)problem["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_asks_for_the_key_on_writes_only()
    {
        var document = JsonNode.Parse(await _api.CreateClient().GetStringAsync("/swagger/v1/swagger.json"))!;
        Assert.Equal("X-Api-Key", (string)document["components"]!["securitySchemes"]!["ApiKey"]!["name"]!);
        Assert.NotNull(document["paths"]!["/claims"]!["post"]!["security"]);
        Assert.Empty(document["paths"]!["/claims"]!["get"]!["security"]!.AsArray());
        Assert.NotNull(document["paths"]!["/claims"]!["post"]!["responses"]!["401"]);
    }
}
