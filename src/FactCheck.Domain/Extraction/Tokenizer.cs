namespace FactCheck.Domain.Extraction;

internal enum TokenKind { Number, Word, Symbol }

/// <param name="SpaceBefore">Whether white space separates the token from the one before.</param>
internal readonly record struct Token(TokenKind Kind, int Start, int End, bool SpaceBefore)
{
    public int Length => End - Start;
}

/// <summary>
/// Cuts text into numbers ("1,300", "4.05"), words and single symbols in one pass, never looking
/// back: a megabyte of digits or separators costs what a megabyte of prose costs.
/// </summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var space = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                i++;
                continue;
            }
            var start = i;
            TokenKind kind;
            // An address is one mark, not a run of numbers: "example.org/a%2C2025" holds no figure.
            if (space && AddressEnd(text, i) is { } end)
            {
                tokens.Add(new Token(TokenKind.Symbol, start, end, space));
                space = false;
                i = end;
                continue;
            }
            if (char.IsAsciiDigit(c) || StartsNumber(text, i, space))
            {
                kind = TokenKind.Number;
                i = EndOfNumber(text, c is '-' or '−' or '+' ? i + 1 : i);
            }
            else if (char.IsLetter(c))
            {
                kind = TokenKind.Word;
                i++;
                while (i < text.Length && (char.IsLetter(text[i]) || (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
                    i++;
            }
            else
            {
                kind = TokenKind.Symbol;
                i++;
            }
            tokens.Add(new Token(kind, start, i, space));
            space = false;
        }
        return tokens;
    }

    /// <summary>
    /// A sign or a decimal point that opens a number: "-5", "−850", "+3", ".5", "$.99". A sign only after a space or an
    /// opening bracket, so "2020-21" and "COVID-19" keep their dash.
    /// </summary>
    private static bool StartsNumber(string text, int i, bool space)
    {
        var c = text[i];
        var opens = space || i == 0 || text[i - 1] is '(' or '[';
        if (c is '-' or '−' or '+' && opens && i + 1 < text.Length)
            return char.IsAsciiDigit(text[i + 1]) || (text[i + 1] == '.' && i + 2 < text.Length && char.IsAsciiDigit(text[i + 2]));
        return c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])
               && (opens || Lexicon.CurrencySymbols.ContainsKey(text[i - 1]));
    }

    /// <summary>Where an address that starts at <paramref name="i"/> ends ("https://…", "www.…", "example.org/…"), or null.</summary>
    private static int? AddressEnd(string text, int i)
    {
        var end = i;
        while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
        while (end > i && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '"' or '”' or '\'') end--;
        var run = text.AsSpan(i, end - i);
        if (run.Contains("://", StringComparison.Ordinal) || run.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) return end;
        // "example.org/page": a host whose last label is letters, then a path.
        var slash = run.IndexOf('/');
        if (slash <= 0) return null;
        var host = run[..slash];
        var dot = host.LastIndexOf('.');
        return dot > 0 && dot < host.Length - 2 && host[(dot + 1)..].IndexOfAnyExceptInRange('a', 'z') < 0 && char.IsLetter(host[0]) ? end : null;
    }

    /// <summary>The spaces that group digits in "1 250 000" (a space, a no-break space, a thin or narrow no-break space).</summary>
    public static bool IsGroupSpace(char c) => c is ' ' or '\u00a0' or '\u2009' or '\u202f';

    // Digits, with thousands groups of exactly three ("1,300,000", "1 250 000") and one decimal part ("4.05", ".5").
    private static int EndOfNumber(string text, int i)
    {
        var first = i;
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        // "1 250 000": groups of three after a space, only after a lead of one to three digits.
        if (i - first is >= 1 and <= 3)
            while (i + 1 < text.Length && IsGroupSpace(text[i]) && IsGroup(text, i + 1))
                i += 4;
        var decimals = false;
        // "1.000.000": groups of three after dots, two at least, are thousands (one dot stays a decimal point).
        if (i - first is >= 1 and <= 3 && i + 8 <= text.Length && text[i] == '.' && IsGroup(text, i + 1) && text[i + 4] == '.' && IsGroup(text, i + 5))
        {
            while (i + 1 < text.Length && text[i] == '.' && IsGroup(text, i + 1)) i += 4;
            return i;
        }
        while (i + 1 < text.Length)
        {
            if (text[i] == ',' && !decimals && IsGroup(text, i + 1))
                i += 4;
            else if (text[i] == '.' && !decimals && char.IsAsciiDigit(text[i + 1]))
            {
                decimals = true;
                i++;
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
            }
            // "1.5e6", "2E-3": an exponent of at most two digits, the number's end.
            else if (text[i] is 'e' or 'E' && ExponentEnd(text, i + 1) is { } end)
                return end;
            else break;
        }
        return i;
    }

    private static int? ExponentEnd(string text, int i)
    {
        if (i < text.Length && text[i] is '+' or '-') i++;
        var start = i;
        while (i < text.Length && i - start < 3 && char.IsAsciiDigit(text[i])) i++;
        return i - start is 1 or 2 && (i == text.Length || !char.IsLetterOrDigit(text[i])) ? i : null;
    }

    private static bool IsGroup(string text, int i) =>
        i + 3 <= text.Length && char.IsAsciiDigit(text[i]) && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])
        && (i + 3 == text.Length || !char.IsAsciiDigit(text[i + 3]));

    private static bool IsApostrophe(char c) => c is '\'' or '’';
}
