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
            if (char.IsAsciiDigit(c))
            {
                kind = TokenKind.Number;
                i = EndOfNumber(text, i);
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

    // Digits, with thousands groups of exactly three ("1,300,000") and one decimal part ("4.05").
    private static int EndOfNumber(string text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        var decimals = false;
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
            else break;
        }
        return i;
    }

    private static bool IsGroup(string text, int i) =>
        i + 3 <= text.Length && char.IsAsciiDigit(text[i]) && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])
        && (i + 3 == text.Length || !char.IsAsciiDigit(text[i + 3]));

    private static bool IsApostrophe(char c) => c is '\'' or '’';
}
