namespace FactCheck.Domain;

/// <summary>Where a quote stands in a source's text, in UTF-16 code units as .NET and JavaScript index strings.</summary>
public readonly record struct QuoteSpan(int Start, int End)
{
    /// <summary>
    /// Where the quote stands in the text, matched exactly: at <paramref name="start"/> when given (a
    /// quote that occurs more than once), else its first occurrence; null when it does not stand there.
    /// </summary>
    public static QuoteSpan? Locate(string text, string quote, int? start = null)
    {
        if (quote.Length == 0) return null;
        var at = start ?? text.IndexOf(quote, StringComparison.Ordinal);
        return at >= 0 && at + quote.Length <= text.Length && string.CompareOrdinal(text, at, quote, 0, quote.Length) == 0
            ? new QuoteSpan(at, at + quote.Length)
            : null;
    }
}
