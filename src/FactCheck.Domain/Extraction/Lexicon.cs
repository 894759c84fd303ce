using System.Collections.Frozen;

namespace FactCheck.Domain.Extraction;

/// <summary>The words the extractor knows, looked up without allocating.</summary>
internal static class Lexicon
{
    public static readonly FrozenDictionary<string, int> Units = Words(
        ("zero", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8),
        ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14), ("fifteen", 15),
        ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("nineteen", 19));

    public static readonly FrozenDictionary<string, int> Tens = Words(
        ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90));

    public static readonly FrozenDictionary<string, decimal> Scales = Words(
        ("thousand", 1_000m), ("million", 1_000_000m), ("billion", 1_000_000_000m), ("trillion", 1_000_000_000_000m),
        ("thousands", 1_000m), ("millions", 1_000_000m), ("billions", 1_000_000_000m), ("trillions", 1_000_000_000_000m),
        ("mln", 1_000_000m), ("mn", 1_000_000m), ("bln", 1_000_000_000m), ("bn", 1_000_000_000m), ("b", 1_000_000_000m),
        ("tn", 1_000_000_000_000m), ("trn", 1_000_000_000_000m), ("m", 1_000_000m), ("k", 1_000m));

    /// <summary>The parts a whole is cut into, as words: "thirds", "a quarter", "half".</summary>
    public static readonly FrozenDictionary<string, int> Denominators = Words(
        ("half", 2), ("halves", 2), ("third", 3), ("thirds", 3), ("quarter", 4), ("quarters", 4), ("fourth", 4), ("fourths", 4),
        ("fifth", 5), ("fifths", 5), ("sixth", 6), ("sixths", 6), ("seventh", 7), ("sevenths", 7), ("eighth", 8), ("eighths", 8),
        ("ninth", 9), ("ninths", 9), ("tenth", 10), ("tenths", 10), ("hundredth", 100), ("hundredths", 100));

    /// <summary>Words of change before "from": "rose from 10 to 20" is two figures, not a range.</summary>
    public static readonly FrozenSet<string> ChangeWords = Set(
        "rose", "risen", "rise", "rises", "rising", "fell", "fallen", "fall", "falls", "falling", "increased", "increase", "increases",
        "increasing", "decreased", "decrease", "decreases", "grew", "grown", "grow", "growing", "dropped", "drop", "drops", "climbed",
        "climb", "jumped", "jump", "declined", "decline", "declining", "went", "gone", "cut", "cuts", "raised", "raise", "lowered",
        "doubled", "tripled", "halved", "changed", "change", "moved", "shrank", "shrunk", "slipped", "soared", "surged", "plunged",
        "slumped", "swelled", "widened", "narrowed", "improved", "worsened", "expanded", "contracted", "reduced", "boosted", "upped",
        "revised", "hiked", "slashed", "trimmed", "edged", "inched", "leapt", "leaped", "tumbled", "sank", "dipped", "spiked", "shift",
        "shifted", "shifts", "swing", "swung", "fallen", "jumps", "climbs", "rises", "grows", "gains", "gained", "slid", "slide", "slides",
        "sliding", "eased", "rallied", "recovered", "advanced", "retreated", "lost", "added", "dropping", "sinking", "soaring");

    /// <summary>Verbs of extent: "spread over 800 acres" says where, not "more than 800".</summary>
    public static readonly FrozenSet<string> ExtentWords = Set(
        "spread", "spreads", "spreading", "stretched", "stretches", "stretching", "extends", "extended", "extending", "scattered",
        "sprawls", "sprawled", "sprawling", "spanning", "spans", "spanned", "flew", "flying", "hovered", "hovering", "orbits", "orbiting",
        "built", "lies", "lay", "sits", "located", "situated");

    /// <summary>Words after a length that say it is one ("3m high", "the 100m freestyle"), not a count.</summary>
    public static readonly FrozenSet<string> LengthWords = Set(
        "high", "tall", "long", "deep", "wide", "thick", "above", "below", "away", "race", "sprint", "dash", "relay", "freestyle",
        "hurdles", "backstroke", "breaststroke", "butterfly", "final", "record");

    public static readonly FrozenDictionary<string, int> Ordinals = Words(
        ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7), ("eighth", 8),
        ("ninth", 9), ("tenth", 10), ("eleventh", 11), ("twelfth", 12), ("thirteenth", 13), ("fourteenth", 14), ("fifteenth", 15),
        ("sixteenth", 16), ("seventeenth", 17), ("eighteenth", 18), ("nineteenth", 19), ("twentieth", 20), ("thirtieth", 30),
        ("fortieth", 40), ("fiftieth", 50), ("hundredth", 100), ("thousandth", 1000));

    public static readonly FrozenDictionary<string, int> Months = Words(
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7), ("august", 8),
        ("september", 9), ("october", 10), ("november", 11), ("december", 12), ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4),
        ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12));

    public static readonly FrozenSet<string> TimeUnits = Set(
        "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
        "second", "seconds", "decade", "decades", "century", "centuries", "yr", "yrs");

    public static readonly FrozenDictionary<string, string> CurrencyWords = Words(
        ("dollar", "usd"), ("dollars", "usd"), ("usd", "usd"), ("euro", "eur"), ("euros", "eur"), ("eur", "eur"),
        ("pound", "gbp"), ("pounds", "gbp"), ("gbp", "gbp"), ("yen", "jpy"), ("rouble", "rub"), ("roubles", "rub"),
        ("ruble", "rub"), ("rubles", "rub"), ("zloty", "pln"), ("zlotys", "pln"), ("hryvnia", "uah"), ("hryvnias", "uah"),
        ("yuan", "cny"), ("francs", "chf"), ("rupees", "inr"));

    public static readonly FrozenDictionary<char, string> CurrencySymbols = new Dictionary<char, string>
    {
        ['$'] = "usd", ['€'] = "eur", ['£'] = "gbp", ['¥'] = "jpy", ['₽'] = "rub", ['₴'] = "uah",
    }.ToFrozenDictionary();

    /// <summary>Words that end the noun phrase a number counts: verbs, prepositions, conjunctions, determiners.</summary>
    public static readonly FrozenSet<string> PhraseEnds = Set(
        "a", "an", "the", "have", "has", "had", "were", "was", "are", "is", "be", "been", "being", "will", "would", "could",
        "should", "may", "might", "can", "did", "do", "does", "in", "on", "at", "to", "from", "for", "by", "with", "as",
        "and", "or", "but", "nor", "that", "who", "whom", "which", "whose", "than", "since", "after", "before", "during",
        "while", "into", "onto", "about", "per", "according", "this", "its", "their", "his", "her", "our", "your", "my",
        "not", "also", "if", "when", "where", "because", "so", "said", "says", "say", "told", "including", "like", "under",
        "over", "between", "among", "against", "out", "up", "down", "off", "more", "less", "fewer", "most", "least", "last",
        "ago", "later", "earlier", "then", "there", "here", "it", "they", "he", "she", "we", "you", "i", "them", "him",
        "just", "only", "each", "both", "all", "any", "some", "no", "other", "another", "such", "what", "how", "why",
        "remain", "remains", "live", "lives", "need", "needs", "face", "faces", "take", "took", "make", "made", "get", "got",
        "went", "came", "left", "stay", "die", "flee", "walk", "work", "wait", "say");

    /// <summary>Heads of noun phrases that count people.</summary>
    public static readonly FrozenSet<string> PersonNouns = Set(
        "people", "persons", "person", "prisoners", "prisoner", "detainees", "nationals", "citizens", "journalists", "activists",
        "workers", "children", "women", "men", "residents", "refugees", "migrants", "soldiers", "civilians", "students",
        "voters", "members", "employees", "patients", "victims", "inmates", "protesters", "protestors", "dissidents", "leaders",
        "candidates", "officials", "deaths", "dead", "killed", "wounded", "injured", "hostages", "bandits", "individuals",
        "adults", "teenagers", "doctors", "nurses", "teachers", "troops", "fighters", "opponents", "critics", "lawyers",
        "released", "imprisoned", "detained", "arrested", "freed", "designated", "foreigners", "immigrants", "delegates");

    private static FrozenDictionary<string, T> Words<T>(params (string Word, T Value)[] words) =>
        words.ToFrozenDictionary(w => w.Word, w => w.Value, StringComparer.OrdinalIgnoreCase);

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool TryGet<T>(this FrozenDictionary<string, T> words, ReadOnlySpan<char> word, out T value) =>
        words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out value!);

    public static bool Has(this FrozenSet<string> words, ReadOnlySpan<char> word) =>
        words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
