using System.Globalization;

namespace FactCheck.Domain.Extraction;

/// <summary>
/// Finds the numeric mentions in English news text: digits ("1,300", "1.5 million", "$150,000"),
/// words ("fifty-two", "one and a half or two thousand", "a dozen"), percentages, ranges and
/// alternatives, the qualifier words of the spec's table, and what each number counts. Years,
/// dates, ages, durations and ordinals are recognised as such so that they are not proposed as counts.
/// One pass over the tokens with a bounded look around each number: time is linear in the text.
/// </summary>
public static class NumberExtractor
{
    /// <summary>The longest text read, in characters: a long article is some 50,000.</summary>
    public const int MaxLength = 2_000_000;

    public static IReadOnlyList<NumberMention> Extract(string text)
    {
        if (text.Length > MaxLength)
            throw new ArgumentException($"The text is longer than {MaxLength} characters.", nameof(text));
        return new MentionReader(text).ReadAll();
    }
}

internal sealed class MentionReader(string text)
{
    private static readonly (string[] Words, Qualifier Qualifier)[] QualifierPhrases = Phrases(
        ("in excess of", Qualifier.MoreThan), ("upwards of", Qualifier.MoreThan), ("more than", Qualifier.MoreThan),
        ("just over", Qualifier.MoreThan), ("well over", Qualifier.MoreThan), ("over", Qualifier.MoreThan),
        ("above", Qualifier.MoreThan), ("exceeding", Qualifier.MoreThan),
        ("no fewer than", Qualifier.AtLeast), ("no less than", Qualifier.AtLeast), ("not less than", Qualifier.AtLeast),
        ("a minimum of", Qualifier.AtLeast), ("at least", Qualifier.AtLeast),
        ("less than", Qualifier.LessThan), ("fewer than", Qualifier.LessThan), ("under", Qualifier.LessThan), ("below", Qualifier.LessThan),
        ("as many as", Qualifier.UpTo), ("as much as", Qualifier.UpTo), ("up to", Qualifier.UpTo),
        ("no more than", Qualifier.AtMost), ("not more than", Qualifier.AtMost), ("a maximum of", Qualifier.AtMost), ("at most", Qualifier.AtMost),
        ("just under", Qualifier.Nearly), ("just shy of", Qualifier.Nearly), ("close to", Qualifier.Nearly), ("nearly", Qualifier.Nearly),
        ("almost", Qualifier.Nearly),
        ("an estimated", Qualifier.Approximately), ("approximately", Qualifier.Approximately), ("roughly", Qualifier.Approximately),
        ("about", Qualifier.Approximately), ("around", Qualifier.Approximately), ("some", Qualifier.Approximately),
        ("circa", Qualifier.Approximately), ("estimated", Qualifier.Approximately), ("approx", Qualifier.Approximately));

    private static readonly (string[] Words, Qualifier Qualifier)[] TrailingQualifiers = Phrases(
        ("or more", Qualifier.AtLeast), ("or so", Qualifier.Approximately), ("or fewer", Qualifier.AtMost), ("or less", Qualifier.AtMost),
        ("plus", Qualifier.AtLeast));

    private const int MaxNounWords = 4;

    private readonly List<Token> _tokens = Tokenizer.Tokenize(text);

    /// <summary>A number as written: its tokens, value, the multiplier of a trailing scale word, and whether it was spelled out or is an ordinal.</summary>
    private readonly record struct Figure(int First, int Next, decimal Value, decimal Scale, bool Spelled, bool Ordinal);

    private enum Last { None, Unit, Ten, Hundred, Scale, And }

    public List<NumberMention> ReadAll()
    {
        var mentions = new List<NumberMention>();
        var i = 0;
        while (i < _tokens.Count)
        {
            if (!TryFigure(i, out var figure))
            {
                i++;
                continue;
            }
            var (mention, next) = Read(figure);
            if (mention is not null) mentions.Add(mention);
            i = Math.Max(next, i + 1);
        }
        return mentions;
    }

