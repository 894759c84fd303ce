using System.Globalization;
using System.Text.Json;
using FactCheck.Domain;
using FactCheck.Domain.Extraction;

namespace FactCheck.Evaluation;

/// <summary>A labelled set for quantity suggestion: the stored quantities, and articles whose figures are labelled with the one each measures.</summary>
public sealed record SuggestionSet(IReadOnlyList<SetQuantity> Quantities, IReadOnlyList<SetArticle> Articles);

/// <summary>A stored quantity, with the dates its claims describe.</summary>
public sealed record SetQuantity(string Key, string Label, string Unit, string Kind, int? WindowDays, IReadOnlyList<string>? Aliases, IReadOnlyList<DateOnly> Dates)
{
    public QuantityName Name => new(Key, Label, Unit, Aliases ?? [], Kind == "stock" ? QuantityKind.Stock : QuantityKind.Event, WindowDays, Dates.Min(), Dates.Max());
}

/// <summary>An article, and its figures: the words that find each one, and the quantity it measures (null: none stored, a new one is right).</summary>
public sealed record SetArticle(DateOnly Published, string Text, IReadOnlyList<SetFigure> Figures);

public sealed record SetFigure(string At, string? Quantity);

/// <summary>Top-1 and top-3 accuracy of the suggestions, with every wrong first choice.</summary>
public sealed record SuggestionScores(int Labelled, int Top1, int Top3, int Unproposed, IReadOnlyList<string> Wrong)
{
    public double Top1Accuracy => (double)Top1 / Labelled;

    public double Top3Accuracy => (double)Top3 / Labelled;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"top-1 {Top1Accuracy:0.000} ({Top1}/{Labelled})  top-3 {Top3Accuracy:0.000} ({Top3}/{Labelled})  figures not proposed: {Unproposed}");
}

public static class SuggestionEvaluation
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static SuggestionSet Read(string path) => JsonSerializer.Deserialize<SuggestionSet>(File.ReadAllText(path), Options)!;

    /// <summary>
    /// Scores each labelled figure: top-1 when the suggestion is its quantity (or, labelled new, there is no suggestion and a
    /// new quantity is proposed); top-3 when its quantity is among the first three candidates (labelled new: as top-1).
    /// </summary>
    public static SuggestionScores Score(SuggestionSet set, Func<SetArticle, bool>? which = null)
    {
        var suggester = new QuantitySuggester(set.Quantities.Select(q => q.Name).ToList());
        int labelled = 0, top1 = 0, top3 = 0, unproposed = 0;
        var wrong = new List<string>();
        foreach (var article in set.Articles.Where(which ?? (_ => true)))
        {
            var mentions = NumberExtractor.Extract(article.Text);
            var suggestions = suggester.Suggest(article.Text, mentions, article.Published);
            foreach (var figure in article.Figures)
            {
                labelled++;
                var at = article.Text.IndexOf(figure.At, StringComparison.Ordinal);
                var index = mentions.ToList().FindIndex(m => m.IsProposed && m.Start < at + figure.At.Length && at < m.End);
                if (index < 0) { unproposed++; wrong.Add($"'{figure.At}' is not proposed: {article.Text}"); continue; }
                var (mention, suggestion) = (mentions[index], suggestions[index]);
                var first = figure.Quantity is null ? suggestion.SuggestedKey is null && suggestion.NewQuantity is not null : suggestion.SuggestedKey == figure.Quantity;
                var inThree = figure.Quantity is null ? first : suggestion.Candidates.Take(3).Any(c => c.Key == figure.Quantity);
                if (first) top1++;
                if (inThree) top3++;
                if (!first)
                    wrong.Add($"'{mention.Text}' ({article.Published:yyyy-MM-dd}) wants {figure.Quantity ?? "a new quantity"}, got "
                              + (suggestion.SuggestedKey is { } key ? $"{key} ({suggestion.Candidates[0].Reason})" : $"new {suggestion.NewQuantity?.Key}")
                              + (inThree ? " [in top 3]" : ""));
            }
        }
        return new SuggestionScores(labelled, top1, top3, unproposed, wrong);
    }
}
