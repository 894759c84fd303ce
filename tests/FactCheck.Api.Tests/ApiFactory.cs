using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
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
