using FactCheck.Evaluation;

// Extraction: every .jsonl given (or the shipped set); suggestion: every .json given (or the shipped set).
var files = args.Length > 0 ? args : [Path.Combine(AppContext.BaseDirectory, "extraction-eval.jsonl"), Path.Combine(AppContext.BaseDirectory, "suggestion-eval.json")];
foreach (var file in files.Where(f => f.EndsWith(".jsonl", StringComparison.Ordinal)))
{
    var labelled = ExtractionEvaluation.Read(file);
    var scores = ExtractionEvaluation.Score(labelled);
    Console.WriteLine($"{Path.GetFileName(file)}: {scores}");
    Console.WriteLine($"  {"all",-16} {scores.Levels}");
    foreach (var family in labelled.Select(l => l.Family ?? "news").Distinct())
        Console.WriteLine($"  {family,-16} {ExtractionEvaluation.Score(labelled.Where(l => (l.Family ?? "news") == family)).Levels}");
    foreach (var miss in scores.Misses) Console.WriteLine($"  missed    {miss}");
    foreach (var extra in scores.Spurious) Console.WriteLine($"  spurious  {extra}");
}
foreach (var file in files.Where(f => f.EndsWith(".json", StringComparison.Ordinal)))
{
    var set = SuggestionEvaluation.Read(file);
    var scores = SuggestionEvaluation.Score(set);
    Console.WriteLine($"{Path.GetFileName(file)}: {scores}");
    foreach (var topic in set.Articles.Select(a => Topic(set, a)).Distinct())
        Console.WriteLine($"  {topic,-10} {SuggestionEvaluation.Score(set, a => Topic(set, a) == topic)}");
    foreach (var wrong in scores.Wrong) Console.WriteLine($"  wrong     {wrong}");
}

// An article's topic: the first segment of the quantities its figures are labelled with.
static string Topic(SuggestionSet set, SetArticle article) =>
    article.Figures.Select(f => f.Quantity).FirstOrDefault(q => q is not null)?.Split('/')[0] ?? "other";
