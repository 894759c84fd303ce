namespace FactCheck.Domain.Extraction;

/// <summary>A quantity as suggestion sees it: the names it goes by, its unit and kind, and the dates its claims describe.</summary>
public sealed record QuantityName(
    string Key, string Label, string Unit, IReadOnlyList<string> Aliases,
    QuantityKind Kind = QuantityKind.Event, int? WindowDays = null, DateOnly? FirstClaimed = null, DateOnly? LastClaimed = null);

/// <summary>A stored quantity a figure may measure, with how well it fits (0 to 1) and why, in words.</summary>
public sealed record Candidate(string Key, string Label, double Score, string Reason);

/// <summary>A quantity to define when none stored fits: the fields a create (or an accept's inline quantity) takes.</summary>
public sealed record NewQuantity(string Key, string Label, string Unit, QuantityKind Kind, int? WindowDays);

/// <summary>The stored quantities a figure may measure, best first; the one suggested, if any fits well enough; else a new one.</summary>
public sealed record Suggestion(IReadOnlyList<Candidate> Candidates, string? SuggestedKey, NewQuantity? NewQuantity)
{
    public static readonly Suggestion None = new([], null, null);
}

/// <summary>
/// Ranks the stored quantities each figure of a text may measure. The words come first: how much of a quantity's name
/// (label or alias, dates left out) the figure's words give, each name word weighted by how rare it is among the
/// quantities' names and by how close to the figure it is said: in its noun phrase, in its own stretch of the sentence
/// (up to a comma or the next figure), elsewhere in the sentence but not in another figure's stretch, or elsewhere in
/// the text. Words of one meaning count as one ("freed" is "released"). A figure whose noun phrase gives none of a
/// name's words, or whose stretch tells of a level ("remain", "still") where the quantity is an event (or of a
/// happening where it is a stock), fits it less. Then the date: an event dated otherwise than the figure ("in June"
/// against a release of 11 September) falls far behind, a stock far from its claims' dates a little. A quantity of
/// another kind of unit (a percentage for a count, euros for dollars) is never a candidate. When no candidate reaches
/// <see cref="QuantitySuggestion.Threshold"/>, a new quantity is proposed: the best-named event at the figure's date
/// when only the date failed, else one named from the noun phrase.
/// </summary>
public sealed class QuantitySuggester
{
    private const double Noun = 1.0, Stretch = 0.8, Sentence = 0.5, Text = 0.3;

    private readonly List<(QuantityName Quantity, List<HashSet<string>> Names, TimeSaid? Dated)> _quantities;
    private readonly Dictionary<string, double> _rarity = new(StringComparer.Ordinal);

    public QuantitySuggester(IReadOnlyList<QuantityName> quantities)
    {
        _quantities = quantities.Select(q => (q, q.Aliases.Prepend(q.Label).Select(QuantitySuggestion.NameWords).ToList(), TimeReader.OfName(q.Key, q.Label))).ToList();
        foreach (var word in _quantities.SelectMany(q => q.Names.SelectMany(n => n).Distinct()).GroupBy(w => w, StringComparer.Ordinal))
            _rarity[word.Key] = Math.Log(1 + (double)_quantities.Count / word.Count());
    }

    /// <summary>The suggestion for each mention of <paramref name="text"/> (<see cref="Suggestion.None"/> for those not proposed).</summary>
    /// <param name="published">The day the text was published, if known: it dates figures the text does not date.</param>
    public IReadOnlyList<Suggestion> Suggest(string text, IReadOnlyList<NumberMention> mentions, DateOnly? published, int take = 3)
    {
        // The proposals in text order, each with its own stretch; a figure's neighbours are the ones beside it in this list.
        var proposed = mentions.Where(m => m.IsProposed).ToList();
        if (proposed.Count == 0) return mentions.Select(_ => Suggestion.None).ToList();
        var textWords = QuantitySuggestion.Stems(text);
        var stretches = proposed.Select((_, i) => StretchOf(text, proposed, i)).ToList();
        var stretchWords = stretches.Select(s => QuantitySuggestion.Stems(text[s.From..s.To])).ToList();
        var suggestions = new List<Suggestion>(mentions.Count);
        var index = 0;
        foreach (var mention in mentions)
            suggestions.Add(mention.IsProposed ? SuggestOne(text, proposed, stretches, stretchWords, index++, textWords, published, take) : Suggestion.None);
        return suggestions;
    }

