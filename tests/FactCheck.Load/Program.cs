using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

// generate URL KEY CLAIMS QUANTITIES SOURCES: posts the store in imports of 10,000 claims, one of
// the quantities ("load/hot") getting 1,000 claims, and prints how long it took.
if (args is not ["generate", var url, var key, var claimsText, var quantitiesText, var sourcesText])
{
    Console.Error.WriteLine("usage: generate URL API-KEY CLAIMS QUANTITIES SOURCES");
    return 2;
}
var (claims, quantities, sources) = (int.Parse(claimsText, CultureInfo.InvariantCulture), int.Parse(quantitiesText, CultureInfo.InvariantCulture),
    int.Parse(sourcesText, CultureInfo.InvariantCulture));
const int Chunk = 10_000;
const int Hot = 1_000;
var random = new Random(42);
var truth = Enumerable.Range(0, quantities).Select(_ => random.Next(100, 100_000)).ToArray();
using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(10) };
client.DefaultRequestHeaders.Add("X-Api-Key", key);

var clock = Stopwatch.StartNew();
for (var first = 0; first < claims; first += Chunk)
{
    var items = Enumerable.Range(first, Math.Min(Chunk, claims - first)).Select(i =>
    {
        var quantity = i < Hot ? -1 : random.Next(quantities);
        var value = quantity < 0 ? 1_300 + random.Next(-50, 50) : truth[quantity] * (random.Next(20) == 0 ? 2 : 1);
        return (Id: i, Source: random.Next(sources), Quantity: quantity, Value: value, Qualifier: random.Next(4) switch { 0 => "more_than", 1 => "up_to", _ => "exact" });
    }).ToList();
    string QuantityKey(int q) => q < 0 ? "load/hot" : $"load/q{q}";
    var document = new JsonObject
    {
        ["sources"] = new JsonArray(items.Select(c => c.Source).Distinct().Select(s => (JsonNode)new JsonObject
        {
            ["id"] = $"s{s}", ["publisher"] = $"Publisher {s % 500}", ["title"] = $"Article {s}", ["url"] = $"https://load.example/{s}", ["published"] = "2025-09-01",
        }).ToArray()),
        ["quantities"] = new JsonArray(items.Select(c => c.Quantity).Distinct().Select(q => (JsonNode)new JsonObject
        {
            ["key"] = QuantityKey(q), ["label"] = $"Load quantity {q}", ["unit"] = "people", ["kind"] = "event",
        }).ToArray()),
        ["claims"] = new JsonArray(items.Select(c => (JsonNode)new JsonObject
        {
            ["source"] = $"s{c.Source}", ["quantity"] = QuantityKey(c.Quantity), ["quote"] = $"load claim {c.Id}", ["qualifier"] = c.Qualifier, ["value"] = c.Value,
        }).ToArray()),
    };
    var response = await client.PostAsync("/imports", new StringContent(document.ToJsonString(), Encoding.UTF8, "application/json"));
    if (!response.IsSuccessStatusCode)
    {
        Console.Error.WriteLine($"import of claims {first}.. failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return 1;
    }
    Console.Error.Write($"\r{first + items.Count:N0} claims in {clock.Elapsed.TotalSeconds:0.0} s");
}
Console.Error.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"imported {claims} claims over {quantities} quantities and {sources} sources in {clock.Elapsed.TotalSeconds:0.0} s ({claims / clock.Elapsed.TotalSeconds:0} claims/s)"));
return 0;
