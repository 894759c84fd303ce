using FactCheck.Domain;

namespace FactCheck.Domain.Tests;

public sealed class QuoteSpanTests
{
    [Fact]
    public void A_quote_is_placed_in_utf16_code_units_as_javascript_counts_them()
    {
        // "🇧🇾" is four UTF-16 code units: a span in characters or bytes would land elsewhere.
        var text = "🇧🇾 Viasna: more than 1,100 political prisoners.";
        var span = QuoteSpan.Locate(text, "more than 1,100");

        Assert.Equal(new QuoteSpan(13, 28), span);
        Assert.Equal("more than 1,100", text[span!.Value.Start..span.Value.End]);
    }

    [Fact]
    public void The_first_occurrence_is_taken_and_matching_is_exact()
    {
        Assert.Equal(new QuoteSpan(0, 5), QuoteSpan.Locate("1,300 and 1,300", "1,300"));
        Assert.Null(QuoteSpan.Locate("Up to 1,300", "up to 1,300"));
        Assert.Null(QuoteSpan.Locate("anything", ""));
    }
}
