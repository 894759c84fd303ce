namespace FactCheck.Domain.Extraction;

/// <summary>What a suggestion reads in words and dates, and how it names a quantity none stored fits.</summary>
public static class QuantitySuggestion
{
    /// <summary>The least score a candidate needs to be suggested.</summary>
    public const double Threshold = 0.45;

    internal static readonly char[] SentenceStops = ['.', '!', '?', '\n'];
    internal static readonly char[] ClauseStops = ['.', '!', '?', '\n', ';'];

    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "and", "or", "with", "as", "from", "since", "than",
        "more", "over", "up", "about", "around", "some", "nearly", "almost", "least", "most", "only", "total", "its", "their",
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "they", "this", "that", "those", "these", "who",
        "which", "said", "say", "says", "among", "them", "all", "another", "other", "others", "new", "will", "would", "after",
    };

    // Words of one meaning in news about counts, each read as the first of its list.
    private static readonly Dictionary<string, string> Synonyms = Meanings(
        ["release", "released", "releasing", "freed", "free", "freeing", "pardoned", "pardon", "pardoning", "liberated"],
        ["held", "hold", "holding", "imprisoned", "jailed", "jail", "prison", "detained", "detention", "behind", "bar", "incarcerated"],
        ["death", "dead", "died", "die", "killed", "kill", "toll", "fatality"],
        ["evacuated", "evacuate", "evacuation", "evacuee", "fled", "flee", "displaced"],
        ["burned", "burnt", "burn", "scorched", "charred"],
        ["cut", "layoff", "shed", "redundancy", "axed", "axe", "slash", "slashed"],
        ["employee", "employ", "employed", "employs", "staff", "workforce", "headcount", "worker"],
        ["application", "applied", "applicant"],
        ["deported", "deportation", "deport", "expelled"],
        ["fire", "wildfire", "blaze", "bushfire"],
        ["flood", "flooding", "flooded"],
        ["national", "citizen", "foreigner"],
        ["polish", "pole"], ["british", "briton"], ["french", "frenchman", "frenchmen"],
        ["revenue", "sale", "turnover"],
        ["vote", "ballot"],
        ["turnout", "participation"],
        ["share", "percent", "percentage", "proportion"]);

    // Words that tell of a happening, and of a level (as their meanings, above).
    private static readonly HashSet<string> EventWords = new(StringComparer.Ordinal)
    {
        "release", "death", "evacuated", "burned", "cut", "deported", "announced", "arrested", "won", "took", "sentenced", "lodged",
        "injured", "wounded", "sold", "raised", "paid",
    };

    private static readonly HashSet<string> StockWords = new(StringComparer.Ordinal)
    {
        "held", "remain", "remaining", "still", "currently", "stood", "stand", "housed", "living", "registered",
    };

    /// <summary>A quantity's name as words to match: its stems, dates and stop words left out.</summary>
    internal static HashSet<string> NameWords(string name)
    {
        var words = Stems(name);
        words.RemoveWhere(TimeReader.IsTimeWord);
        return words;
    }

    internal static bool IsPeople(string word) => word is "people" or "person" or "individual";

    internal static bool IsShare(string word) => word == "share";

    /// <summary>Whether the words before a figure compare it with the one before: "up from", "down from", "compared with".</summary>
    internal static bool IsComparison(string before)
    {
        var words = before.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words is ["up" or "down" or "rising" or "falling" or "rose" or "fell", "from", ..] or ["from", ..] or ["compared", "with" or "to", ..] or ["against" or "versus" or "vs", ..];
    }

    /// <summary>Whether words tell of a happening or of a level, if of one only.</summary>
    internal static QuantityKind? KindSaid(HashSet<string> words) =>
        (words.Overlaps(EventWords), words.Overlaps(StockWords)) switch
        {
            (true, false) => QuantityKind.Event,
            (false, true) => QuantityKind.Stock,
            _ => null,
        };

    internal static string WordsReason(string name, HashSet<string> words, Func<string, double> level)
    {
        var found = words.Where(w => level(w) > 0).ToList();
        static string Where(double l) => l switch { >= 1 => "in its noun phrase", >= 0.8 => "beside it", >= 0.5 => "in its sentence", _ => "elsewhere in the text" };
        var parts = found.GroupBy(w => Where(level(w))).Select(g => $"{string.Join(", ", g.Select(w => $"'{w}'"))} {g.Key}");
        return found.Count == 0 ? $"none of the words of '{name}' is said" : $"{found.Count} of the {words.Count} words of '{name}' are said: {string.Join("; ", parts)}";
    }

    /// <summary>The sentence around a mention of <paramref name="text"/>: from the last full stop before it to the first after it, within 300 characters each way.</summary>
    public static string SentenceAround(string text, NumberMention mention)
    {
        var (start, end) = Bounds(text, mention, SentenceStops);
        return text[start..end];
    }

    internal static (int Start, int End) Bounds(string text, NumberMention mention, char[] stops)
    {
        var from = Math.Max(0, mention.Start - 300);
        var to = Math.Min(text.Length, mention.End + 300);
        var start = mention.Start;
        // A full stop inside a number or an abbreviation ("U.S.", "2.5") ends nothing: one followed by a space does.
        while (start > from && !(stops.Contains(text[start - 1]) && (text[start - 1] != '.' || start == text.Length || char.IsWhiteSpace(text[start]))))
            start--;
        var end = mention.End;
        while (end < to && !(stops.Contains(text[end]) && (text[end] != '.' || end + 1 == text.Length || char.IsWhiteSpace(text[end + 1]))))
            end++;
        return (start, end);
    }

    // How the quantity's date fits the figure's: 1 when it fits, less the further apart they are.
    internal static (double Factor, string Reason) DateFit(QuantityName quantity, TimeSaid? dated, TimeSaid? figure, bool explicitly)
    {
        var claimed = quantity.FirstClaimed is { } first ? new TimeSaid(first, quantity.LastClaimed ?? first, "", TimeGrain.Day) : null;
        if (quantity.Kind == QuantityKind.Stock)
        {
            if (figure is null || claimed is null) return (1, "a stock");
            var window = quantity.WindowDays ?? 0;
            var apart = claimed.DaysTo(figure);
            return apart <= window
                ? (1, $"a stock whose claims, {claimed.Written}, lie within its {window} days of {Figure(figure, explicitly)}")
                : (0.85, $"a stock whose claims, {claimed.Written}, lie {apart} days from {Figure(figure, explicitly)}");
        }
        // An event's own date is the one its name gives; else its claims were made on or after it.
        var date = dated ?? (claimed is null ? null : claimed with { From = claimed.From.AddDays(-30) });
        if (figure is null || date is null) return (1, "an event");
        var what = dated is null ? $"an event whose claims date from {claimed!.Written}" : $"an event of {dated.Written}";
        var days = date.DaysTo(figure);
        // A day said may be a day or two off an event's day (a release on the eve of its report); a month is that month.
        var slack = figure.Grain == TimeGrain.Day && date.Grain == TimeGrain.Day ? 3 : 0;
        if (explicitly)
            return days <= slack ? (1, $"{what}, as {Figure(figure, true)}") : (0.25, $"{what}, {days} days from {Figure(figure, true)}");
        // Dated only by publication: news tells of what just happened, or of what is about to.
        return figure.From < date.From
            ? (days <= 14 ? 0.8 : 0.3, $"{what}, {days} days after {Figure(figure, false)}")
            : (days <= 14 ? 1 : days <= 60 ? 0.7 : 0.5, days == 0 ? $"{what}, as {Figure(figure, false)}" : $"{what}, {days} days before {Figure(figure, false)}");
    }

    private static string Figure(TimeSaid time, bool explicitly) =>
        explicitly ? $"the figure's '{time.Said}' ({time.Written})" : $"the publication date ({time.Written})";

    internal static string Described(NumberMention mention) => mention.Kind switch
    {
        MentionKind.Percent => "a percentage",
        MentionKind.Money => $"a sum in {mention.Unit}",
        _ when mention.Unit == "people" => "a count of people",
        _ => "a count",
    };

    internal static bool Fits(NumberMention mention, string unit) => mention.Kind switch
    {
        MentionKind.Percent => unit == Units.Percent,
        MentionKind.Money => unit == mention.Unit,
        // A measure fits its unit by code or by name: "ha" and "hectares" are one unit.
        MentionKind.Measure => unit == mention.Unit || Measures.TryName(unit, out var named) && named.Code == mention.Unit,
        _ when mention.Unit == Units.Fraction => unit == Units.Fraction,
        _ => unit != Units.Percent && unit != Units.Fraction && !IsCurrency(unit),
    };

    private static bool IsCurrency(string unit) =>
        Lexicon.CurrencySymbols.Values.Contains(unit) || Lexicon.CurrencyWords.Values.Contains(unit);

    /// <summary>The event <paramref name="sibling"/> measures, at the figure's date: "Polish nationals released" of September for three Poles freed in June.</summary>
    internal static NewQuantity Redated(QuantityName sibling, TimeSaid? dated, TimeSaid time)
    {
        // At the sibling's own grain (a month's release stays a month's), never finer than the figure's date was said.
        var grain = (TimeGrain)Math.Max((int)(dated?.Grain ?? time.Grain), (int)time.Grain);
        var at = grain switch
        {
            TimeGrain.Year => TimeSaid.Year(time.From.Year, time.Said),
            TimeGrain.Month => TimeSaid.Month(time.From.Year, time.From.Month, time.Said),
            _ => TimeSaid.Day(time.From, time.Said),
        };
        var segments = sibling.Key.Split('/');
        var datedSegment = Array.FindIndex(segments, s => TimeReader.OfName(s, "") is not null);
        var key = datedSegment >= 0 ? string.Join('/', segments.Select((s, i) => i == datedSegment ? at.KeySegment : s)) : $"{sibling.Key}/{at.KeySegment}";
        var labelTime = TimeReader.Read(sibling.Label, null).FirstOrDefault();
        var label = labelTime.Time is not null
            ? sibling.Label[..labelTime.Start] + at.Written + sibling.Label[labelTime.End..]
            : $"{sibling.Label} {(at.Grain == TimeGrain.Day ? "on" : "in")} {at.Written}";
        return new NewQuantity(key, label, sibling.Unit, QuantityKind.Event, null);
    }

    /// <summary>A quantity named from the figure's noun phrase and the verb after it ("villages evacuated"), keyed under the topic of the nearest quantity.</summary>
    internal static NewQuantity Named(NumberMention mention, string after, HashSet<string> own, TimeSaid? time, string? nearestKey)
    {
        var verb = after.Split([' ', ',', ';', ':'], StringSplitOptions.RemoveEmptyEntries).Take(4)
            .Select(w => w.ToLowerInvariant().Trim('.', '"', '\''))
            .FirstOrDefault(w => w.Length > 3 && !TimeReader.IsTimeWord(w) && !Ignored.Contains(w)
                                 && (w.EndsWith("ed", StringComparison.Ordinal) || EventWords.Contains(Stem(w)) || StockWords.Contains(Stem(w))));
        var kind = KindSaid(own) ?? QuantityKind.Event;
        var noun = string.IsNullOrWhiteSpace(mention.Noun) ? mention.Unit switch { "people" => "people", Units.Percent => "share", null or "count" => "figure", _ => "amount" } : mention.Noun;
        var words = verb is null || noun.EndsWith(verb, StringComparison.Ordinal) ? noun : $"{noun} {verb}";
        var topic = nearestKey?.Split('/')[0] ?? "new";
        // An event of a few days ("last week", "at the weekend") is keyed and named by its first.
        if (time is { Grain: TimeGrain.Day } && time.From != time.To) time = TimeSaid.Day(time.From, time.Said);
        var dated = kind == QuantityKind.Event && time is not null;
        var key = dated ? $"{topic}/{Slug(words)}/{time!.KeySegment}" : $"{topic}/{Slug(words)}";
        var label = char.ToUpperInvariant(words[0]) + words[1..] + (dated ? $" {(time!.Grain == TimeGrain.Day && time.From == time.To ? "on" : "in")} {time.Written}" : "");
        return new NewQuantity(key, label, mention.Unit ?? "count", kind, kind == QuantityKind.Stock ? 31 : null);
    }

    private static string Slug(string words)
    {
        var slug = new string(words.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        while (slug.Contains("--", StringComparison.Ordinal)) slug = slug.Replace("--", "-", StringComparison.Ordinal);
        slug = slug.Trim('-');
        return slug.Length == 0 ? "figure" : slug[..Math.Min(slug.Length, 60)].TrimEnd('-');
    }


    /// <summary>Lowercase words without their plural ending, each read as its meaning: "Lithuanians" meets "Lithuanian", "freed" meets "released".</summary>
    internal static HashSet<string> Stems(string text)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in text.Split((char[])[' ', ',', '.', ';', ':', '(', ')', '"', '“', '”', '\'', '’', '-', '–', '—', '/', '\n', '\t', '%'],
                     StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.ToLowerInvariant();
            if (Ignored.Contains(word) || !word.Any(char.IsLetter)) continue;
            stems.Add(Stem(word));
        }
        return stems;
    }

    private static string Stem(string word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)) word = word[..^2];
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal)) word = word[..^3] + "y";
        else if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)) word = word[..^1];
        return Synonyms.GetValueOrDefault(word, word);
    }

    private static Dictionary<string, string> Meanings(params string[][] groups)
    {
        var meanings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in groups)
            foreach (var word in group)
                meanings[word] = group[0];
        return meanings;
    }
}
