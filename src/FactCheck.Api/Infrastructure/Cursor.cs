using System.Buffers.Text;
using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;

namespace FactCheck.Api.Infrastructure;

/// <summary>
/// Where the previous page of a sorted list ended: the sort key and id of its last item. A page
/// that starts after it is stable however many items are added before it.
/// </summary>
internal readonly record struct Cursor(JsonElement Key, long Id)
{
    /// <summary>The key as the SQL parameter its column compares with: a number or a text.</summary>
    public object? KeyValue => Key.ValueKind switch
    {
        JsonValueKind.Number when Key.TryGetInt64(out var whole) => whole,
        JsonValueKind.Number => Key.GetDouble(),
        JsonValueKind.String => Key.GetString(),
        _ => null,
    };
}

/// <summary>What a cursor sent back turned out to be.</summary>
internal enum CursorCheck
{
    Valid,
    /// <summary>Not a token this store signed: malformed, altered, or from another store.</summary>
    Forged,
    /// <summary>Signed here, but for another sort or other filters than the request's.</summary>
    Foreign,
}

/// <summary>
/// Cursors as opaque, tamper-evident tokens: the position, the sort and filters it was made under,
/// and an HMAC-SHA256 over them with the store's own secret (migration 0007), which every instance
/// on the store shares. A client can neither forge a position nor carry one across to another query.
/// </summary>
internal sealed class Cursors(byte[] secret)
{
    private const int MacBytes = 16;
    private const int MaxTokenLength = 1024;

    private const string SecretSql = "SELECT value FROM secrets WHERE name = 'cursor';";

    public static async Task<Cursors> LoadAsync(DbConnection connection) =>
        new(Convert.FromHexString(await connection.QuerySingleAsync<string>(SecretSql)));

    /// <param name="context">The sort and filters of the request, in a fixed order.</param>
    public string Encode(object? key, long id, string context)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(new Payload(key, id, context));
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(Mac(payload));
    }

    public CursorCheck Check(string token, string context, out Cursor cursor)
    {
        cursor = default;
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (token.Length > MaxTokenLength || dot <= 0) return CursorCheck.Forged;
        byte[] payload, mac;
        try
        {
            payload = Base64Url.DecodeFromChars(token.AsSpan(0, dot));
            mac = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
        }
        catch (FormatException)
        {
            return CursorCheck.Forged;
        }
        if (!CryptographicOperations.FixedTimeEquals(mac, Mac(payload))) return CursorCheck.Forged;

        // Signed here, so it is the shape Encode wrote.
        using var json = JsonDocument.Parse(payload);
        var root = json.RootElement;
        if (root.GetProperty("c").GetString() != context) return CursorCheck.Foreign;
        cursor = new Cursor(root.GetProperty("k").Clone(), root.GetProperty("id").GetInt64());
        return CursorCheck.Valid;
    }

    private byte[] Mac(byte[] payload) => HMACSHA256.HashData(secret, payload)[..MacBytes];

    private sealed record Payload(
        [property: System.Text.Json.Serialization.JsonPropertyName("k")] object? Key,
        [property: System.Text.Json.Serialization.JsonPropertyName("id")] long Id,
        [property: System.Text.Json.Serialization.JsonPropertyName("c")] string Context);

    /// <summary>The words a request's sort and filters are written as, to tie a cursor to them.</summary>
    public static string Context(params object?[] parts) =>
        string.Join('\u001f', parts.Select(p => p switch
        {
            null => "",
            DateOnly d => Figures.ToText(d),
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => p.ToString(),
        }));
}
