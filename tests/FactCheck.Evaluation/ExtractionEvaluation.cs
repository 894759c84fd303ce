using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using FactCheck.Domain;
using FactCheck.Domain.Extraction;

namespace FactCheck.Evaluation;

/// <summary>One labelled sentence: its text and the mentions a reader finds in it.</summary>
public sealed record LabelledText(string Text, IReadOnlyList<ExpectedMention> Mentions);

/// <summary>A mention as labelled: where it stands, its kind, and for proposed kinds its qualifier and value or range.</summary>
public sealed record ExpectedMention(string Text, int Start, string Kind, string? Qualifier, decimal? Value, decimal? Min, decimal? Max)
{
    public int End => Start + Text.Length;

    public bool IsProposed => Kind is "count" or "percent" or "money" or "other";
}

/// <summary>How well the extractor proposes claims: right value or range and qualifier, counted by overlapping spans.</summary>
public sealed record Scores(int Expected, int Proposed, int Correct, int NonCountsProposed, IReadOnlyList<string> Misses, IReadOnlyList<string> Spurious)
{
    public double Precision => Proposed == 0 ? 1 : (double)Correct / Proposed;

    public double Recall => Expected == 0 ? 1 : (double)Correct / Expected;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"precision {Precision:0.000} ({Correct}/{Proposed})  recall {Recall:0.000} ({Correct}/{Expected})  years/dates/ages/durations/ordinals proposed: {NonCountsProposed}");
}

public static class ExtractionEvaluation
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { NumberHandling = JsonNumberHandling.AllowReadingFromString };

    public static IReadOnlyList<LabelledText> Read(string path) =>
        File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => JsonSerializer.Deserialize<LabelledText>(l, Json)!).ToList();

    public static Scores Score(IEnumerable<LabelledText> labelled)
    {
        var (expected, proposed, correct, nonCounts) = (0, 0, 0, 0);
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
                if (match is { IsProposed: true } && Agrees(match, mention)) correct++;
                else
                {
                    if (match is { IsProposed: false }) nonCounts++;
                    spurious.Add($"{Describe(mention)} in: {item.Text}");
                }
            }
            foreach (var miss in wanted.Where(e => !found.Any(m => e.Start < m.End && m.Start < e.End && Agrees(e, m))))
                misses.Add($"'{miss.Text}' {miss.Qualifier} {miss.Value?.ToString(CultureInfo.InvariantCulture) ?? $"{miss.Min}..{miss.Max}"} in: {item.Text}");
        }
        return new Scores(expected, proposed, correct, nonCounts, misses, spurious);
    }

    /// <summary>Right value or range, and right qualifier.</summary>
    public static bool Agrees(ExpectedMention expected, NumberMention found) =>
        expected.Qualifier == Word(found.Qualifier) && expected.Value == found.Value && expected.Min == found.Min && expected.Max == found.Max;

    private static string Word(Qualifier qualifier) => JsonNamingPolicy.SnakeCaseLower.ConvertName(qualifier.ToString());

    private static string Describe(NumberMention m) =>
        $"'{m.Text}' {m.Kind} {Word(m.Qualifier)} {m.Value?.ToString(CultureInfo.InvariantCulture) ?? $"{m.Min}..{m.Max}"}";
}
