using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using FactCheck.Domain;
using FactCheck.Domain.Extraction;

namespace FactCheck.Evaluation;

/// <summary>One labelled sentence: its text, the mentions a reader finds in it, and the family of cases it belongs to (news, signs, fractions...).</summary>
public sealed record LabelledText(string Text, IReadOnlyList<ExpectedMention> Mentions, string? Family = null);

/// <summary>A mention as labelled: where it stands, its kind, and for proposed kinds its qualifier and value or range.</summary>
public sealed record ExpectedMention(string Text, int Start, string Kind, string? Qualifier, decimal? Value, decimal? Min, decimal? Max, string? Unit = null)
{
    public int End => Start + Text.Length;

    public bool IsProposed => Kind is "count" or "percent" or "money" or "other" or "measure";
}

/// <summary>Precision, recall and F1 at one strictness: how many proposals agree with the labels that far.</summary>
public sealed record LevelScore(int Expected, int Proposed, int Correct)
{
    public double Precision => Proposed == 0 ? 1 : (double)Correct / Proposed;

    public double Recall => Expected == 0 ? 1 : (double)Correct / Expected;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000}");
}

/// <summary>
/// How well the extractor proposes claims, counted by overlapping spans: right value or range (<see cref="Value"/>), and
/// qualifier too (<see cref="Correct"/>, the headline figure), and the unit too where the label gives one (<see cref="WithUnit"/>).
/// </summary>
public sealed record Scores(int Expected, int Proposed, int Correct, int NonCountsProposed, IReadOnlyList<string> Misses, IReadOnlyList<string> Spurious,
    int CorrectValue = 0, int CorrectUnit = 0)
{
    public double Precision => Proposed == 0 ? 1 : (double)Correct / Proposed;

    public double Recall => Expected == 0 ? 1 : (double)Correct / Expected;

    public LevelScore Value => new(Expected, Proposed, CorrectValue);

    public LevelScore ValueQualifier => new(Expected, Proposed, Correct);

    public LevelScore WithUnit => new(Expected, Proposed, CorrectUnit);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"precision {Precision:0.000} ({Correct}/{Proposed})  recall {Recall:0.000} ({Correct}/{Expected})  years/dates/ages/durations/ordinals proposed: {NonCountsProposed}");

    /// <summary>F1 at the three strictnesses, with the counts.</summary>
    public string Levels => string.Create(CultureInfo.InvariantCulture,
        $"{Expected,4} labelled {Proposed,4} proposed | value {Value} | +qualifier {ValueQualifier} | +unit {WithUnit}");
}

public static class ExtractionEvaluation
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { NumberHandling = JsonNumberHandling.AllowReadingFromString };

    public static IReadOnlyList<LabelledText> Read(string path) =>
        File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => JsonSerializer.Deserialize<LabelledText>(l, Json)!).ToList();

    public static Scores Score(IEnumerable<LabelledText> labelled)
    {
        var (expected, proposed, correct, nonCounts, correctValue, correctUnit) = (0, 0, 0, 0, 0, 0);
        var misses = new List<string>();
        var spurious = new List<string>();
        foreach (var item in labelled)
        {
            var found = NumberExtractor.Extract(item.Text).Where(m => m.IsProposed).ToList();
            var wanted = item.Mentions.Where(m => m.IsProposed).ToList();
            expected += wanted.Count;
            proposed += found.Count;
            foreach (var mention in found)
            {
                var match = item.Mentions.FirstOrDefault(e => e.Start < mention.End && mention.Start < e.End);
                if (match is { IsProposed: true } && SameFigure(match, mention)) correctValue++;
                if (match is { IsProposed: true } && Agrees(match, mention))
                {
                    correct++;
                    if (match.Unit is null || match.Unit == mention.Unit) correctUnit++;
                    else spurious.Add($"{Describe(mention)} in {mention.Unit}, not {match.Unit}, in: {item.Text}");
                }
                else
                {
                    if (match is { IsProposed: false }) nonCounts++;
                    spurious.Add($"{Describe(mention)} in: {item.Text}");
                }
            }
            foreach (var miss in wanted.Where(e => !found.Any(m => e.Start < m.End && m.Start < e.End && Agrees(e, m))))
                misses.Add($"'{miss.Text}' {miss.Qualifier} {miss.Value?.ToString(CultureInfo.InvariantCulture) ?? $"{miss.Min}..{miss.Max}"} in: {item.Text}");
        }
        return new Scores(expected, proposed, correct, nonCounts, misses, spurious, correctValue, correctUnit);
    }

    /// <summary>Right value or range, and right qualifier.</summary>
    public static bool Agrees(ExpectedMention expected, NumberMention found) =>
        expected.Qualifier == Word(found.Qualifier) && SameFigure(expected, found);

    /// <summary>Right value or range, to 12 significant digits (a label of a third holds 0.333…3 to 16).</summary>
    public static bool SameFigure(ExpectedMention expected, NumberMention found) =>
        Same(expected.Value, found.Value) && Same(expected.Min, found.Min) && Same(expected.Max, found.Max);

    private static bool Same(decimal? a, decimal? b) =>
        a is null ? b is null : b is { } other && Math.Abs(a.Value - other) <= 1e-12m * Math.Max(1, Math.Abs(a.Value));

    private static string Word(Qualifier qualifier) => JsonNamingPolicy.SnakeCaseLower.ConvertName(qualifier.ToString());

    private static string Describe(NumberMention m) =>
        $"'{m.Text}' {m.Kind} {Word(m.Qualifier)} {m.Value?.ToString(CultureInfo.InvariantCulture) ?? $"{m.Min}..{m.Max}"}";
}
