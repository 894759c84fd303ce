using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Dapper;

namespace FactCheck.Api.Infrastructure.Access;

/// <summary>
/// Creates, lists, revokes and recognises API keys. A key is shown once, when created; the store
/// keeps its SHA-256 hash (keys are 256 random bits, so a plain hash is enough) and a short prefix
/// to tell keys apart.
/// </summary>
internal static class ApiKeys
{
    public const string Header = "X-Api-Key";
    private const string Prefix = "fck_";

    public sealed record KeyInfo(string Name, string Prefix, string CreatedAt, string? RevokedAt);

    /// <summary>A new key for <paramref name="name"/>; null when the name is taken.</summary>
    public static async Task<string?> CreateAsync(DbConnection connection, string name, CancellationToken ct)
    {
        var key = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var created = await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO api_keys (name, hash, prefix, created_at) VALUES (@name, @hash, @prefix, @at)
            ON CONFLICT DO NOTHING;
            """, new { name, hash = Hash(key), prefix = key[..(Prefix.Length + 6)], at = DateTimeOffset.UtcNow.ToString("O") }, cancellationToken: ct));
        return created == 1 ? key : null;
    }

    public static async Task<bool> RevokeAsync(DbConnection connection, string name, CancellationToken ct) =>
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE api_keys SET revoked_at = @at WHERE name = @name AND revoked_at IS NULL;",
            new { name, at = DateTimeOffset.UtcNow.ToString("O") }, cancellationToken: ct)) == 1;

    public static async Task<IReadOnlyList<KeyInfo>> ListAsync(DbConnection connection, CancellationToken ct) =>
        (await connection.QueryAsync<KeyInfo>(new CommandDefinition(
            "SELECT name, prefix, created_at, revoked_at FROM api_keys ORDER BY name;", cancellationToken: ct))).ToList();

    /// <summary>The name of the live key, or null.</summary>
    public static async Task<string?> NameOfAsync(DbConnection connection, string key, CancellationToken ct) =>
        await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT name FROM api_keys WHERE hash = @hash AND revoked_at IS NULL;", new { hash = Hash(key) }, cancellationToken: ct));

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