    private (NumberMention? Mention, int Next) Read(Figure f)
    {
        var next = f.Next;
        var start = _tokens[f.First].Start;

        if (IsPartOfName(f) || IsPronoun(f) || IsCompoundAdjective(f)) return (null, next);
        // A currency sign before the figure: "$150,000", "US$5", "€3".
        string? currency = null;
        var before = f.First;
        if (before > 0 && IsSymbol(before - 1) && !_tokens[f.First].SpaceBefore
            && Lexicon.CurrencySymbols.TryGetValue(text[_tokens[before - 1].Start], out var sign))
        {
            currency = sign;
            before--;
            if (before > 0 && IsWord(before - 1) && !_tokens[before].SpaceBefore && _tokens[before - 1].Length <= 2) before--;
            start = _tokens[before].Start;
        }
        else if (before > 0 && IsWord(before - 1) && Word(before - 1).Length == 3
                 && Lexicon.CurrencyWords.TryGet(Word(before - 1), out var code) && IsUpper(before - 1))
        {
            currency = code;
            before--;
            start = _tokens[before].Start;
        }

        if (DateAround(f, ref start, ref next)) return (Mention(start, EndBefore(next), MentionKind.Date, Qualifier.Exact, f.Value, null, null, null, null), next);
        if (f.Ordinal) return (Mention(start, EndBefore(next), MentionKind.Ordinal, Qualifier.Exact, f.Value, null, null, null, null), next);
        if (IsYear(f) && currency is null && !IsSymbolAt(next, '%'))
        {
            // "2020-21", "2020–2021" and "the 1990s" stay one year mention.
            if ((IsSymbolAt(next, '-') || IsSymbolAt(next, '–')) && next + 1 < _tokens.Count && _tokens[next + 1].Kind == TokenKind.Number && !_tokens[next].SpaceBefore)
                next += 2;
            else if (IsWord(next) && !_tokens[next].SpaceBefore && Word(next) is "s") next++;
            return (Mention(start, EndBefore(next), MentionKind.Year, Qualifier.Exact, f.Value, null, null, null, null), next);
        }
        if (IsSymbolAt(next, ':') && next + 1 < _tokens.Count && _tokens[next + 1].Kind == TokenKind.Number && !_tokens[next].SpaceBefore)
            return (Mention(start, EndBefore(next + 2), MentionKind.Date, Qualifier.Exact, null, null, null, null, null), next + 2);

        var percent = ReadPercent(ref next);
        if (currency is null && IsWord(next) && Lexicon.CurrencyWords.TryGet(Word(next), out var word)) { currency = word; next++; }

        // Ranges and alternatives: "20-30", "20 to 30", "1,300 or 1,400", "between 20 and 30".
        var qualifier = Qualifier.Exact;
        decimal? value = f.Value, min = null, max = null;
        var between = PhraseBefore(before, ["between"]);
        if (TryRange(f, next, between, out var g, out var afterRange))
        {
            // "one and a half or two thousand", "2 or 3 million": the scale word of the second figure covers the first.
            var low = f.Scale == 1 && g.Scale > 1 && f.Value <= g.Value / g.Scale * 10 ? Normalize(f.Value * g.Scale) : f.Value;
            (min, max, value, qualifier, next) = (Math.Min(low, g.Value), Math.Max(low, g.Value), null, Qualifier.Between, afterRange);
            percent |= ReadPercent(ref next);
            if (between) start = _tokens[before - 1].Start;
        }
        else if (QualifierBefore(before, out var found, out var phraseStart))
        {
            qualifier = found;
            start = _tokens[phraseStart].Start;
        }
        else if (QualifierAfter(next, out var trailing, out var afterQualifier))
        {
            qualifier = trailing;
            next = afterQualifier;
        }

        if (percent)
        {
            var (percentEnd, of) = NounPhrase(ref next, ofOnly: true);
            return (Mention(start, percentEnd, MentionKind.Percent, qualifier, value, min, max, Units.Percent, of), next);
        }
        if (currency is not null) return (Mention(start, EndBefore(next), MentionKind.Money, qualifier, value, min, max, currency, null), next);

        if (IsAge(f, before, ref next)) return (Mention(start, EndBefore(next), MentionKind.Age, qualifier, value, min, max, null, null), next);
        if (TimeUnitAt(next) is { } afterUnit)
            return (Mention(start, EndBefore(afterUnit), MentionKind.Duration, qualifier, value, min, max, null, null), afterUnit);

        var (end, noun) = NounPhrase(ref next, ofOnly: false);
        // A bare "one" counts nothing: "replace one (form of) pressure with another".
        if (noun is null && f.Spelled && f.Value == 1 && qualifier == Qualifier.Exact && min is null) return (null, next);
        return noun is null
            ? (Mention(start, end, MentionKind.Other, qualifier, value, min, max, null, null), next)
            : (Mention(start, end, MentionKind.Count, qualifier, value, min, max, PersonCount(noun) ? "people" : "count", noun), next);
    }

