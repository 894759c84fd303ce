using System.Globalization;

namespace FactCheck.Domain.Extraction;

/// <summary>A span of days a text speaks of, from one day ("on 11 September") to a month or a year ("in June", "in 2025").</summary>
/// <param name="Said">The words that gave it, as written.</param>
/// <param name="Grain">How finely it was said: a day, a month or a year (a week reads as days).</param>
public sealed record TimeSaid(DateOnly From, DateOnly To, string Said, TimeGrain Grain)
{
    /// <summary>Days from this span to <paramref name="other"/>: 0 when they overlap.</summary>
    public int DaysTo(TimeSaid other) =>
        other.From > To ? other.From.DayNumber - To.DayNumber : From > other.To ? From.DayNumber - other.To.DayNumber : 0;

    /// <summary>"11 September 2025", "June 2025", "2025", or "3 to 9 June 2025".</summary>
    public string Written => Grain switch
    {
        TimeGrain.Year => From.Year.ToString(CultureInfo.InvariantCulture),
        TimeGrain.Month => From.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        _ when From == To => From.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        _ => $"{From.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} to {To.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}",
    };

    /// <summary>The span as a key segment: 2025-09-11, 2025-06 or 2025.</summary>
    public string KeySegment => Grain switch
    {
        TimeGrain.Year => From.ToString("yyyy", CultureInfo.InvariantCulture),
        TimeGrain.Month => From.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public static TimeSaid Day(DateOnly day, string said) => new(day, day, said, TimeGrain.Day);

    public static TimeSaid Month(int year, int month, string said) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), said, TimeGrain.Month);

    public static TimeSaid Year(int year, string said) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), said, TimeGrain.Year);
}

public enum TimeGrain { Day, Month, Year }

/// <summary>
/// Reads when a stretch of text says something happened: a date ("11 September 2025", "Sept. 11", "2025-09-11"), a month
/// ("in June", "June's"), a year ("in 2025"), a weekday ("on Saturday": the nearest one to the publication date), or a
/// word relative to it ("yesterday", "last week", "last month", "this year"). Dates that open or close a period
/// ("since 2020", "until June") say when the figure's count began or ends, not when it stood, so they are passed over.
/// </summary>
public static class TimeReader
{
    private static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    private static readonly HashSet<string> Bounds = new(StringComparer.OrdinalIgnoreCase) { "since", "after", "before", "until", "till", "from", "through" };

    /// <summary>Whether a lowercase word names a month or a weekday: a date's word, not a name's.</summary>
    public static bool IsTimeWord(string word) => Lexicon.Months.TryGet(word, out _) || Array.IndexOf(Weekdays, word) >= 0;

    /// <summary>Every time <paramref name="text"/> speaks of, in order, with where its words stand.</summary>
    /// <param name="published">The day the text was published, which fixes "Saturday", "June" without a year and "last week".</param>
    public static IReadOnlyList<(TimeSaid Time, int Start, int End)> Read(string text, DateOnly? published)
    {
        var words = Words(text);
        var found = new List<(TimeSaid, int, int)>();
        for (var i = 0; i < words.Count; i++)
        {
            var bounded = i > 0 && Bounds.Contains(words[i - 1].Text);
            var read = ReadAt(text, words, i, published);
            if (read is not { } time) continue;
            if (!bounded) found.Add((time.Time, words[i].Start, words[time.Last].End));
            i = time.Last;
        }
        return found;
    }

    /// <summary>
    /// The time a figure at <paramref name="position"/> of <paramref name="clause"/> stands for: one said in its own stretch
    /// (<paramref name="from"/> to <paramref name="to"/>: "14,200 in January"), else the nearest before it in the clause; none
    /// when that only says the month or year the text was published in.
    /// </summary>
    public static TimeSaid? Nearest(string clause, int position, int from, int to, DateOnly? published)
    {
        var times = Read(clause, published);
        var time = times.Where(t => t.Start >= from && t.End <= to).OrderBy(t => Math.Min(Math.Abs(t.Start - position), Math.Abs(t.End - position))).FirstOrDefault().Time
                   ?? times.LastOrDefault(t => t.End <= position).Time;
        // "This year" or "in June" said in a text of that year or month tells no more than its publication date does.
        return time is { Grain: not TimeGrain.Day } && published is { } day && time.From <= day && day <= time.To ? null : time;
    }

    /// <summary>The date of a quantity, read from its label or from a date segment of its key ("…/2025-09-11/…").</summary>
    public static TimeSaid? OfName(string key, string label) =>
        Read(label, null).FirstOrDefault().Time ?? key.Split('/').Select(FromKeySegment).FirstOrDefault(t => t is not null);

