using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using FactCheck.Api.Infrastructure.Access;
using Microsoft.Data.Sqlite;

namespace FactCheck.Api.Tests;

/// <summary>The real API over HTTP, on a SQLite file of its own that is deleted afterwards.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    private readonly bool _seed;
    private readonly bool _ownsDatabase;

    public ApiFactory() : this(seed: false) { }

    /// <summary>An API on <paramref name="databasePath"/>, which the caller then cleans up; or on a file of its own.</summary>
    internal ApiFactory(bool seed, string? databasePath = null)
    {
        _seed = seed;
        _ownsDatabase = databasePath is null;
        DatabasePath = databasePath ?? TemporaryDatabase();
    }

    public static string TemporaryDatabase() => Path.Combine(Path.GetTempPath(), $"factcheck-test-{Guid.NewGuid():N}.db");

    public string DatabasePath { get; }

    public string ConnectionString => $"Data Source={DatabasePath}";

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
        using var connection = new SqliteConnection(ConnectionString + ";Foreign Keys=True");
        connection.Open();
        return ApiKeys.CreateAsync(connection, name, CancellationToken.None).GetAwaiter().GetResult()
            ?? throw new InvalidOperationException($"A key named {name} exists.");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.UseSetting("ConnectionStrings:FactCheck", ConnectionString);
        builder.UseSetting("FactCheck:SeedOnFirstStart", _seed ? "true" : "false");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (_ownsDatabase) Delete(DatabasePath);
    }

    public static void Delete(string databasePath)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
            File.Delete(file);
    }
}