    private NumberMention Mention(int start, int end, MentionKind kind, Qualifier qualifier, decimal? value, decimal? min, decimal? max, string? unit, string? noun) =>
        new(start, end, text[start..end], kind, qualifier, value, min, max, unit, noun);

    /// <summary>Where the token before <paramref name="next"/> ends: the end of a mention that stops there.</summary>
    private int EndBefore(int next) => _tokens[next - 1].End;

    // ---- numbers ----

    private bool TryFigure(int i, out Figure figure)
    {
        figure = default;
        if (i >= _tokens.Count) return false;
        var token = _tokens[i];
        if (token.Kind == TokenKind.Number)
        {
            if (!decimal.TryParse(text.AsSpan(token.Start, token.Length), NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint,
                    CultureInfo.InvariantCulture, out var value))
                return false;
            var j = i + 1;
            if (IsWord(j) && !_tokens[j].SpaceBefore && Word(j) is "st" or "nd" or "rd" or "th" or "ST" or "ND" or "RD" or "TH")
            {
                figure = new Figure(i, j + 1, value, 1, false, true);
                return true;
            }
            var scale = 1m;
            if (IsWord(j) && Lexicon.Scales.TryGet(Word(j), out var s) && (Word(j).Length > 2 || !_tokens[j].SpaceBefore))
            {
                scale = s;
                j++;
            }
            else if (IsWord(j) && Word(j).Equals("hundred", StringComparison.OrdinalIgnoreCase))
            {
                scale = 100;
                j++;
            }
            try
            {
                figure = new Figure(i, j, scale == 1 ? value : Normalize(value * scale), scale, false, false);
                return true;
            }
            catch (OverflowException)
            {
                return false;
            }
        }
        if (token.Kind != TokenKind.Word) return false;
        if (Lexicon.Ordinals.TryGet(Word(i), out var ordinal) && !Word(i).Equals("second", StringComparison.OrdinalIgnoreCase))
        {
            figure = new Figure(i, i + 1, ordinal, 1, true, true);
            return true;
        }
        return TrySpelled(i, out figure);
    }

    private bool TrySpelled(int i, out Figure figure)
    {
        figure = default;
        decimal total = 0, current = 0, scale = 1;
        var last = Last.None;
        var j = i;
        if (Word(j) is "a" or "an" or "A" or "An" && IsWord(j + 1))
        {
            var next = Word(j + 1);
            if (next.Equals("dozen", StringComparison.OrdinalIgnoreCase)) (current, last, j) = (12, Last.Scale, j + 2);
            else if (next.Equals("hundred", StringComparison.OrdinalIgnoreCase)) (current, last, j) = (100, Last.Hundred, j + 2);
            else if (Lexicon.Scales.TryGet(next, out var s) && next.Length > 2) (total, scale, last, j) = (s, s, Last.Scale, j + 2);
            else return false;
        }
        while (IsWord(j))
        {
            var w = Word(j);
            if (Lexicon.Units.TryGet(w, out var unit))
            {
                var fits = last is Last.None or Last.Hundred or Last.Scale or Last.And || (last == Last.Ten && unit is > 0 and < 10);
                if (!fits) break;
                (current, last, j) = (current + unit, Last.Unit, j + 1);
            }
            else if (Lexicon.Tens.TryGet(w, out var ten))
            {
                if (last is not (Last.None or Last.Hundred or Last.Scale or Last.And)) break;
                (current, last, j) = (current + ten, Last.Ten, j + 1);
                // "fifty-two"
                if (IsSymbolAt(j, '-') && !_tokens[j].SpaceBefore && IsWord(j + 1) && !_tokens[j + 1].SpaceBefore
                    && Lexicon.Units.TryGet(Word(j + 1), out var u) && u is > 0 and < 10)
                    (current, last, j) = (current + u, Last.Unit, j + 2);
            }
            else if (w.Equals("dozen", StringComparison.OrdinalIgnoreCase) && last is Last.Unit or Last.Ten)
                (current, last, j) = (current * 12, Last.Scale, j + 1);
            else if (w.Equals("hundred", StringComparison.OrdinalIgnoreCase) && last is Last.Unit or Last.Ten && current < 100)
                (current, last, j) = (current * 100, Last.Hundred, j + 1);
            else if (Lexicon.Scales.TryGet(w, out var s) && w.Length > 2 && last is Last.Unit or Last.Ten or Last.Hundred)
                (total, current, scale, last, j) = (total + current * s, 0, s, Last.Scale, j + 1);
            else if (w.Equals("and", StringComparison.OrdinalIgnoreCase) && last != Last.None)
            {
                if (IsWordAt(j + 1, "a") && IsWordAt(j + 2, "half")) (current, last, j) = (current + 0.5m, Last.Unit, j + 3);
                else if (last is Last.Hundred or Last.Scale && IsWord(j + 1) && (Lexicon.Units.TryGet(Word(j + 1), out _) || Lexicon.Tens.TryGet(Word(j + 1), out _)))
                    (last, j) = (Last.And, j + 1);
                else break;
            }
            else break;
        }
        if (last == Last.None) return false;
        figure = new Figure(i, j, Normalize(total + current), scale, true, false);
        return true;
    }

    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

