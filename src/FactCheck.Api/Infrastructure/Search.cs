using System.Text;

namespace FactCheck.Api.Infrastructure;

/// <summary>Turns what a user types into an FTS5 query that cannot be malformed.</summary>
internal static class Search
{
    /// <summary>
    /// Every word of the text as a quoted prefix term, all required: "political prisoner" finds
    /// "political prisoners". Quotes, operators and stray punctuation are dropped, never passed on;
    /// null when the text holds no word.
    /// </summary>
    public static string? MatchExpression(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var terms = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (char.IsLetterOrDigit(c)) word.Append(c);
            else if (word.Length > 0)
            {
                terms.Add($"\"{word}\"*");
                word.Clear();
            }
        }
        return terms.Count == 0 ? null : string.Join(' ', terms.Take(32));
    }
}
