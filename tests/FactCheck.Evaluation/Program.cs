using FactCheck.Evaluation;

var files = args.Length > 0 ? args : [Path.Combine(AppContext.BaseDirectory, "extraction-eval.jsonl")];
foreach (var file in files)
{
    var scores = ExtractionEvaluation.Score(ExtractionEvaluation.Read(file));
    Console.WriteLine($"{Path.GetFileName(file)}: {scores}");
    foreach (var miss in scores.Misses) Console.WriteLine($"  missed    {miss}");
    foreach (var extra in scores.Spurious) Console.WriteLine($"  spurious  {extra}");
}