    // ---- what kind of number ----

    private bool IsYear(Figure f) =>
        !f.Spelled && f.Next == f.First + 1 && _tokens[f.First].Length == 4 && f.Value is >= 1800 and <= 2100 && f.Value == Math.Floor(f.Value);

    /// <summary>"August 22", "Aug. 15", "22 August", "August 28, 2025", "June 2025", "the 22nd of August".</summary>
    private bool DateAround(Figure f, ref int start, ref int next)
    {
        if (f.Spelled) return false;
        var day = f.Value is >= 1 and <= 31 && f.Value == Math.Floor(f.Value);
        var month = f.First - 1;
        if (month >= 0 && IsSymbolAt(month, '.')) month--;
        if (month >= 0 && IsMonth(month) && (day || IsYear(f)))
        {
            start = _tokens[month].Start;
            if (day && IsSymbolAt(next, ',') && next + 1 < _tokens.Count && TryFigure(next + 1, out var year) && IsYear(year)) next = year.Next;
            return true;
        }
        var after = next;
        if (IsWordAt(after, "of")) after++;
        if (day && IsMonth(after))
        {
            next = after + 1;
            if (next < _tokens.Count && TryFigure(next, out var year) && IsYear(year)) next = year.Next;
            return true;
        }
        return false;
    }

    private bool IsMonth(int i) => IsWord(i) && char.IsUpper(text[_tokens[i].Start]) && Lexicon.Months.TryGet(Word(i), out _);

    /// <summary>"aged 45", "45-year-old", "45 years old", and "Ihar Losik, 33, a journalist".</summary>
    private bool IsAge(Figure f, int before, ref int next)
    {
        if (before > 0 && IsWord(before - 1) && Word(before - 1) is "aged" or "age" or "Aged" or "Age") return true;
        if (IsSymbolAt(next, '-') && IsWordAt(next + 1, "year") && IsSymbolAt(next + 2, '-') && IsWordAt(next + 3, "old"))
        {
            next += 4;
            return true;
        }
        if (IsWord(next) && Word(next) is "years" or "year" && IsWordAt(next + 1, "old"))
        {
            next += 2;
            return true;
        }
        return !f.Spelled && f.Value is >= 1 and <= 120 && IsSymbolAt(f.First - 1, ',') && IsSymbolAt(next, ',')
            && IsWord(f.First - 2) && char.IsUpper(text[_tokens[f.First - 2].Start]);
    }

    /// <summary>The token after a time unit that follows the figure ("five years", "five-year"), or null.</summary>
    private int? TimeUnitAt(int next)
    {
        if (IsWord(next) && Lexicon.TimeUnits.Has(Word(next))) return next + 1;
        if (IsSymbolAt(next, '-') && !_tokens[next].SpaceBefore && IsWord(next + 1) && !_tokens[next + 1].SpaceBefore
            && Lexicon.TimeUnits.Has(Word(next + 1)))
            return next + 2;
        return null;
    }

