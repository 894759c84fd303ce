using System.Globalization;
using FactCheck.Domain;
using FactCheck.Domain.Extraction;
using FactCheck.Evaluation;

namespace FactCheck.Domain.Tests;

public sealed class ExtractionTests
{
    private static NumberMention Single(string text) => Assert.Single(NumberExtractor.Extract(text), m => m.IsProposed);

    [Theory]
    [InlineData("over 1,300 political prisoners", Qualifier.MoreThan, "1300", "political prisoners")]
    [InlineData("up to 1,300 political prisoners", Qualifier.UpTo, "1300", "political prisoners")]
    [InlineData("A total of 52 political prisoners have been freed", Qualifier.Exact, "52", "political prisoners")]
    [InlineData("three Polish nationals", Qualifier.Exact, "3", "Polish nationals")]
    [InlineData("Fifty-two prisoners walked free", Qualifier.Exact, "52", "prisoners")]
    [InlineData("a dozen journalists", Qualifier.Exact, "12", "journalists")]
    [InlineData("1.5 million people", Qualifier.Exact, "1500000", "people")]
    [InlineData("at least 14 civilians were killed", Qualifier.AtLeast, "14", "civilians")]
    [InlineData("nearly 900 patients", Qualifier.Nearly, "900", "patients")]
    [InlineData("an estimated 15,000 refugees", Qualifier.Approximately, "15000", "refugees")]
    [InlineData("no more than 25 guests", Qualifier.AtMost, "25", "guests")]
    [InlineData("fewer than 100 residents", Qualifier.LessThan, "100", "residents")]
    [InlineData("14 of those released were not citizens", Qualifier.Exact, "14", "those released")]
    public void A_count_is_read_with_its_qualifier_and_noun(string text, Qualifier qualifier, string value, string noun)
    {
        var mention = Single(text);
        Assert.Equal(MentionKind.Count, mention.Kind);
        Assert.Equal(qualifier, mention.Qualifier);
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), mention.Value);
        Assert.Equal(noun, mention.Noun);
    }

    [Theory]
    [InlineData("Lows of -5 °C overnight", Qualifier.Exact, "-5", "celsius")]
    [InlineData("a balance of −850", Qualifier.Exact, "-850", null)]
    [InlineData("minus 12 degrees Celsius", Qualifier.Exact, "-12", "celsius")]
    [InlineData("a deficit of -$1,200", Qualifier.Exact, "-1200", "usd")]
    [InlineData("rose by .5 percentage points", Qualifier.Exact, "0.5", "percent")]
    [InlineData("a fee of $.99", Qualifier.Exact, "0.99", "usd")]
    [InlineData("1 250 000 residents", Qualifier.Exact, "1250000", "people")]
    [InlineData("45\u00a0000 euros", Qualifier.Exact, "45000", "eur")]
    [InlineData("raised 1.2bn", Qualifier.Exact, "1200000000", null)]
    [InlineData("worth $3.1T", Qualifier.Exact, "3100000000000", "usd")]
    [InlineData("four thousand million dollars", Qualifier.Exact, "4000000000", "usd")]
    [InlineData("two point five million people", Qualifier.Exact, "2500000", "people")]
    [InlineData("3 hundred and 12 passengers", Qualifier.Exact, "312", "count")]
    [InlineData("9 thousand 5 hundred residents", Qualifier.Exact, "9500", "people")]
    [InlineData("Two-thirds of voters", Qualifier.Exact, "0.6666666666666666666666666667", "fraction")]
    [InlineData("More than half of the staff", Qualifier.MoreThan, "0.5", "fraction")]
    [InlineData("One in five adults", Qualifier.Exact, "0.2", "fraction")]
    [InlineData("only 3/4 of the seats", Qualifier.Exact, "0.75", "fraction")]
    [InlineData("fell by a third", Qualifier.Exact, "0.3333333333333333333333333333", "fraction")]
    [InlineData("Half a million people", Qualifier.Exact, "500000", "people")]
    [InlineData("greater than 500 euros", Qualifier.MoreThan, "500", "eur")]
    [InlineData("less than or equal to 30 mg", Qualifier.AtMost, "30", "mg")]
    [InlineData("equal to or less than 30 km/h", Qualifier.AtMost, "30", "km_h")]
    [InlineData("200 or greater", Qualifier.AtLeast, "200", null)]
    [InlineData("imports exceeded 2 million tonnes", Qualifier.MoreThan, "2000000", "t")]
    [InlineData("The border is 301,338 km long", Qualifier.Exact, "301338", "km")]
    [InlineData("31,500 square kilometres", Qualifier.Exact, "31500", "km2")]
    [InlineData("540 GWh a year", Qualifier.Exact, "540", "gwh")]
    [InlineData("the wall is 3m high", Qualifier.Exact, "3", "m")]
    [InlineData("about 5m people", Qualifier.Approximately, "5000000", "people")]
    public void Signs_decimals_groups_scales_words_fractions_bounds_and_units_are_read_exactly(string text, Qualifier qualifier, string value, string? unit)
    {
        var mention = Single(System.Text.RegularExpressions.Regex.Unescape(text));
        Assert.Equal(qualifier, mention.Qualifier);
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), mention.Value);
        Assert.Equal(unit, mention.Unit);
    }

    [Theory]
    [InlineData("Tickets cost from 10 to 20 dollars", "10", "20", "usd")]
    [InlineData("Readings ranged from -5 °C to -12 °C", "-12", "-5", "celsius")]
    [InlineData("greater than 100 and smaller than 300", "100", "300", null)]
    [InlineData("more than 200 but fewer than 500 people", "200", "500", "people")]
    [InlineData("The dose was 44 mg to 50 mg a day", "44", "50", "mg")]
    [InlineData("8- to 16-metre planks", "8", "16", "m")]
    [InlineData("pages 20 through 100", "20", "100", null)]
    [InlineData("between 10 and 20 dollars", "10", "20", "usd")]
    [InlineData("5-8 euros", "5", "8", "eur")]
    public void A_range_keeps_its_unit_and_a_pair_of_bounds_is_one(string text, string min, string max, string? unit)
    {
        var mention = Single(text);
        Assert.Equal(Qualifier.Between, mention.Qualifier);
        Assert.Equal((decimal.Parse(min, CultureInfo.InvariantCulture), decimal.Parse(max, CultureInfo.InvariantCulture)), (mention.Min, mention.Max));
        Assert.Equal(unit, mention.Unit is "count" ? null : mention.Unit);
    }

    [Theory]
    [InlineData("Wages rose from 300 to 450 euros.", "300", "450")]
    [InlineData("Exports rose 4% to $21 billion.", "4", "21000000000")]
    [InlineData("The shift was from -3% to -1% in a month.", "-3", "-1")]
    public void A_change_from_one_figure_to_another_is_two_figures(string text, string first, string second) =>
        Assert.Equal([decimal.Parse(first, CultureInfo.InvariantCulture), decimal.Parse(second, CultureInfo.InvariantCulture)],
            NumberExtractor.Extract(text).Where(m => m.IsProposed).Select(m => m.Value!.Value));

    [Theory]
    [InlineData("Read https://example.org/news/belarus%20prisoners%2C%202025 today.")]
    [InlineData("See example.com/a%2Fb%3Fc%3D10 for more.")]
    [InlineData("The meeting starts at 2 pm.")]
    [InlineData("The train left at 2.13 am.")]
    [InlineData("Polls close at 8 p.m. local time.")]
    [InlineData("Call +44 20 7946 0000 for tickets.")]
    [InlineData("The file ID is A7-2291-X.")]
    [InlineData("A .22 calibre rifle was found.")]
    [InlineData("Applicants must be 18 or older.")]
    [InlineData("The first half of the year was calm.")]
    public void Addresses_clock_times_telephone_numbers_codes_and_ages_are_not_proposed(string text) =>
        Assert.DoesNotContain(NumberExtractor.Extract(text), m => m.IsProposed);

    [Fact]
    public void A_measure_says_what_its_unit_measures()
    {
        var mentions = NumberExtractor.Extract("It covers 4,000 hectares, holds 2.4 million cubic metres and winds reach 140 km/h.");
        Assert.Equal(["area", "volume", "speed"], mentions.Select(m => m.Dimension));
        Assert.All(mentions, m => Assert.Equal(MentionKind.Measure, m.Kind));
    }

    [Theory]
    [InlineData("one and a half or two thousand", "1500", "2000")]
    [InlineData("1,300 or 1,400 prisoners", "1300", "1400")]
    [InlineData("between 20 and 30 people", "20", "30")]
    [InlineData("20-30 people", "20", "30")]
    [InlineData("1,300–1,400 dead", "1300", "1400")]
    [InlineData("six or seven world conflicts", "6", "7")]
    [InlineData("2 or 3 million dollars", "2000000", "3000000")]
    public void Ranges_and_alternatives_become_between(string text, string min, string max)
    {
        var mention = Single(text);
        Assert.Equal(Qualifier.Between, mention.Qualifier);
        Assert.Equal((decimal.Parse(min, CultureInfo.InvariantCulture), decimal.Parse(max, CultureInfo.InvariantCulture)), (mention.Min!.Value, mention.Max!.Value));
        Assert.Null(mention.Value);
    }

    [Theory]
    [InlineData("only 4% of those designated", "4", MentionKind.Percent, "percent")]
    [InlineData("68 per cent of voters", "68", MentionKind.Percent, "percent")]
    [InlineData("four percent of respondents", "4", MentionKind.Percent, "percent")]
    [InlineData("withdrawing $150,000 from a fund", "150000", MentionKind.Money, "usd")]
    [InlineData("€45 million for the striker", "45000000", MentionKind.Money, "eur")]
    [InlineData("500 zlotys in fines", "500", MentionKind.Money, "pln")]
    public void Percentages_and_money_carry_their_unit(string text, string value, MentionKind kind, string unit)
    {
        var mention = Single(text);
        Assert.Equal(kind, mention.Kind);
        Assert.Equal(unit, mention.Unit);
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), mention.Value);
    }

    [Fact]
    public void The_decimals_written_are_kept()
    {
        Assert.Equal("4.0", Single("stood at 4.0% last quarter").Value!.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("1500000", Single("1.5 million people").Value!.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("after the 2020 elections", MentionKind.Year)]
    [InlineData("on August 22 he said", MentionKind.Date)]
    [InlineData("on 9 August 2020", MentionKind.Date)]
    [InlineData("Ihar Losik, 33, a journalist", MentionKind.Age)]
    [InlineData("the 45-year-old lawyer", MentionKind.Age)]
    [InlineData("after more than five years behind bars", MentionKind.Duration)]
    [InlineData("his seventh term", MentionKind.Ordinal)]
    [InlineData("the 1990s", MentionKind.Year)]
    public void Years_dates_ages_durations_and_ordinals_are_recognised_and_not_proposed(string text, MentionKind kind)
    {
        var mention = Assert.Single(NumberExtractor.Extract(text));
        Assert.Equal(kind, mention.Kind);
        Assert.False(mention.IsProposed);
    }

    [Theory]
    [InlineData("one of the opposition leaders")]
    [InlineData("his one-way relation with Russia")]
    [InlineData("the COVID-19 pandemic")]
    [InlineData("leaders of the G7")]
    [InlineData("a phone call from Air Force One on his way")]
    public void Words_that_only_look_like_numbers_are_not_mentions(string text) =>
        Assert.Empty(NumberExtractor.Extract(text));

    [Fact]
    public void A_list_gives_one_mention_per_number()
    {
        var mentions = NumberExtractor.Extract("They included six Lithuanians, two Latvians, two Germans and one each from France and the UK.");
        Assert.Equal(["six Lithuanians", "two Latvians", "two Germans", "one each"], mentions.Select(m => m.Text));
        Assert.Equal([6m, 2m, 2m, 1m], mentions.Select(m => m.Value!.Value));
    }

    [Fact]
    public void Spans_are_utf16_offsets_of_the_text()
    {
        const string text = "🇧🇾 Viasna: more than 1,100 political prisoners.";
        var mention = Single(text);
        Assert.Equal(13, mention.Start);
        Assert.Equal("more than 1,100 political prisoners", text[mention.Start..mention.End]);
        Assert.Equal(mention.Text, text[mention.Start..mention.End]);
    }

    [Fact]
    public void Every_seed_claim_is_proposed_from_its_article_with_its_value_and_qualifier()
    {
        var gold = GoldWorld.Instance.Json;
        var files = gold["sources"]!.AsArray().ToDictionary(s => (string)s!["id"]!, s => (string)s!["file"]!);
        foreach (var claim in gold["claims"]!.AsArray())
        {
            var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "articles", files[(string)claim!["source"]!]));
            var quote = (string)claim["quote"]!;
            var figures = GoldWorld.Figures(claim);
            var places = Enumerable.Range(0, text.Length).Where(i => string.CompareOrdinal(text, i, quote, 0, quote.Length) == 0).ToList();
            var found = NumberExtractor.Extract(text).Where(m => m.IsProposed).Any(m =>
                places.Any(p => p < m.End && m.Start < p + quote.Length)
                && m.Qualifier == figures.Qualifier && m.Value == figures.Value && m.Min == figures.Min && m.Max == figures.Max);
            Assert.True(found, $"{claim["id"]}: '{quote}' was not proposed as {figures}");
        }
    }

    [Fact]
    public void No_year_date_age_or_duration_in_the_seeds_is_proposed()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data", "articles")))
            foreach (var mention in NumberExtractor.Extract(File.ReadAllText(file)).Where(m => m.IsProposed))
            {
                Assert.False(mention.Value is >= 1900 and <= 2100 && !mention.Text.Contains(',', StringComparison.Ordinal), $"a year proposed: {mention.Text}");
                Assert.DoesNotMatch(@"\b(years?|months?|weeks?|days?|decades?|January|February|March|April|May|June|July|August|September|October|November|December|Aug)\b", mention.Text);
            }
    }

    [Fact]
    public void The_labelled_set_meets_the_targets()
    {
        var scores = ExtractionEvaluation.Score(ExtractionEvaluation.Read(Path.Combine(AppContext.BaseDirectory, "extraction-eval.jsonl")));
        Assert.True(scores.Expected >= 300, $"only {scores.Expected} labelled proposals");
        Assert.True(scores.Recall >= 0.95, scores.ToString());
        Assert.True(scores.Precision >= 0.95, scores.ToString());
        Assert.Equal(0, scores.NonCountsProposed);
    }

    [Theory]
    [InlineData('9', 1_000_000)]
    [InlineData(',', 1_000_000)]
    [InlineData('.', 1_000_000)]
    [InlineData('-', 1_000_000)]
    [InlineData(' ', 1_000_000)]
    [InlineData('/', 1_000_000)]
    public void Hostile_runs_of_one_character_are_read_without_failing(char c, int length)
    {
        var text = new string(c, length);
        var mentions = NumberExtractor.Extract(text);
        Assert.All(mentions, m => Assert.Equal(m.Text, text[m.Start..m.End]));
    }

    [Fact]
    public void Hostile_repetitions_are_read_without_failing()
    {
        foreach (var unit in new[] { "more than ", "1,1", "one and a half or ", "1-", "$", "between 1 and ", "twenty-", "1 000 ", "-1 .5 ", "-", "one in five ", "3/4 of ", "5 km to 6 km ", "a.bc/%2C", "1 22 ", "half a million ", "°C" })
        {
            var text = string.Concat(Enumerable.Repeat(unit, 200_000 / unit.Length));
            var mentions = NumberExtractor.Extract(text);
            Assert.All(mentions, m => Assert.True(m.Start >= 0 && m.End <= text.Length && m.Start < m.End));
        }
    }

    [Fact]
    public void Text_longer_than_the_limit_is_refused() =>
        Assert.Throws<ArgumentException>(() => NumberExtractor.Extract(new string('a', NumberExtractor.MaxLength + 1)));
}