    private static TimeSaid? FromKeySegment(string segment)
    {
        var parts = segment.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || !parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit))) return null;
        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        if (year is < 1900 or > 2200) return null;
        if (parts.Length == 1) return TimeSaid.Year(year, segment);
        var month = int.Parse(parts[1], CultureInfo.InvariantCulture);
        if (month is < 1 or > 12) return null;
        if (parts.Length == 2) return TimeSaid.Month(year, month, segment);
        var day = int.Parse(parts[2], CultureInfo.InvariantCulture);
        return day >= 1 && day <= DateTime.DaysInMonth(year, month) ? TimeSaid.Day(new DateOnly(year, month, day), segment) : null;
    }

    private readonly record struct Word(string Text, int Start, int End)
    {
        public bool IsNumber => Text.All(char.IsAsciiDigit);
        public int Number => int.Parse(Text, CultureInfo.InvariantCulture);
    }

    private static List<Word> Words(string text)
    {
        var words = new List<Word>();
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            var digits = char.IsAsciiDigit(text[i]);
            while (i < text.Length && (digits ? char.IsAsciiDigit(text[i]) : char.IsLetter(text[i]))) i++;
            words.Add(new Word(text[start..i], start, i));
        }
        return words;
    }

    // The time said from word i on, and the last word it takes.
    private static (TimeSaid Time, int Last)? ReadAt(string text, List<Word> words, int i, DateOnly? published)
    {
        var word = words[i];
        var lower = word.Text.ToLowerInvariant();
        string Span(int last) => text[word.Start..words[last].End];
        bool IsYear(int j) => j < words.Count && words[j].IsNumber && words[j].Text.Length == 4 && words[j].Number is >= 1900 and <= 2200;
        bool IsDay(int j) => j < words.Count && words[j].IsNumber && words[j].Text.Length <= 2 && words[j].Number is >= 1 and <= 31;
        bool IsMonth(int j, out int month)
        {
            month = 0;
            return j < words.Count && char.IsUpper(words[j].Text[0]) && Lexicon.Months.TryGet(words[j].Text, out month)
                   // "May said…" is a name: May is the month only beside a day or year, or after "in", "of", "since", "by".
                   && !(words[j].Text is "May" && !IsYear(j + 1) && !IsDay(j + 1) && !(j > 0 && (IsDay(j - 1) || words[j - 1].Text is "in" or "of" or "since" or "by" or "early" or "late" or "mid")));
        }

        // 2025-09-11
        if (IsYear(i) && i + 2 < words.Count && words[i + 1].IsNumber && words[i + 2].IsNumber && text[word.End] == '-'
            && words[i + 1].Start == word.End + 1 && FromKeySegment(Span(i + 2)) is { } iso)
            return (iso, i + 2);
        // 11 September (2025), September 11(, 2025), September (2025)
        if (IsDay(i) && IsMonth(i + 1, out var m1))
        {
            var last = IsYear(i + 2) ? i + 2 : i + 1;
            return Dated(IsYear(i + 2) ? words[i + 2].Number : null, m1, word.Number, Span(last), published) is { } t ? (t, last) : null;
        }
        if (IsMonth(i, out var month))
        {
            if (IsDay(i + 1) && !(i + 2 < words.Count && words[i + 2].IsNumber && !IsYear(i + 2)))
            {
                var last = IsYear(i + 2) ? i + 2 : i + 1;
                return Dated(IsYear(i + 2) ? words[i + 2].Number : null, month, words[i + 1].Number, Span(last), published) is { } t ? (t, last) : null;
            }
            var year = IsYear(i + 1) ? words[i + 1].Number : YearOf(month, published);
            return year is { } y ? (TimeSaid.Month(y, month, Span(IsYear(i + 1) ? i + 1 : i)), IsYear(i + 1) ? i + 1 : i) : null;
        }
        // in 2025, 2025's
        if (IsYear(i) && i > 0 && words[i - 1].Text is "in" or "In" or "of" or "during" or "for")
            return (TimeSaid.Year(word.Number, word.Text), i);
        if (published is not { } day) return null;
        var weekday = Array.IndexOf(Weekdays, lower);
        if (weekday >= 0 && char.IsUpper(word.Text[0]))
        {
            // The nearest such weekday to the publication date: "on Saturday" the day before, "on Sunday" two days after a Friday.
            var back = ((int)day.DayOfWeek - weekday + 7) % 7;
            var when = back <= 3 ? day.AddDays(-back) : day.AddDays(7 - back);
            return (TimeSaid.Day(when, word.Text), i);
        }
        var next = i + 1 < words.Count ? words[i + 1].Text.ToLowerInvariant() : "";
        return lower switch
        {
            "today" or "tonight" => (TimeSaid.Day(day, word.Text), i),
            "yesterday" or "overnight" => (TimeSaid.Day(day.AddDays(-1), word.Text), i),
            // "at the weekend", "last weekend": the Saturday and Sunday on or before the publication date.
            "the" or "last" or "this" or "past" when next == "weekend" =>
                (new TimeSaid(day.AddDays(-(((int)day.DayOfWeek + 1) % 7)), day.AddDays(-(((int)day.DayOfWeek + 1) % 7) + 1), Span(i + 1), TimeGrain.Day), i + 1),
            "last" or "this" or "past" when next == "week" =>
                (new TimeSaid(day.AddDays(lower == "this" ? -6 : -13), lower == "this" ? day : day.AddDays(-1), Span(i + 1), TimeGrain.Day), i + 1),
            "last" or "this" when next == "month" =>
                (lower == "this" ? TimeSaid.Month(day.Year, day.Month, Span(i + 1)) : TimeSaid.Month(day.AddMonths(-1).Year, day.AddMonths(-1).Month, Span(i + 1)), i + 1),
            "last" or "this" when next == "year" => (TimeSaid.Year(lower == "this" ? day.Year : day.Year - 1, Span(i + 1)), i + 1),
            _ => null,
        };
    }

    private static TimeSaid? Dated(int? year, int month, int day, string said, DateOnly? published)
    {
        var y = year ?? YearOf(month, published);
        return y is { } known && day <= DateTime.DaysInMonth(known, month) ? TimeSaid.Day(new DateOnly(known, month, day), said) : null;
    }

    // A month said without its year is the latest such month not after the publication date (a text of September means last December by "December").
    private static int? YearOf(int month, DateOnly? published) =>
        published is { } day ? (month <= day.Month ? day.Year : day.Year - 1) : null;
}
