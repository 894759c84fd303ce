using System.Text.Json.Nodes;
using FactCheck.Domain.Extraction;

namespace FactCheck.Domain.Tests;

/// <summary>Attribution proposed from a figure's sentence, on the seed articles' claims and on sentences written here.</summary>
public sealed class AttributionTests
{
    private static readonly JsonNode Gold = GoldWorld.Instance.Json;

    private static string Normal(string name) =>
        System.Text.RegularExpressions.Regex.Replace(name.ToLowerInvariant().Replace('’', '\''), @"^the\s+|'s\b", "").Trim();

    // A proposal matches the fact-checker's attribution when one names the other: "Belarus's Viasna Human Rights Centre" and "Viasna Human Rights Centre".
    private static bool Matches(string proposed, string gold) => Normal(proposed).Contains(Normal(gold), StringComparison.Ordinal) || Normal(gold).Contains(Normal(proposed), StringComparison.Ordinal);

    public static IEnumerable<(string Claim, string? Gold, string? Proposed)> SeedProposals()
    {
        var texts = Gold["sources"]!.AsArray().ToDictionary(s => (string)s!["id"]!,
            s => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "articles", Path.GetFileName((string)s!["file"]!))));
        foreach (var claim in Gold["claims"]!.AsArray())
        {
            var text = texts[(string)claim!["source"]!];
            var at = text.IndexOf((string)claim["quote"]!, StringComparison.Ordinal);
            var mention = NumberExtractor.Extract(text).First(m => m.End > at);
            yield return ((string)claim["id"]!, (string?)claim["attributed_to"], Attribution.Of(text, mention)?.Name);
        }
    }

    [Fact]
    public void Most_of_the_seed_articles_attributions_are_proposed_and_no_claim_without_one_gets_one()
    {
        var proposals = SeedProposals().ToList();
        var attributed = proposals.Where(p => p.Gold is not null).ToList();
        var right = attributed.Where(p => p.Proposed is { } name && Matches(name, p.Gold!)).Select(p => p.Claim).ToList();
        var wrong = attributed.Where(p => p.Proposed is { } name && !Matches(name, p.Gold!)).Select(p => $"{p.Claim}: {p.Proposed} for {p.Gold}").ToList();

        Assert.Equal(22, attributed.Count);
        Assert.True(right.Count >= 14, $"{right.Count} of 22 proposed: {string.Join(", ", right)}; wrong: {string.Join("; ", wrong)}; "
            + string.Join("; ", proposals.Select(p => $"{p.Claim}={p.Proposed}")));
        Assert.DoesNotContain(proposals, p => p.Gold is null && p.Proposed is not null);
    }
}

/// <summary>Each way a sentence names its source, on sentences written here in the style of wire copy.</summary>
public sealed class AttributionPatternTests
{
    private static ProposedAttribution? Proposed(string text, string figure)
    {
        var at = text.IndexOf(figure, StringComparison.Ordinal);
        return Attribution.Of(text, NumberExtractor.Extract(text).First(m => m.End > at));
    }

    [Theory]
    [InlineData("About 1,200 people remain in custody, according to the Viasna rights centre.", "1,200", "the Viasna rights centre")]
    [InlineData("The Interior Ministry said 52 prisoners were freed on Thursday.", "52", "The Interior Ministry")]
    [InlineData("Amnesty International estimates that 300 journalists are held.", "300", "Amnesty International")]
    [InlineData("“We freed 14 people,” said Natalia Eismont, the president's spokeswoman.", "14", "Natalia Eismont")]
    [InlineData("Viasna, which counts political prisoners, puts the total at 1,150.", "1,150", "Viasna")]
    [InlineData("Data from the Central Election Commission show turnout of 68%.", "68%", "the Central Election Commission")]
    [InlineData("Sviatlana Tsikhanouskaya, the exiled opposition leader, told reporters that 16 were freed.", "16", "Sviatlana Tsikhanouskaya")]
    [InlineData("Poland's foreign ministry yesterday revealed there were three Polish nationals among them.", "three", "Poland's foreign ministry")]
    [InlineData("Opposition and human rights groups report over 1,300 political prisoners.", "1,300", "Opposition and human rights groups")]
    public void A_sentence_that_names_its_source_proposes_it_with_its_span(string text, string figure, string name)
    {
        var proposed = Proposed(text, figure);

        Assert.NotNull(proposed);
        Assert.Equal(name, proposed.Name);
        Assert.Equal(name, text[proposed.Start..proposed.End]);
    }

    [Theory]
    [InlineData("He said 52 prisoners were freed.", "52")]
    [InlineData("The regime released 14 political prisoners last month.", "14")]
    [InlineData("A total of 52 political prisoners have been freed.", "52")]
    [InlineData("They said that 40 people were arrested.", "40")]
    public void A_sentence_that_names_no_one_proposes_no_one(string text, string figure) =>
        Assert.Null(Proposed(text, figure));

    [Fact]
    public void A_sentence_opening_on_a_pronoun_continues_the_attribution_of_the_one_before_it()
    {
        const string text = "State news agency BelTA said 14 of those released were foreigners. They included six Lithuanians and two Latvians.\nThey were flown to Vilnius with 3 others.";

        Assert.Equal("State news agency BelTA", Proposed(text, "six")?.Name);
        Assert.Null(Proposed(text, "3 others"));
    }
}