public sealed class QuantitySuggestionTests
{
    private static readonly QuantityName[] Quantities =
    [
        new("belarus/political-prisoners/held", "Political prisoners held in Belarus", "people", [], QuantityKind.Stock, 31, new(2025, 8, 22), new(2025, 9, 12)),
        new("belarus/release/2025-06/count", "Political prisoners released in June 2025", "people", [], QuantityKind.Event, null, new(2025, 6, 21), new(2025, 6, 22)),
        new("belarus/release/2025-09-11/count", "Political prisoners released on 11 September 2025", "people", [], QuantityKind.Event, null, new(2025, 9, 11), new(2025, 9, 12)),
        new("belarus/release/2025-09-11/lithuanians", "Lithuanians released", "people", []),
        new("belarus/release/2025-09-11/poles", "Polish nationals released", "people", []),
        new("belarus/release/2025-09-11/foreign-nationals", "Foreign nationals among those released on 11 September 2025", "people", []),
        new("belarus/release/2025-09-11/share", "Share of political prisoners covered by the release", "percent", []),
        new("belarus/fund", "Money withdrawn from the fund", "usd", ["pro-democracy fund"]),
    ];

    private static Suggestion Suggest(string text, DateOnly? published = null, string? at = null)
    {
        var mentions = NumberExtractor.Extract(text);
        var index = at is null ? mentions.ToList().FindIndex(m => m.IsProposed) : mentions.ToList().FindIndex(m => m.IsProposed && m.Text.Contains(at, StringComparison.Ordinal));
        return new QuantitySuggester(Quantities).Suggest(text, mentions, published)[index];
    }

