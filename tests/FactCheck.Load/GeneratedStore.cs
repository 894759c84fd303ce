using System.Globalization;

namespace FactCheck.Load;

/// <summary>
/// The load run's large store, in batches of 10,000 claims: one of the quantities ("load/hot") gets 1,000 claims, a
/// twentieth of the rest say twice the quantity's true figure. The same seed gives the same rows, so the API's bulk
/// import (FactCheck.Load) and the bare batched insert (FactCheck.Baseline import) write the very same store.
/// </summary>
internal static class GeneratedStore
{
    public const int Chunk = 10_000;
    private const int Hot = 1_000;

    public sealed record Source(int Number, string Publisher, string Title, string Url);

    public sealed record Quantity(string Key, string Label);

    public sealed record Claim(int Source, string Quantity, string Quote, string Qualifier, int Value);

    public sealed record Batch(IReadOnlyList<Source> Sources, IReadOnlyList<Quantity> Quantities, IReadOnlyList<Claim> Claims);

    public static IEnumerable<Batch> Batches(int claims, int quantities, int sources)
    {
        var random = new Random(42);
        var truth = Enumerable.Range(0, quantities).Select(_ => random.Next(100, 100_000)).ToArray();
        for (var first = 0; first < claims; first += Chunk)
        {
            var items = Enumerable.Range(first, Math.Min(Chunk, claims - first)).Select(i =>
            {
                var quantity = i < Hot ? -1 : random.Next(quantities);
                var value = quantity < 0 ? 1_300 + random.Next(-50, 50) : truth[quantity] * (random.Next(20) == 0 ? 2 : 1);
                return (Id: i, Source: random.Next(sources), Quantity: quantity, Value: value,
                    Qualifier: random.Next(4) switch { 0 => "more_than", 1 => "up_to", _ => "exact" });
            }).ToList();
            yield return new Batch(
                items.Select(c => c.Source).Distinct().Select(s => new Source(s, $"Publisher {s % 500}", $"Article {s}", $"https://load.example/{s}")).ToList(),
                items.Select(c => c.Quantity).Distinct().Select(q => new Quantity(Key(q), $"Load quantity {q}")).ToList(),
                items.Select(c => new Claim(c.Source, Key(c.Quantity), string.Create(CultureInfo.InvariantCulture, $"load claim {c.Id}"), c.Qualifier, c.Value)).ToList());
        }
    }

    private static string Key(int quantity) => quantity < 0 ? "load/hot" : string.Create(CultureInfo.InvariantCulture, $"load/q{quantity}");
}