    private bool ReadPercent(ref int next)
    {
        if (IsSymbolAt(next, '%')) { next++; return true; }
        if (IsWord(next) && Word(next) is "percent" or "pct" or "Percent") { next++; return true; }
        if (IsWordAt(next, "per") && IsWordAt(next + 1, "cent")) { next += 2; return true; }
        if (IsWordAt(next, "percentage") && IsWordAt(next + 1, "points")) { next += 2; return true; }
        return false;
    }

    // "G7", "COVID-19", "Su-27": a number glued to a word is part of a name.
    private bool IsPartOfName(Figure f) =>
        !f.Spelled && !_tokens[f.First].SpaceBefore && f.First > 0
        && (IsWord(f.First - 1) || (IsSymbolAt(f.First - 1, '-') && !_tokens[f.First - 1].SpaceBefore && IsWord(f.First - 2)));

    // "one of the leaders", "no one", "Air Force One": the word one standing for a person or a name.
    private bool IsPronoun(Figure f)
    {
        if (!f.Spelled || f.Value != 1 || f.Next != f.First + 1) return false;
        if (char.IsUpper(text[_tokens[f.First].Start]) && f.First > 0 && !IsSentenceStart(f.First)) return true;
        if (IsWord(f.Next) && Word(f.Next) is "of" or "another" or "day" or "time" or "point" or "way" or "thing" or "side" or "hand") return true;
        return f.First > 0 && IsWord(f.First - 1) && Word(f.First - 1) is "no" or "any" or "every" or "each" or "the" or "this" or "that" or "which" or "No" or "The";
    }

    // "one-way", "three-member": a spelled number joined to a word that is not a unit of time.
    private bool IsCompoundAdjective(Figure f) =>
        f.Spelled && IsSymbolAt(f.Next, '-') && !_tokens[f.Next].SpaceBefore && IsWord(f.Next + 1) && !_tokens[f.Next + 1].SpaceBefore
        && !Lexicon.TimeUnits.Has(Word(f.Next + 1)) && !Lexicon.Units.TryGet(Word(f.Next + 1), out _);

    private bool IsSentenceStart(int i)
    {
        var previous = i - 1;
        while (previous >= 0 && IsSymbol(previous) && text[_tokens[previous].Start] is '"' or '“' or '‘' or '(' or '\'' or '•' or '-' or '–')
            previous--;
        return previous < 0 || (IsSymbol(previous) && text[_tokens[previous].Start] is '.' or '!' or '?' or ':' or ';');
    }

    // ---- ranges and qualifiers ----

    private bool TryRange(Figure f, int next, bool between, out Figure second, out int after)
    {
        second = default;
        after = next;
        if (next >= _tokens.Count) return false;
        var joiner = next;
        var dash = IsSymbolAt(joiner, '-') || IsSymbolAt(joiner, '–') || IsSymbolAt(joiner, '—');
        var word = IsWord(joiner) ? Word(joiner) : default;
        var isTo = word.Equals("to", StringComparison.OrdinalIgnoreCase);
        var isOr = word.Equals("or", StringComparison.OrdinalIgnoreCase);
        var isAnd = word.Equals("and", StringComparison.OrdinalIgnoreCase) && between;
        if (!dash && !isTo && !isOr && !isAnd) return false;

        var at = joiner + 1;
        if (IsSymbol(at) && Lexicon.CurrencySymbols.ContainsKey(text[_tokens[at].Start])) at++;
        if (!TryFigure(at, out second) || second.Ordinal || IsYear(second) != IsYear(f)) return false;
        if (dash && (f.Spelled || second.Spelled)) return false;
        // "from 10 to 20" is a change, not a range; "10 to 20 people" is a range.
        if (isTo && PhraseBefore(f.First, ["from"]) && !between) return false;
        if ((dash || isTo) && second.Value <= f.Value && !(second.Scale > 1 && f.Scale == 1)) return false;
        after = second.Next;
        return true;
    }

    private bool QualifierBefore(int before, out Qualifier qualifier, out int phraseStart)
    {
        foreach (var (words, found) in QualifierPhrases)
            if (PhraseBefore(before, words))
            {
                (qualifier, phraseStart) = (found, before - words.Length);
                return true;
            }
        (qualifier, phraseStart) = (Qualifier.Exact, before);
        return false;
    }

