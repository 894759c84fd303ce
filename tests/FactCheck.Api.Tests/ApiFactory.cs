using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using FactCheck.Api.Infrastructure.Access;

namespace FactCheck.Api.Tests;

/// <summary>The real API over HTTP, on a store of its own that is deleted afterwards (<see cref="TestDatabase"/>).</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    private readonly bool _seed;
    private readonly bool _ownsDatabase;

    public ApiFactory() : this(seed: false) { }

    /// <summary>An API on <paramref name="database"/>, which the caller then cleans up; or on a store of its own.</summary>
    internal ApiFactory(bool seed, TestDatabase? database = null)
    {
        _seed = seed;
        _ownsDatabase = database is null;
        Database = database ?? new TestDatabase();
    }

    public TestDatabase Database { get; }

    public string ConnectionString => Database.ConnectionString;

    private string? _key;

    /// <summary>Settings beyond the database and the seed, such as a rate limit a test needs.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Clients send a live API key, created for the test, so writes go through.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        _key ??= CreateKey($"tests-{Guid.NewGuid():N}");
        client.DefaultRequestHeaders.Add(ApiKeys.Header, _key);
    }

    /// <summary>
    /// A client whose every response must keep the committed OpenAPI document (<see cref="Contract"/>), checked at
    /// each hop. It follows redirects as the default client does, and like it buffers bodies, so they declare a length.
    /// </summary>
    public new HttpClient CreateClient() => CreateClient([new RedirectHandler()]);

    /// <summary>A client with the given handlers before the contract check, such as a generated client's own.</summary>
    public HttpClient CreateClient(DelegatingHandler[] handlers) => CreateDefaultClient([.. handlers, new Contract()]);

    /// <summary>A client that sends no API key.</summary>
    public HttpClient AnonymousClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Remove(ApiKeys.Header);
        return client;
    }

    /// <summary>A new live key, made the way the keys command makes it.</summary>
    public string CreateKey(string name)
    {
        using var connection = Database.Open();
        return ApiKeys.CreateAsync(connection, name, CancellationToken.None).GetAwaiter().GetResult()
            ?? throw new InvalidOperationException($"A key named {name} exists.");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.UseSetting("FactCheck:Store", TestDatabase.Engine);
        builder.UseSetting("ConnectionStrings:FactCheck", ConnectionString);
        builder.UseSetting("FactCheck:SeedOnFirstStart", _seed ? "true" : "false");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (_ownsDatabase) Database.Dispose();
    }
}
