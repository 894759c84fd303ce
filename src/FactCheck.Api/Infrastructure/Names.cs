using System.Collections.Frozen;
using System.Text.Json;

namespace FactCheck.Api.Infrastructure;

/// <summary>
/// The snake_case words of an enum ("more_than", "parts_at_most"): one spelling for JSON, SQL and messages.
/// </summary>
internal static class Names<TEnum> where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> Words =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString()));

    private static readonly FrozenDictionary<string, TEnum> Values =
        Words.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static string All { get; } = string.Join(", ", Words.Values);

    /// <summary>Every word, in the enum's order.</summary>
    public static IReadOnlyList<string> Every { get; } = [.. Enum.GetValues<TEnum>().Select(v => Words[v])];

    public static string Of(TEnum value) => Words[value];

    public static TEnum Parse(string word) => Values[word];

    public static bool IsWord(string? word) => word is not null && Values.ContainsKey(word);
}