    [Fact]
    public void The_sentence_around_a_mention_is_cut_at_full_stops_but_not_inside_numbers()
    {
        const string text = "Trump spoke. Belarus released 52.5 prisoners on Thursday. Others stayed.";
        var mention = NumberExtractor.Extract(text).Single(m => m.IsProposed);
        Assert.Equal(" Belarus released 52.5 prisoners on Thursday", QuantitySuggestion.SentenceAround(text, mention));
    }

    [Theory]
    [InlineData("six Lithuanians were freed", "belarus/release/2025-09-11/lithuanians")]
    [InlineData("over 1,300 political prisoners remain behind bars", "belarus/political-prisoners/held")]
    [InlineData("14 foreign citizens were among those released", "belarus/release/2025-09-11/foreign-nationals")]
    [InlineData("only 4% of political prisoners", "belarus/release/2025-09-11/share")]
    [InlineData("$150,000 from a pro-democracy fund", "belarus/fund")]
    public void The_words_pick_the_quantity_whose_unit_fits(string text, string key) => Assert.Equal(key, Suggest(text).SuggestedKey);

    [Fact]
    public void Freed_is_released_so_a_release_is_not_taken_for_the_stock_held()
    {
        var suggestion = Suggest("Belarus freed 52 political prisoners on Thursday.", new DateOnly(2025, 9, 12));
        Assert.Equal("belarus/release/2025-09-11/count", suggestion.SuggestedKey);
        Assert.Equal("belarus/political-prisoners/held", suggestion.Candidates[1].Key);
        Assert.Contains("'release' in its noun phrase", suggestion.Candidates[0].Reason.Replace("beside it", "in its noun phrase", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Minsk freed 14 political prisoners on Saturday.", "2025-06-22", "belarus/release/2025-06/count")]
    [InlineData("Minsk freed 52 political prisoners on Thursday.", "2025-09-12", "belarus/release/2025-09-11/count")]
    [InlineData("In June, Minsk freed 14 political prisoners; on September 11 it freed 52 more.", "2025-09-20", "belarus/release/2025-06/count")]
    public void The_date_decides_between_events_named_alike(string text, string published, string key) =>
        Assert.Equal(key, Suggest(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)).SuggestedKey);

    [Fact]
    public void An_event_of_another_date_yields_the_same_measure_at_the_figures_date()
    {
        var suggestion = Suggest("Belarus freed three Polish nationals on Saturday.", new DateOnly(2025, 6, 22));
        Assert.Null(suggestion.SuggestedKey);
        Assert.Equal("belarus/release/2025-09-11/poles", suggestion.Candidates[0].Key);
        Assert.Contains("days from the figure's 'Saturday' (21 June 2025)", suggestion.Candidates[0].Reason, StringComparison.Ordinal);
        Assert.Equal(new NewQuantity("belarus/release/2025-06-21/poles", "Polish nationals released on 21 June 2025", "people", QuantityKind.Event, null), suggestion.NewQuantity);
    }

    [Fact]
    public void A_figure_that_names_nothing_known_gets_a_new_quantity_named_from_its_noun_phrase()
    {
        var suggestion = Suggest("On 3 March, three NATO countries objected.", new DateOnly(2025, 3, 5));
        Assert.Null(suggestion.SuggestedKey);
        Assert.Equal(new NewQuantity("new/nato-countries-objected/2025-03-03", "NATO countries objected on 3 March 2025", "count", QuantityKind.Event, null), suggestion.NewQuantity);
    }

    [Fact]
    public void A_figure_compared_with_the_one_before_measures_what_it_does()
    {
        var suggestion = Suggest("Belarus freed 52 political prisoners on Thursday, up from 14 in June.", new DateOnly(2025, 9, 12), at: "14");
        Assert.Equal("belarus/release/2025-06/count", suggestion.SuggestedKey);
    }

    [Fact]
    public void The_labelled_set_keeps_its_accuracy()
    {
        var scores = FactCheck.Evaluation.SuggestionEvaluation.Score(FactCheck.Evaluation.SuggestionEvaluation.Read(Path.Combine(AppContext.BaseDirectory, "suggestion-eval.json")));
        Assert.True(scores.Top1Accuracy >= 0.78, scores.ToString());
        Assert.True(scores.Top3Accuracy >= 0.9, scores.ToString());
    }
}

public sealed class TimeReaderTests
{
    private static readonly DateOnly Friday = new(2025, 9, 12);

    [Theory]
    [InlineData("released on 11 September 2025", "2025-09-11", "2025-09-11")]
    [InlineData("released on Sept. 11", "2025-09-11", "2025-09-11")]
    [InlineData("freed in June", "2025-06-01", "2025-06-30")]
    [InlineData("freed in December", "2024-12-01", "2024-12-31")]
    [InlineData("freed on Thursday", "2025-09-11", "2025-09-11")]
    [InlineData("votes on Sunday", "2025-09-14", "2025-09-14")]
    [InlineData("deported in 2024", "2024-01-01", "2024-12-31")]
    [InlineData("freed yesterday", "2025-09-11", "2025-09-11")]
    [InlineData("freed last month", "2025-08-01", "2025-08-31")]
    [InlineData("freed at the weekend", "2025-09-06", "2025-09-07")]
    [InlineData("as of 2025-08-01", "2025-08-01", "2025-08-01")]
    public void A_time_said_is_read_against_the_publication_date(string text, string from, string to)
    {
        var (time, _, _) = Assert.Single(TimeReader.Read(text, Friday));
        Assert.Equal((DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), (time.From, time.To));
    }

    [Theory]
    [InlineData("recognised since 2020")]
    [InlineData("held until June")]
    [InlineData("May said 14 were freed")]
    public void Bounds_of_a_period_and_words_that_only_look_like_dates_are_passed_over(string text) => Assert.Empty(TimeReader.Read(text, Friday));
}
