using System.Text.Json;

namespace FactCheck.Api.Infrastructure;

/// <summary>
/// Where the previous page of a sorted list ended: the sort key and id of its last item, as an
/// opaque token. A page that starts after it is stable however many items are added before it.
/// </summary>
internal readonly record struct Cursor(JsonElement Key, long Id)
{
    public static string Encode(object? key, long id) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new { k = key, id })).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool TryDecode(string? token, out Cursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(token) || token.Length > 512) return false;
        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            var json = JsonDocument.Parse(Convert.FromBase64String(base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=')));
            if (!json.RootElement.TryGetProperty("id", out var id) || !id.TryGetInt64(out var value) || !json.RootElement.TryGetProperty("k", out var key))
                return false;
            cursor = new Cursor(key.Clone(), value);
            return true;
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The key as the SQL parameter its column compares with: a number or a text.</summary>
    public object? KeyValue => Key.ValueKind switch
    {
        JsonValueKind.Number when Key.TryGetInt64(out var whole) => whole,
        JsonValueKind.Number => Key.GetDouble(),
        JsonValueKind.String => Key.GetString(),
        _ => null,
    };

    public static bool IsValid(string? token) => token is null || TryDecode(token, out _);

}