    private Suggestion SuggestOne(string text, List<NumberMention> proposed, List<(int From, int To)> stretches, List<HashSet<string>> stretchWords,
        int index, HashSet<string> textWords, DateOnly? published, int take)
    {
        var mention = proposed[index];
        var (sentenceStart, sentenceEnd) = QuantitySuggestion.Bounds(text, mention, QuantitySuggestion.SentenceStops);
        var (clauseStart, clauseEnd) = QuantitySuggestion.Bounds(text, mention, QuantitySuggestion.ClauseStops);
        var (from, to) = stretches[index];
        var clause = text[clauseStart..clauseEnd];
        var said = TimeReader.Nearest(clause, mention.Start - clauseStart, from - clauseStart, to - clauseStart, published);
        var time = said ?? (published is { } day ? TimeSaid.Day(day, "the publication date") : null);

        var noun = QuantitySuggestion.Stems(mention.Noun ?? "");
        var own = new HashSet<string>(stretchWords[index], StringComparer.Ordinal);
        // "15,800, up from 14,200": a figure compared with the one before it measures what that one does.
        if (QuantitySuggestion.IsComparison(text[from..mention.Start]) && index > 0 && proposed[index - 1].End > sentenceStart)
            own.UnionWith(stretchWords[index - 1]);
        // The other figures' stretches in this sentence: walked outwards from this one, as far as the sentence goes.
        var others = new HashSet<string>(StringComparer.Ordinal);
        for (var j = index - 1; j >= 0 && stretches[j].To > sentenceStart; j--) others.UnionWith(stretchWords[j]);
        for (var j = index + 1; j < proposed.Count && stretches[j].From < sentenceEnd; j++) others.UnionWith(stretchWords[j]);
        others.ExceptWith(own);
        var sentence = QuantitySuggestion.Stems(text[sentenceStart..sentenceEnd]);
        double Level(string word) =>
            noun.Contains(word) ? Noun
            : own.Contains(word) ? Stretch
            : QuantitySuggestion.IsShare(word) && mention.Kind == MentionKind.Percent ? Stretch
            : others.Contains(word) ? 0
            : QuantitySuggestion.IsPeople(word) && (mention.Unit == "people" || mention.Noun is null) ? Sentence
            : sentence.Contains(word) ? Sentence
            : textWords.Contains(word) ? Text
            : 0;
        // The words the figure's own stretch gives that some quantity's name has: a name lacking them fits it less.
        var figureWords = noun.Union(own).Where(_rarity.ContainsKey).ToList();
        var figureMass = figureWords.Sum(w => _rarity[w]);
        var kindSaid = QuantitySuggestion.KindSaid(own);

        var scored = new List<(Candidate Candidate, double Words)>();
        foreach (var (quantity, names, dated) in _quantities)
        {
            if (!QuantitySuggestion.Fits(mention, quantity.Unit)) continue;
            var best = names.Select((words, i) => (Name: i == 0 ? quantity.Label : quantity.Aliases[i - 1], Words: words)).Where(n => n.Words.Count > 0)
                .Select(n => (n.Name, n.Words, Score: Fit(n.Words, Level, figureWords, figureMass, noun.Count > 0)))
                .MaxBy(n => n.Score);
            if (best.Words is null || best.Score <= 0) continue;
            var score = best.Score;
            var reasons = new List<string>
            {
                QuantitySuggestion.WordsReason(best.Name, best.Words, Level),
                $"its unit, {quantity.Unit}, fits {QuantitySuggestion.Described(mention)}",
            };
            if (kindSaid is { } kind && kind != quantity.Kind)
            {
                score *= 0.7;
                reasons.Add($"the figure's words tell of {(kind == QuantityKind.Stock ? "a level, where this is a happening" : "a happening, where this is a level")}");
            }
            var (dateFactor, dateReason) = QuantitySuggestion.DateFit(quantity, dated, time, explicitly: said is not null);
            reasons.Add(dateReason);
            scored.Add((new Candidate(quantity.Key, quantity.Label, Math.Round(score * dateFactor, 2), string.Join("; ", reasons)), score));
        }
        var ranked = scored.OrderByDescending(s => s.Candidate.Score).ThenByDescending(s => s.Words).ThenBy(s => s.Candidate.Key, StringComparer.Ordinal).ToList();
        var candidates = ranked.Take(take).Select(s => s.Candidate).ToList();
        if (ranked.FirstOrDefault() is { Candidate.Score: >= QuantitySuggestion.Threshold } top)
            return new Suggestion(candidates, top.Candidate.Key, null);

        // None fits. The best-named event failed on its date alone: the same measure at the figure's date. Else a name from the noun phrase.
        var named = ranked.OrderByDescending(s => s.Words).FirstOrDefault().Candidate;
        var sibling = _quantities.FirstOrDefault(q => q.Quantity.Key == named?.Key);
        var proposal = sibling.Quantity is { Kind: QuantityKind.Event } && ranked.Max(s => s.Words) >= QuantitySuggestion.Threshold && time is not null
            ? QuantitySuggestion.Redated(sibling.Quantity, sibling.Dated, time)
            : QuantitySuggestion.Named(mention, text[mention.End..to], own, said ?? time, named?.Key);
        return new Suggestion(candidates, null, proposal);
    }