    private bool QualifierAfter(int next, out Qualifier qualifier, out int after)
    {
        if (IsSymbolAt(next, '+') && !_tokens[next].SpaceBefore)
        {
            (qualifier, after) = (Qualifier.AtLeast, next + 1);
            return true;
        }
        foreach (var (words, found) in TrailingQualifiers)
            if (PhraseAt(next, words))
            {
                (qualifier, after) = (found, next + words.Length);
                return true;
            }
        (qualifier, after) = (Qualifier.Exact, next);
        return false;
    }

    private bool PhraseBefore(int before, string[] words) => before - words.Length >= 0 && PhraseAt(before - words.Length, words);

    private bool PhraseAt(int at, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
            if (!IsWordAt(at + k, words[k])) return false;
        return true;
    }

    // ---- what the number counts ----

    /// <summary>
    /// Reads the noun phrase after the figure ("political prisoners", "of those released"), at most
    /// four words, up to the first verb, preposition or mark: where the mention then ends, and the phrase.
    /// With <paramref name="ofOnly"/> only a phrase introduced by "of" is read ("4% of those designated").
    /// </summary>
    private (int End, string? Noun) NounPhrase(ref int next, bool ofOnly)
    {
        var end = _tokens[next - 1].End;
        var j = next;
        if (IsWordAt(j, "of")) j++;
        else if (ofOnly) return (end, null);
        if (IsWordAt(j, "the")) j++;
        var first = j;
        if (IsWordAt(j, "each")) j++;
        var words = 0;
        while (words < MaxNounWords && IsWord(j) && !Lexicon.PhraseEnds.Has(Word(j)) && !IsNumberWord(j) && !IsMonth(j)
               && !(words > 0 && IsVerbAfterPlural(j)))
        {
            j++;
            words++;
            // "mid-level", "Polish-Belarusian"
            while (IsSymbolAt(j, '-') && !_tokens[j].SpaceBefore && IsWord(j + 1) && !_tokens[j + 1].SpaceBefore) j += 2;
        }
        if (j == first) return (end, null);
        next = j;
        return (_tokens[j - 1].End, text[_tokens[first].Start.._tokens[j - 1].End]);
    }

    // "prisoners walked free": a word in -ed after a plural noun is the verb, not part of the phrase ("those released" stays).
    private bool IsVerbAfterPlural(int i)
    {
        var previous = Word(i - 1);
        return Word(i).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && previous.EndsWith("s", StringComparison.OrdinalIgnoreCase)
            && !previous.Equals("those", StringComparison.OrdinalIgnoreCase) && !previous.Equals("these", StringComparison.OrdinalIgnoreCase);
    }

    private bool IsNumberWord(int i) =>
        Lexicon.Units.TryGet(Word(i), out _) || Lexicon.Tens.TryGet(Word(i), out _) || Lexicon.Scales.TryGet(Word(i), out _);

    private static bool PersonCount(string noun)
    {
        var head = noun[(noun.LastIndexOfAny([' ', '-']) + 1)..];
        return Lexicon.PersonNouns.Has(head) || (char.IsUpper(head[0]) && head.EndsWith('s') && head.Length > 3);
    }

    // ---- tokens ----

    private ReadOnlySpan<char> Word(int i) => text.AsSpan(_tokens[i].Start, _tokens[i].Length);

    private bool IsWord(int i) => i >= 0 && i < _tokens.Count && _tokens[i].Kind == TokenKind.Word;

    private bool IsWordAt(int i, string word) => IsWord(i) && Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsUpper(int i)
    {
        foreach (var c in Word(i))
            if (!char.IsUpper(c)) return false;
        return true;
    }

    private bool IsSymbol(int i) => i >= 0 && i < _tokens.Count && _tokens[i].Kind == TokenKind.Symbol;

    private bool IsSymbolAt(int i, char c) => IsSymbol(i) && text[_tokens[i].Start] == c;

    private static (string[] Words, Qualifier Qualifier)[] Phrases(params (string Phrase, Qualifier Qualifier)[] phrases) =>
        phrases.Select(p => (p.Phrase.Split(' '), p.Qualifier)).OrderByDescending(p => p.Item1.Length).ToArray();
}
