namespace FactCheck.Domain.Extraction;

/// <summary>A quantity by the names it goes by.</summary>
public sealed record QuantityName(string Key, string Label, string Unit, IReadOnlyList<string> Aliases);

/// <summary>
/// Suggests the quantity a mention measures, among quantities whose unit fits it: the one whose label
/// or alias shares the most words with the noun phrase the mention counts, then with its sentence
/// ("released 14 political prisoners"), then covers the most of its name.
/// </summary>
public static class QuantitySuggestion
{
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "and", "or", "with", "as", "from", "since", "than",
        "more", "over", "up", "about", "around", "some", "nearly", "almost", "least", "most", "only", "total",
    };

    /// <param name="sentence">The words around the mention: its sentence.</param>
    public static string? Suggest(NumberMention mention, string sentence, IReadOnlyList<QuantityName> quantities) =>
        Match(mention, sentence, quantities)?.Key;

    /// <summary>
    /// The best-matching quantity with its score: the share of the matched name's words found in the noun phrase or sentence,
    /// from 0 to 1 ("Political prisoners held in Belarus" against "1,300 political prisoners held": 0.75).
    /// </summary>
    public static (string Key, double Score)? Match(NumberMention mention, string sentence, IReadOnlyList<QuantityName> quantities)
    {
        var noun = Stems(mention.Noun ?? "");
        var context = Stems(sentence + " " + mention.Text);
        (string Key, int Noun, int Context, double Coverage)? best = null;
        foreach (var quantity in quantities.Where(q => Fits(mention, q.Unit)))
            foreach (var name in quantity.Aliases.Prepend(quantity.Label))
            {
                var words = Stems(name);
                if (words.Count == 0) continue;
                var nounShared = noun.Count(words.Contains);
                var contextShared = context.Count(words.Contains);
                if (noun.Count > 0 ? nounShared == 0 : contextShared < 2) continue;
                var coverage = (double)words.Count(w => noun.Contains(w) || context.Contains(w)) / words.Count;
                var candidate = (quantity.Key, nounShared, contextShared, coverage);
                if (best is not { } b || Better(candidate, b)) best = candidate;
            }
        return best is { } found ? (found.Key, Math.Round(found.Coverage, 2)) : null;
    }

    // The noun phrase decides first, then the sentence, then how much of the name is matched, then the key.
    private static bool Better((string Key, int Noun, int Context, double Coverage) a, (string Key, int Noun, int Context, double Coverage) b) =>
        a.Noun != b.Noun ? a.Noun > b.Noun
        : a.Context != b.Context ? a.Context > b.Context
        : a.Coverage != b.Coverage ? a.Coverage > b.Coverage
        : string.CompareOrdinal(a.Key, b.Key) < 0;

    private static bool Fits(NumberMention mention, string unit) => mention.Kind switch
    {
        MentionKind.Percent => unit == Units.Percent,
        MentionKind.Money => unit == mention.Unit,
        _ => unit != Units.Percent,
    };

    /// <summary>The sentence around a mention of <paramref name="text"/>: from the last full stop before it to the first after it, within 300 characters each way.</summary>
    public static string SentenceAround(string text, NumberMention mention)
    {
        var from = Math.Max(0, mention.Start - 300);
        var to = Math.Min(text.Length, mention.End + 300);
        var start = text.LastIndexOfAny(['.', '!', '?', '\n'], Math.Max(from, mention.Start - 1), mention.Start - from) + 1;
        var end = text.IndexOfAny(['.', '!', '?', '\n'], mention.End, to - mention.End);
        return text[Math.Max(start, from)..(end < 0 ? to : end)];
    }

    /// <summary>Lowercase words without their plural ending: "Lithuanians" and "Lithuanian" meet.</summary>
    internal static HashSet<string> Stems(string text)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in text.Split((char[])[' ', ',', '.', ';', ':', '(', ')', '"', '“', '”', '\'', '’', '-', '–', '/', '\n', '\t'],
                     StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.ToLowerInvariant();
            if (word.EndsWith("'s", StringComparison.Ordinal)) word = word[..^2];
            if (Ignored.Contains(word) || !word.Any(char.IsLetter)) continue;
            if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal)) word = word[..^3] + "y";
            else if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)) word = word[..^1];
            stems.Add(word);
        }
        return stems;
    }
}
