using System.Text.RegularExpressions;

namespace FactCheck.Domain.Extraction;

/// <summary>Who a figure is attributed to, as the text names them, and where: <paramref name="Start"/> to <paramref name="End"/> in UTF-16 code units.</summary>
public sealed record ProposedAttribution(string Name, int Start, int End);

/// <summary>
/// Finds whom a sentence attributes its figures to: "according to X", "X said / says / told / reported / estimates / claims
/// / revealed", "…, said X", "X, which counts…", "data from X". A sentence that names no one and opens on a pronoun
/// ("They included six Lithuanians") takes the attribution of the sentence before it, within the same paragraph.
/// A name is a noun phrase: "Belarus's Viasna Human Rights Centre", "opposition and human rights groups"; a pronoun is no name.
/// </summary>
public static partial class Attribution
{
    private const string Verbs = "said|says|say|told|tells|reported|reports|report|estimates|estimated|estimate|claimed|claims|claim|stated|states|"
        + "announced|announces|revealed|reveals|wrote|writes|noted|notes|added|adds|counted|counts|believes|believe";

    // Up to six words of a noun phrase, possessives and "of/and/for" inside it; it must not start with a pronoun or a conjunction.
    private const string Phrase = @"(?<name>(?:[\p{L}][\p{L}\p{M}'’.\-]*)(?:\s+(?:[\p{L}][\p{L}\p{M}'’.\-]*)){0,6})";

    [GeneratedRegex(@"\b(?i:according)\s+to\s+" + Phrase, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(Phrase + @"(?<comma>,)?\s+(?:(?:yesterday|today|on\s+\p{Lu}\p{L}+day|last\s+\p{L}+|also|recently|separately)\s+)?(?:" + Verbs + @")\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SubjectVerb();

    [GeneratedRegex(@"[,“”""]\s*(?:" + Verbs + @")\s+" + Phrase, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex VerbSubject();

    [GeneratedRegex(Phrase + @",\s+which\s+(?:counts|counted|tracks|monitors|records|documents|keeps|compiles|estimates)\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex WhichCounts();

    [GeneratedRegex(@"\b(?i:data|figures|statistics|numbers|estimates|counts)\s+(?:from|by|of|compiled\s+by|published\s+by)\s+" + Phrase, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DataFrom();

    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "which", "who", "there", "and", "but", "or",
        "officials", "reports", "media", "sources", "some", "many", "others", "also",
    };

    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "they", "it", "these", "those", "the figures", "the figure", "its", "their", "this",
    };

    /// <summary>The attribution of the figure at <paramref name="mention"/>, if its sentence (or the one it continues) names one.</summary>
    public static ProposedAttribution? Of(string text, NumberMention mention)
    {
        var (start, end) = SentenceAround(text, mention.Start);
        if (InSentence(text, start, end) is { } found) return found;
        // "They included six Lithuanians…" continues the sentence before it, in the same paragraph.
        var opener = text[start..end].TrimStart();
        if (start < 2 || text[start - 1] == '\n' || !Openers.Any(o => opener.StartsWith(o + " ", StringComparison.OrdinalIgnoreCase))) return null;
        var (before, beforeEnd) = SentenceAround(text, start - 2);
        return InSentence(text, before, beforeEnd);
    }

    private static ProposedAttribution? InSentence(string text, int start, int end)
    {
        var sentence = text[start..end];
        foreach (var pattern in new[] { AccordingTo(), DataFrom(), WhichCounts(), SubjectVerb(), VerbSubject() })
            foreach (Match match in pattern.Matches(sentence))
            {
                var before = pattern == SubjectVerb() || pattern == WhichCounts();
                // "Sviatlana Tsikhanouskaya, leader of the exiled opposition …, said": the subject is the sentence's head, before its first comma.
                var name = pattern == SubjectVerb() && match.Groups["comma"].Success
                    ? sentence.IndexOf(',') is > 0 and var comma && comma < match.Groups["comma"].Index ? Name(HeadGroup(sentence, comma), beforeVerb: true) : null
                    : Name(match.Groups["name"], before);
                if (name is { } n)
                    return new ProposedAttribution(n.Text, start + n.Index, start + n.Index + n.Text.Length);
            }
        return null;
    }

    private static Group HeadGroup(string sentence, int comma) => Regex.Match(sentence[..comma], @"^\s*(?<name>.*)$").Groups["name"];

    // The name in a matched phrase: before a verb, its last clause (after any comma appositive: "Tsikhanouskaya, leader of …, said");
    // after a verb or "according to", up to where the noun phrase ends.
    private static (string Text, int Index)? Name(Group phrase, bool beforeVerb)
    {
        var words = Regex.Split(phrase.Value, @"\s+");
        var text = phrase.Value;
        var index = phrase.Index;
        if (!beforeVerb)
        {
            // The name ends before the first word that cannot be in it: a verb, a preposition, a clause.
            var cut = Regex.Match(text, @"\s+(?:said|says|say|show|shows|showed|put|puts|is|are|was|were|has|have|had|on|in|at|that|who|which|to|from|after|as|for|with|by|and\s+\p{Ll})\b");
            if (cut.Success) text = text[..cut.Index];
        }
        else
        {
            // The subject starts after the last word that cannot be in a name: a verb, a clause word, a lower-case word after a capitalised one.
            var begin = 0;
            for (var i = 0; i < words.Length; i++)
                if (words[i] is "that" or "which" or "who" or "while" or "but" or "as" or "when" or "where" or "because" or "if"
                    || words[i].EndsWith(',') || words[i].EndsWith(':'))
                    begin = i + 1;
            var skipped = string.Join(" ", words[..begin]);
            text = string.Join(" ", words[begin..]);
            index += skipped.Length + (begin > 0 ? 1 : 0);
        }
        text = Regex.Replace(text.TrimEnd(',', '.', ';', ':', '”', '"'), @"\s+(?:yesterday|today|also|recently|separately|on\s+\p{Lu}\p{L}+day|last\s+\p{L}+)$", "");
        var first = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (first is null || NotNames.Contains(first) || NotNames.Contains(text)) return null;
        // A name has a capital somewhere, or is a group of people ("opposition and human rights groups").
        if (!text.Any(char.IsUpper) && !Regex.IsMatch(text, @"\b(groups?|organi[sz]ations?|ministry|agency|police|officials|activists|authorities|monitors)\b"))
            return null;
        return (text, index);
    }

    private static (int Start, int End) SentenceAround(string text, int at)
    {
        var from = Math.Max(0, at - 400);
        var start = text.LastIndexOfAny(['.', '!', '?', '\n'], Math.Max(from, Math.Min(at, text.Length - 1)), Math.Max(0, at - from)) + 1;
        var end = text.IndexOfAny(['.', '!', '?', '\n'], Math.Min(at, text.Length));
        return (Math.Max(start, from), end < 0 ? text.Length : end);
    }
}
