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
        ("above", Qualifier.MoreThan), ("exceeding", Qualifier.MoreThan), ("exceeded", Qualifier.MoreThan), ("exceeds", Qualifier.MoreThan),
        ("exceed", Qualifier.MoreThan), ("greater than", Qualifier.MoreThan), ("larger than", Qualifier.MoreThan), ("bigger than", Qualifier.MoreThan),
        ("higher than", Qualifier.MoreThan),
        ("greater than or equal to", Qualifier.AtLeast), ("more than or equal to", Qualifier.AtLeast), ("equal to or greater than", Qualifier.AtLeast),
        ("equal to or more than", Qualifier.AtLeast), ("equal to or higher than", Qualifier.AtLeast), ("equal to or above", Qualifier.AtLeast),
        ("less than or equal to", Qualifier.AtMost), ("fewer than or equal to", Qualifier.AtMost), ("equal to or less than", Qualifier.AtMost),
        ("equal to or fewer than", Qualifier.AtMost), ("equal to or lower than", Qualifier.AtMost), ("equal to or below", Qualifier.AtMost),
        ("smaller than", Qualifier.LessThan), ("lower than", Qualifier.LessThan),
        ("no bigger than", Qualifier.AtMost), ("no larger than", Qualifier.AtMost), ("no greater than", Qualifier.AtMost),
        ("no higher than", Qualifier.AtMost), ("not greater than", Qualifier.AtMost), ("not higher than", Qualifier.AtMost),
        ("not exceeding", Qualifier.AtMost), ("no smaller than", Qualifier.AtLeast), ("no lower than", Qualifier.AtLeast),
        ("not lower than", Qualifier.AtLeast), ("not fewer than", Qualifier.AtLeast),
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
        ("or greater", Qualifier.AtLeast), ("or higher", Qualifier.AtLeast), ("or above", Qualifier.AtLeast), ("or over", Qualifier.AtLeast),
        ("at most", Qualifier.AtMost), ("at the most", Qualifier.AtMost), ("at least", Qualifier.AtLeast), ("at the least", Qualifier.AtLeast),
        ("or thereabouts", Qualifier.Approximately), ("tops", Qualifier.AtMost), ("at the outside", Qualifier.AtMost),
        ("or lower", Qualifier.AtMost), ("or below", Qualifier.AtMost), ("or under", Qualifier.AtMost),
        ("plus", Qualifier.AtLeast));

    private const int MaxNounWords = 4;

    private readonly List<Token> _tokens = Tokenizer.Tokenize(text);

    /// <summary>A number as written: its tokens, value, the multiplier of a trailing scale word, and whether it was spelled out or is an ordinal.</summary>
    /// <param name="Fraction">A share said as a fraction: "two-thirds of", "a quarter of", "half of", "one in five", "3/4 of".</param>
    private readonly record struct Figure(int First, int Next, decimal Value, decimal Scale, bool Spelled, bool Ordinal, bool Fraction = false);

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
        // ".22 calibre", "12 gauge": a bore names a weapon, not a figure.
        if (IsWord(next) && Word(next) is "calibre" or "caliber" or "gauge" or "mm-calibre") return (null, next);
        // "+44 20 7946 0000": three numbers and more in a row, nothing between, are a telephone number or a code.
        if (NumberRunEnd(f.First) is { } runEnd) return (null, runEnd);
        // A currency sign before the figure: "$150,000", "US$5", "€3", "-$1,200".
        string? currency = null;
        var before = f.First;
        var negative = false;
        if (before > 0 && IsSymbol(before - 1) && !_tokens[f.First].SpaceBefore
            && Lexicon.CurrencySymbols.TryGetValue(text[_tokens[before - 1].Start], out var sign))
        {
            currency = sign;
            before--;
            if (before > 0 && IsWord(before - 1) && !_tokens[before].SpaceBefore && _tokens[before - 1].Length <= 2) before--;
            else if (before > 0 && IsSymbol(before - 1) && text[_tokens[before - 1].Start] is '-' or '−' && !_tokens[before].SpaceBefore
                     && (before - 1 == 0 || _tokens[before - 1].SpaceBefore))
                (negative, before) = (true, before - 1);
            start = _tokens[before].Start;
        }
        // "minus 12", "negative 4,000"
        else if (before > 0 && IsWord(before - 1) && Word(before - 1) is "minus" or "Minus" or "negative" or "Negative")
            (negative, before, start) = (true, before - 1, _tokens[before - 1].Start);
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
            // "2020-21", "2020–2021", "2024/25" and "the 1990s" stay one year mention.
            if ((IsSymbolAt(next, '-') || IsSymbolAt(next, '–') || IsSymbolAt(next, '/')) && next + 1 < _tokens.Count && _tokens[next + 1].Kind == TokenKind.Number && !_tokens[next].SpaceBefore)
                next += 2;
            else if (IsWord(next) && !_tokens[next].SpaceBefore && Word(next) is "s") next++;
            return (Mention(start, EndBefore(next), MentionKind.Year, Qualifier.Exact, f.Value, null, null, null, null), next);
        }
        if (IsSymbolAt(next, ':') && next + 1 < _tokens.Count && _tokens[next + 1].Kind == TokenKind.Number && !_tokens[next].SpaceBefore)
            return (Mention(start, EndBefore(next + 2), MentionKind.Date, Qualifier.Exact, null, null, null, null, null), next + 2);
        // "2 pm", "2.13 am", "8 p.m.": a time of day.
        if (ClockEnd(next) is { } clock) return (Mention(start, EndBefore(clock), MentionKind.Date, Qualifier.Exact, null, null, null, null, null), clock);

        // "one in five", "nine out of ten", "3/4 of": a share said as a part of a whole.
        if (!f.Fraction && currency is null && f.Value == Math.Floor(f.Value) && f.Value >= 1 && PartOf(f, next) is { } share) (f, next) = (share, share.Next);
        // "2 1/2 miles": a whole number and a fraction of one.
        else if (!f.Spelled && f.Value == Math.Floor(f.Value) && f.Scale == 1 && HalfOf(next) is { } part) (f, next) = (f with { Value = f.Value + part.Value, Next = part.Next }, part.Next);
        // "9/11", "24/7", "3/4" on a calendar: numbers joined by a slash that are no share are a name or a date.
        if (!f.Fraction && IsSymbolAt(next, '/') && !_tokens[next].SpaceBefore && next + 1 < _tokens.Count
            && _tokens[next + 1].Kind == TokenKind.Number && !_tokens[next + 1].SpaceBefore)
            return (null, next + 2);
        // "three-quarters of a million": a share of a scale is a number.
        if (f.Fraction && IsWordAt(next, "of") && IsWord(next + 1) && Word(next + 1) is "a" or "an" && IsWord(next + 2)
            && Lexicon.Scales.TryGet(Word(next + 2), out var ofScale) && Word(next + 2).Length > 2)
            (f, next) = (f with { Value = Normalize(f.Value * ofScale), Scale = ofScale, Fraction = false, Next = next + 3 }, next + 3);
        var percent = !f.Fraction && ReadPercent(ref next);
        currency ??= CurrencyWordAt(ref next);
        // "rose from 10 to 20 dollars": the first of two figures joined by "to" is in the second's currency, or unit.
        MeasureUnit? sharedUnit = null;
        if (currency is null && !percent && IsWordAt(next, "to") && TryFigure(next + 1, out var then))
        {
            if (IsWord(then.Next) && Lexicon.CurrencyWords.TryGet(Word(then.Next), out var shared)) currency = shared;
            else if (MeasureAt(then.Next) is { } unitAfter) sharedUnit = unitAfter.Unit;
            // "fell from 9.1 to 8.4 million barrels": the second's scale covers the first too, when a change joins them.
            if ((currency is not null || sharedUnit is not null) && then.Scale > 1 && f.Scale == 1 && f.Value <= then.Value / then.Scale * 10
                && (IsChange(f.First - 2) || IsChange(f.First - 1)))
                f = f with { Value = Normalize(f.Value * then.Scale), Scale = then.Scale };
        }

        // Ranges and alternatives: "20-30", "20 to 30", "1,300 or 1,400", "between 20 and 30".
        var qualifier = Qualifier.Exact;
        decimal? value = f.Value, min = null, max = null;
        var between = PhraseBefore(before, ["between"]);
        // "44 mg to 50 mg", "8- to 16-metre": a unit between the figures is the range's.
        var rangeFrom = MeasureAt(next) is { } inside && !percent && currency is null ? inside.Next : next;
        if (TryRange(f, rangeFrom, between, currency is not null, percent, out var g, out var afterRange) || rangeFrom != next && TryRange(f, next, between, currency is not null, percent, out g, out afterRange))
        {
            // "one and a half or two thousand", "2 or 3 million": the scale word of the second figure covers the first.
            var low = f.Scale == 1 && g.Scale > 1 && f.Value <= g.Value / g.Scale * 10 ? Normalize(f.Value * g.Scale) : f.Value;
            (min, max, value, qualifier, next) = (Math.Min(low, g.Value), Math.Max(low, g.Value), null, Qualifier.Between, afterRange);
            if (between) start = _tokens[before - 1].Start;
        }
        else if (QualifierBefore(before, out var found, out var phraseStart))
        {
            qualifier = found;
            start = _tokens[phraseStart].Start;
            // "more than 200 but fewer than 500", "at least 20 and at most 40": a lower and an upper bound make a range.
            if (found is Qualifier.MoreThan or Qualifier.AtLeast && Bound(next, f, upper: true) is { } upper)
                (min, max, value, qualifier, next) = (f.Value, upper.Value, null, Qualifier.Between, upper.Next);
            // "less than 30 and more than 10": the bounds the other way round.
            else if (found is Qualifier.LessThan or Qualifier.AtMost or Qualifier.UpTo && Bound(next, f, upper: false) is { } lower)
                (min, max, value, qualifier, next) = (lower.Value, f.Value, null, Qualifier.Between, lower.Next);
        }
        else if (QualifierAfter(next, out var trailing, out var afterQualifier))
        {
            qualifier = trailing;
            next = afterQualifier;
        }
        // A range's percent sign or currency word after its second figure is the whole range's: "10-20%", "between 10 and 20 dollars".
        if (min is not null)
        {
            percent |= ReadPercent(ref next);
            currency ??= CurrencyWordAt(ref next);
        }

        if (negative) (value, min, max) = (-value, min is null ? null : -max, max is null ? null : -min);
        if (f.Fraction && min is null)
        {
            var (fractionEnd, whole) = NounPhrase(ref next, ofOnly: true);
            return (Mention(start, fractionEnd, MentionKind.Other, qualifier, value, null, null, Units.Fraction, whole), next);
        }
        if (percent)
        {
            var (percentEnd, of) = NounPhrase(ref next, ofOnly: true);
            return (Mention(start, percentEnd, MentionKind.Percent, qualifier, value, min, max, Units.Percent, of), next);
        }
        if (currency is not null) return (Mention(start, EndBefore(next), MentionKind.Money, qualifier, value, min, max, currency, null), next);

        if (MeasureAt(next) is { } measure)
        {
            next = measure.Next;
            // "30 litres at most", "50 km or more": a qualifier after the unit.
            if (qualifier == Qualifier.Exact && QualifierAfter(next, out var late, out var afterLate)) (qualifier, next) = (late, afterLate);
            var (measureEnd, of) = NounPhrase(ref next, ofOnly: true);
            return (Mention(start, measureEnd, MentionKind.Measure, qualifier, value, min, max, measure.Unit.Code, of) with { Dimension = measure.Unit.Dimension }, next);
        }
        if (sharedUnit is not null && min is null)
            return (Mention(start, EndBefore(next), MentionKind.Measure, qualifier, value, min, max, sharedUnit.Code, null) with { Dimension = sharedUnit.Dimension }, next);
        if (IsAge(f, before, ref next)) return (Mention(start, EndBefore(next), MentionKind.Age, qualifier, value, min, max, null, null), next);
        if (TimeUnitAt(next) is { } afterUnit)
            return (Mention(start, EndBefore(afterUnit), MentionKind.Duration, qualifier, value, min, max, null, null), afterUnit);

        var (end, noun) = NounPhrase(ref next, ofOnly: false);
        // "50 people or more", "30 delegates at most": a qualifier after the noun phrase.
        if (noun is not null && qualifier == Qualifier.Exact && min is null && QualifierAfter(next, out var trailingNoun, out var afterNoun))
            (qualifier, next, end) = (trailingNoun, afterNoun, _tokens[afterNoun - 1].End);
        // A bare "one" counts nothing: "replace one (form of) pressure with another".
        if (noun is null && f.Spelled && f.Value == 1 && qualifier == Qualifier.Exact && min is null) return (null, next);
        return noun is null
            ? (Mention(start, end, MentionKind.Other, qualifier, value, min, max, null, null), next)
            : (Mention(start, end, MentionKind.Count, qualifier, value, min, max, PersonCount(noun) ? "people" : "count", noun), next);
    }

    // "one in five", "nine out of ten", "3/4 of": the share, as a fraction figure, or null.
    private Figure? PartOf(Figure f, int next)
    {
        int at;
        if (IsWordAt(next, "in")) at = next + 1;
        else if (IsWordAt(next, "out") && IsWordAt(next + 1, "of")) at = next + 2;
        else if (IsSymbolAt(next, '/') && !_tokens[next].SpaceBefore && next + 1 < _tokens.Count && !_tokens[next + 1].SpaceBefore && !f.Spelled) at = next + 1;
        else return null;
        if (!TryFigure(at, out var whole) || whole.Ordinal || whole.Value != Math.Floor(whole.Value) || whole.Value <= f.Value || whole.Value > 1000) return null;
        if (whole.Spelled != f.Spelled || TimeUnitAt(whole.Next) is not null || IsYear(whole)) return null;
        // A slash is a share before "of" ("3/4 of the seats"), or over a cook's or carpenter's denominator before a word
        // ("1/2 cup"); "9/11", "24/7" and a date after "on" are not.
        if (at == next + 1 && IsSymbolAt(next, '/') && !IsWordAt(whole.Next, "of")
            && !(whole.Value is 2 or 3 or 4 or 8 or 16 && IsWord(whole.Next) && !IsMonth(whole.Next)
                 && !(f.First > 0 && IsWord(f.First - 1) && Word(f.First - 1) is "on" or "On" or "since" or "by" or "until")))
            return null;
        return f with { Next = whole.Next, Value = Normalize(f.Value / whole.Value), Fraction = true };
    }

    // "1/2" right after a whole number: a proper fraction with a small denominator, as its value and the token after it.
    private (decimal Value, int Next)? HalfOf(int at)
    {
        if (at + 2 >= _tokens.Count || _tokens[at].Kind != TokenKind.Number || !_tokens[at].SpaceBefore || !IsPlainDigits(at)
            || !IsSymbolAt(at + 1, '/') || _tokens[at + 1].SpaceBefore || _tokens[at + 2].Kind != TokenKind.Number || _tokens[at + 2].SpaceBefore
            || !IsPlainDigits(at + 2))
            return null;
        if (!TryValue(Word(at), out var top) || !TryValue(Word(at + 2), out var bottom) || bottom is < 2 or > 16 || top >= bottom || top < 1) return null;
        return (Normalize(top / bottom), at + 3);
    }

    // The token after a run of three numbers or more with only spaces between them, or null.
    private int? NumberRunEnd(int first)
    {
        var j = first + 1;
        while (j < _tokens.Count && _tokens[j].Kind == TokenKind.Number && _tokens[j].SpaceBefore && _tokens[j - 1].Kind == TokenKind.Number) j++;
        return j - first >= 3 ? j : null;
    }

    // The token after "am", "pm", "a.m." or "p.m." at next, or null.
    private int? ClockEnd(int next)
    {
        if (IsWord(next) && Word(next) is "am" or "pm" or "AM" or "PM" or "a.m" or "p.m") return next + 1;
        if (IsWord(next) && Word(next) is "a" or "p" && IsSymbolAt(next + 1, '.') && IsWordAt(next + 2, "m") && !_tokens[next + 1].SpaceBefore)
            return IsSymbolAt(next + 3, '.') && !_tokens[next + 3].SpaceBefore && (next + 4 >= _tokens.Count || !IsSentenceStart(next + 4)) ? next + 4 : next + 3;
        return null;
    }

    // "… and at most 40", "… but fewer than 500" (or, with upper false, "… and more than 10"): the other bound, right after the first.
    private Figure? Bound(int next, Figure first, bool upper)
    {
        if (!(IsWordAt(next, "and") || IsWordAt(next, "but") || IsSymbolAt(next, ','))) return null;
        var at = IsSymbolAt(next, ',') && (IsWordAt(next + 1, "and") || IsWordAt(next + 1, "but")) ? next + 2 : next + 1;
        foreach (var (words, bound) in QualifierPhrases)
            if ((upper ? bound is Qualifier.LessThan or Qualifier.AtMost or Qualifier.UpTo : bound is Qualifier.MoreThan or Qualifier.AtLeast)
                && PhraseAt(at, words) && TryFigure(at + words.Length, out var other) && !other.Ordinal
                && (upper ? other.Value > first.Value : other.Value < first.Value))
                return other;
        return null;
    }

    /// <summary>The unit of measure written at <paramref name="at"/> ("km", "°C", "square kilometres", "km/h", a glued "m"), and the token after it.</summary>
    private (MeasureUnit Unit, int Next)? MeasureAt(int at)
    {
        // "8- to 16-metre": a glued hyphen before the unit.
        var glued = at < _tokens.Count && !_tokens[at].SpaceBefore;
        if (IsSymbolAt(at, '-') && glued && IsWord(at + 1) && !_tokens[at + 1].SpaceBefore) at++;
        if (at >= _tokens.Count) return null;
        if (IsSymbolAt(at, '°'))
            return IsWord(at + 1) && !_tokens[at + 1].SpaceBefore && Word(at + 1) is "C" or "F"
                ? (Word(at + 1) is "C" ? Measures.Celsius : Measures.Fahrenheit, at + 2)
                : null;
        if (!IsWord(at)) return null;
        // "3m", "5 t": a one-letter symbol right after the figure ("12 t to 15 t").
        if (Measures.TryGlued(Word(at), out var one) && (glued || !IsSymbolAt(at + 1, '.') || !IsWord(at + 2))) return (one, at + 1);
        if (!Measures.MayStart(Word(at))) return null;
        // "km/h", "m/s"
        if (IsSymbolAt(at + 1, '/') && IsWord(at + 2) && Measures.TryName($"{Word(at).ToString().ToLowerInvariant()}/{Word(at + 2).ToString().ToLowerInvariant()}", out var per))
            return (per, at + 3);
        // The longest name first: "square kilometres" before "kilometres"; a hyphen joins like a space ("kilowatt-hours").
        var name = new System.Text.StringBuilder();
        (MeasureUnit Unit, int Next)? found = null;
        var j = at;
        for (var n = 0; n < Measures.LongestPhrase && IsWord(j); n++)
        {
            if (n > 0) name.Append(' ');
            name.Append(Word(j).ToString().ToLowerInvariant());
            j++;
            if (Measures.TryName(name.ToString(), out var unit)) found = (unit, j);
            if (IsSymbolAt(j, '-') && !_tokens[j].SpaceBefore && IsWord(j + 1) && !_tokens[j + 1].SpaceBefore) j++;
        }
        return found;
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
            if (!TryValue(text.AsSpan(token.Start, token.Length), out var value))
                return false;
            var j = i + 1;
            if (IsWord(j) && !_tokens[j].SpaceBefore && Word(j) is "st" or "nd" or "rd" or "th" or "ST" or "ND" or "RD" or "TH")
            {
                figure = new Figure(i, j + 1, value, 1, false, true);
                return true;
            }
            // "3 hundred and 12", "9 thousand 5 hundred", "2 dozen": whole digits read on in words.
            if (value == Math.Floor(value) && value is > 0 and < 1000 && IsPlainDigits(i) && IsWord(j)
                && (Word(j).Equals("hundred", StringComparison.OrdinalIgnoreCase) || Word(j).Equals("dozen", StringComparison.OrdinalIgnoreCase)
                    || (Lexicon.Scales.TryGet(Word(j), out _) && Word(j).Length > 2))
                && ReadOn(i, j, 0, value, 1, value < 100 ? Last.Ten : Last.Hundred, spelled: false, out figure))
                return true;
            var scale = 1m;
            // A one-letter scale only glued ("5m", "20k", "€4B"); "mn", "bn", "mln" spaced too.
            if (IsWord(j) && Lexicon.Scales.TryGet(Word(j), out var s) && (Word(j).Length > 1 || !_tokens[j].SpaceBefore) && !IsMetre(i, j))
            {
                scale = s;
                j++;
            }
            // "$3.1T": a trillion after a currency sign (a glued t elsewhere is a tonne).
            else if (IsWord(j) && Word(j) is "T" or "t" or "tr" && !_tokens[j].SpaceBefore && i > 0 && IsSymbol(i - 1)
                     && Lexicon.CurrencySymbols.ContainsKey(text[_tokens[i - 1].Start]))
            {
                scale = 1_000_000_000_000m;
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
        // "half of the staff", "half a million"
        if (Word(i) is "half" or "Half")
        {
            // "the first half of the year", "the other half": a part of a period or a pair, not a share.
            if (i > 0 && IsWord(i - 1) && (Word(i - 1) is "the" or "The" or "other" or "latter" or "former" or "second" || Lexicon.Ordinals.TryGet(Word(i - 1), out _)))
                return false;
            // "half of the staff", "cut by half"
            if (IsWordAt(i + 1, "of") || IsWordAt(i - 1, "by")) { figure = new Figure(i, i + 1, 0.5m, 1, true, false, Fraction: true); return true; }
            if (IsWord(i + 1) && Word(i + 1) is "a" or "an" && IsWord(i + 2) && Lexicon.Scales.TryGet(Word(i + 2), out var half) && Word(i + 2).Length > 2)
            {
                figure = new Figure(i, i + 3, Normalize(0.5m * half), half, true, false);
                return true;
            }
            return false;
        }
        if (Lexicon.Ordinals.TryGet(Word(i), out var ordinal) && !Word(i).Equals("second", StringComparison.OrdinalIgnoreCase))
        {
            figure = new Figure(i, i + 1, ordinal, 1, true, true);
            return true;
        }
        return TrySpelled(i, out figure);
    }

    // A number token of digits alone: no sign, grouping or decimals.
    private bool IsPlainDigits(int i)
    {
        foreach (var c in text.AsSpan(_tokens[i].Start, _tokens[i].Length))
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    // "3m high", "the 100m in 9.8 seconds": a glued m is a metre unless money or a counted noun follows ("$1m", "5m people").
    private bool IsMetre(int number, int m)
    {
        if (!Word(m).Equals("m", StringComparison.Ordinal) || _tokens[m].SpaceBefore) return false;
        if (number > 0 && IsSymbol(number - 1) && Lexicon.CurrencySymbols.ContainsKey(text[_tokens[number - 1].Start])) return false;
        if (IsWord(m + 1) && Lexicon.CurrencyWords.TryGet(Word(m + 1), out _)) return false;
        return !IsWord(m + 1) || Lexicon.PhraseEnds.Has(Word(m + 1)) || Lexicon.LengthWords.Has(Word(m + 1));
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
            // "a third of households", "a half of the respondents"
            else if (Lexicon.Denominators.TryGet(next, out var parts) && (IsWordAt(j + 2, "of") || IsWordAt(j - 1, "by")))
            {
                figure = new Figure(i, j + 2, Normalize(1m / parts), 1, true, false, Fraction: true);
                return true;
            }
            else return false;
        }
        return ReadOn(i, j, total, current, scale, last, spelled: true, out figure);
    }

    // The rest of a number in words from token j: "… hundred and twelve", "… thousand million", "two point five …".
    private bool ReadOn(int i, int j, decimal total, decimal current, decimal scale, Last last, bool spelled, out Figure figure)
    {
        figure = default;
        while (IsWord(j) || (last is Last.Scale or Last.And && j < _tokens.Count && _tokens[j].Kind == TokenKind.Number))
        {
            // "9 thousand 5 hundred", "3 hundred and 12": digits after a scale word or "and" are its next part.
            if (_tokens[j].Kind == TokenKind.Number)
            {
                if (!IsPlainDigits(j) || !TryValue(text.AsSpan(_tokens[j].Start, _tokens[j].Length), out var part) || part >= 1000) break;
                (current, last, j) = (current + part, part < 100 ? Last.Ten : Last.Hundred, j + 1);
                continue;
            }
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
            // "four thousand million": a larger scale after a smaller one multiplies the whole.
            else if (Lexicon.Scales.TryGet(w, out s) && w.Length > 2 && last == Last.Scale && current == 0 && s > scale)
                (total, scale, j) = (total * s, s, j + 1);
            // "two point five million"
            else if (w.Equals("point", StringComparison.OrdinalIgnoreCase) && last is Last.Unit or Last.Ten && IsDigitWord(j + 1, out _))
            {
                var place = 0.1m;
                j++;
                while (IsDigitWord(j, out var digit)) (current, place, j) = (current + digit * place, place / 10, j + 1);
                last = Last.Unit;
            }
            else if (w.Equals("and", StringComparison.OrdinalIgnoreCase) && last != Last.None)
            {
                if (IsWordAt(j + 1, "a") && IsWord(j + 2) && Lexicon.Denominators.TryGet(Word(j + 2), out var parts) && parts <= 10)
                    (current, last, j) = (current + Normalize(1m / parts), Last.Unit, j + 3);
                else if (last is Last.Hundred or Last.Scale && (IsWord(j + 1) && (Lexicon.Units.TryGet(Word(j + 1), out _) || Lexicon.Tens.TryGet(Word(j + 1), out _))
                                                                 || !spelled && j + 1 < _tokens.Count && _tokens[j + 1].Kind == TokenKind.Number && IsPlainDigits(j + 1)))
                    (last, j) = (Last.And, j + 1);
                else break;
            }
            else break;
        }
        if (last == Last.None) return false;
        // "two-thirds of", "three quarters of": a small whole number over a denominator word, shares of something.
        if (last is Last.Unit or Last.Ten && total == 0 && current == Math.Floor(current) && current is > 0 and < 100)
        {
            var d = IsSymbolAt(j, '-') && !_tokens[j].SpaceBefore && IsWord(j + 1) && !_tokens[j + 1].SpaceBefore ? j + 1 : j;
            if (IsWord(d) && Lexicon.Denominators.TryGet(Word(d), out var parts) && current < parts && IsWordAt(d + 1, "of"))
            {
                figure = new Figure(i, d + 1, Normalize(current / parts), 1, spelled, false, Fraction: true);
                return true;
            }
        }
        // "three hundred" scales a bare figure before it as "three thousand" does: "two to three hundred people".
        figure = new Figure(i, j, Normalize(total + current), scale == 1 && last == Last.Hundred && total == 0 ? 100 : scale, spelled, false);
        return true;
    }

    private bool IsDigitWord(int i, out int digit)
    {
        digit = 0;
        return IsWord(i) && Lexicon.Units.TryGet(Word(i), out digit) && digit < 10;
    }

    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>A number token's value: its sign ("-", "−", "+"), digits grouped by commas or spaces, and decimals, exactly.</summary>
    private static bool TryValue(ReadOnlySpan<char> digits, out decimal value)
    {
        Span<char> plain = stackalloc char[Math.Min(digits.Length, 128)];
        if (digits.Length > plain.Length) { value = 0; return false; }
        var length = 0;
        // "1.000.000": two dots and more group thousands, as a comma does.
        var dots = digits.Count('.') > 1;
        foreach (var c in digits)
            if (!Tokenizer.IsGroupSpace(c) && !(dots && c == '.')) plain[length++] = c == '−' ? '-' : c;
        return decimal.TryParse(plain[..length], NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out value);
    }

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
        // "must be 18 or older", "65 and over" after "aged"/"be": an age bound.
        if (IsWord(next) && Word(next) is "or" or "and" && IsWord(next + 1) && Word(next + 1) is "older" or "younger")
        {
            next += 2;
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

    // The currency a word at next names ("dollars", "euros"), taking the word; or null.
    private string? CurrencyWordAt(ref int next)
    {
        if (!IsWord(next) || !Lexicon.CurrencyWords.TryGet(Word(next), out var code)) return null;
        next++;
        return code;
    }

    private bool ReadPercent(ref int next)
    {
        if (IsSymbolAt(next, '%')) { next++; return true; }
        if (IsWord(next) && Word(next) is "percent" or "pct" or "Percent" or "per-cent") { next++; return true; }
        // "5pc", the British press's percent, glued to its figure.
        if (IsWord(next) && Word(next) is "pc" && !_tokens[next].SpaceBefore) { next++; return true; }
        if (IsWordAt(next, "per") && IsWordAt(next + 1, "cent")) { next += 2; return true; }
        if (IsWordAt(next, "percentage") && IsWordAt(next + 1, "points")) { next += 2; return true; }
        return false;
    }

    // "G7", "COVID-19", "Su-27", "A7-2291-X": a number glued to a word, or hyphened to a code, is part of a name.
    private bool IsPartOfName(Figure f) =>
        !f.Spelled && !_tokens[f.First].SpaceBefore && f.First > 0
        && (IsWord(f.First - 1) || (IsSymbolAt(f.First - 1, '-') && !_tokens[f.First - 1].SpaceBefore
                                    && (IsWord(f.First - 2) || IsCode(f.First - 2))));

    // A number glued to a word before it: "A7".
    private bool IsCode(int i) =>
        i > 0 && i < _tokens.Count && _tokens[i].Kind == TokenKind.Number && !_tokens[i].SpaceBefore && IsWord(i - 1);

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

    private bool TryRange(Figure f, int next, bool between, bool money, bool percent, out Figure second, out int after)
    {
        second = default;
        after = next;
        if (next >= _tokens.Count) return false;
        var joiner = next;
        var dash = IsSymbolAt(joiner, '-') || IsSymbolAt(joiner, '–') || IsSymbolAt(joiner, '—') || IsSymbolAt(joiner, '~');
        var word = IsWord(joiner) ? Word(joiner) : default;
        // "8- to 16-metre": a glued hyphen before "to" belongs to the first figure.
        if (dash && IsWordAt(joiner + 1, "to") && !_tokens[joiner].SpaceBefore)
        {
            joiner++;
            dash = false;
            word = Word(joiner);
        }
        var isTo = word.Equals("to", StringComparison.OrdinalIgnoreCase) || word.Equals("through", StringComparison.OrdinalIgnoreCase)
                   || word.Equals("thru", StringComparison.OrdinalIgnoreCase);
        var isOr = word.Equals("or", StringComparison.OrdinalIgnoreCase);
        var isAnd = word.Equals("and", StringComparison.OrdinalIgnoreCase) && between;
        if (!dash && !isTo && !isOr && !isAnd) return false;

        var at = joiner + 1;
        if (IsSymbol(at) && Lexicon.CurrencySymbols.ContainsKey(text[_tokens[at].Start])) at++;
        if (!TryFigure(at, out second) || second.Ordinal || IsYear(second) != IsYear(f)) return false;
        if (dash && (f.Spelled || second.Spelled)) return false;
        // "rose from 10 to 20" is a change, two figures; "cost from 10 to 20 dollars" and "10 to 20 people" are ranges.
        var from = isTo && (PhraseBefore(f.First, ["from"]) || PhraseBefore(f.First - (f.First > 0 && IsMinusWord(f.First - 1) ? 1 : 0), ["from"]));
        if (from && !between && (IsChange(f.First - 2) || IsChange(f.First - 3) && IsWord(f.First - 2) && Word(f.First - 2) is "was" or "is" or "has" or "had" or "been")) return false;
        // "rose 4% to $21 billion", "climbed 9.3% to €1,450": a change to another figure, not a range.
        if (isTo && !between && IsChange(f.First - 1)) return false;
        if (at == joiner + 2 && !money) return false;
        // "slid 12% to 41.20 euros": a percentage and a sum are no range.
        if (percent && IsWord(second.Next) && Lexicon.CurrencyWords.TryGet(Word(second.Next), out _)) return false;
        if ((dash || isTo) && second.Value <= f.Value && !(second.Scale > 1 && f.Scale == 1) && !(from && second.Value < f.Value)) return false;
        after = second.Next;
        return true;
    }

    private bool IsMinusWord(int i) => IsWord(i) && Word(i) is "minus" or "Minus" or "negative";

    // A word that tells of a change before "from": "rose from", "a rise from", "went up from", "cut from".
    private bool IsChange(int i)
    {
        if (!IsWord(i)) return false;
        if (Lexicon.ChangeWords.Has(Word(i))) return true;
        return Word(i) is "up" or "down" && IsWord(i - 1);
    }

    private bool QualifierBefore(int before, out Qualifier qualifier, out int phraseStart)
    {
        foreach (var (words, found) in QualifierPhrases)
            if (PhraseBefore(before, words))
            {
                // "spread over 800 acres", "scattered across": over after a verb of extent is where, not how many.
                if (words is ["over" or "above" or "under" or "below"] && before - 2 >= 0 && IsWord(before - 2) && Lexicon.ExtentWords.Has(Word(before - 2)))
                    break;
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
        // "5 million-plus"
        if (IsSymbolAt(next, '-') && !_tokens[next].SpaceBefore && IsWordAt(next + 1, "plus") && !_tokens[next + 1].SpaceBefore)
        {
            (qualifier, after) = (Qualifier.AtLeast, next + 2);
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