    // How well a name and a figure's words fit each other: the geometric mean of how much of the name the figure's words give
    // (each word by its rarity and nearness) and how much of the figure's own words the name has (by rarity).
    private double Fit(HashSet<string> name, Func<string, double> level, List<string> figureWords, double figureMass, bool nounNamed)
    {
        var given = name.Sum(w => _rarity[w] * level(w)) / name.Sum(w => _rarity[w]);
        // A figure none of whose own words any name has ("18 degrees") fits nothing well; a bare one ("52") leans on its sentence.
        var had = figureMass == 0 ? (nounNamed ? 0.2 : 0.5) : figureWords.Where(name.Contains).Sum(w => _rarity[w]) / figureMass;
        return Math.Sqrt(given * had);
    }

    // The figure's own stretch: from the comma or figure before it to the comma or figure after it, within its clause.
    private static (int From, int To) StretchOf(string text, List<NumberMention> proposed, int index)
    {
        var mention = proposed[index];
        var (clauseStart, clauseEnd) = QuantitySuggestion.Bounds(text, mention, QuantitySuggestion.ClauseStops);
        var from = clauseStart;
        for (var i = mention.Start - 1; i >= clauseStart; i--)
            if (IsBreak(text, i)) { from = i + 1; break; }
        var to = clauseEnd;
        for (var i = mention.End; i < clauseEnd; i++)
            if (IsBreak(text, i)) { to = i; break; }
        // Mentions do not overlap, so the figures beside this one in text order are the nearest before and after it.
        if (index > 0 && proposed[index - 1].End > from) from = proposed[index - 1].End;
        if (index + 1 < proposed.Count && proposed[index + 1].Start < to) to = proposed[index + 1].Start;
        return (from, to);
    }

    // A comma, colon or dash between words (not "1,150").
    private static bool IsBreak(string text, int i) =>
        text[i] is ',' or ':' or '—' or '(' or ')' && !(text[i] == ',' && i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]));
}
