namespace FactCheck.Domain;

/// <summary>Where a quote stands in a source's text, in UTF-16 code units as .NET and JavaScript index strings.</summary>
public readonly record struct QuoteSpan(int Start, int End)
{
    /// <summary>The first place the quote stands in the text, matched exactly; null when it does not occur.</summary>
    public static QuoteSpan? Locate(string text, string quote)
    {
        if (quote.Length == 0) return null;
        var start = text.IndexOf(quote, StringComparison.Ordinal);
        return start < 0 ? null : new QuoteSpan(start, start + quote.Length);
    }
}
