using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using FactCheck.Load;

// generate URL KEY CLAIMS QUANTITIES SOURCES: posts the store in imports of 10,000 claims, one of
// the quantities ("load/hot") getting 1,000 claims, and prints how long it took.
// fresh URL KEY SOURCE QUANTITY ROUNDS: how soon the findings answer after a write (FreshFindings).
if (args is ["fresh", var freshUrl, var freshKey, var source, var quantity, var rounds])
    return await FreshFindings.RunAsync(new Uri(freshUrl), freshKey, long.Parse(source, CultureInfo.InvariantCulture), quantity,
        int.Parse(rounds, CultureInfo.InvariantCulture));
if (args is not ["generate", var url, var key, var claimsText, var quantitiesText, var sourcesText])
{
    Console.Error.WriteLine("usage: generate URL API-KEY CLAIMS QUANTITIES SOURCES | fresh URL API-KEY SOURCE-ID QUANTITY ROUNDS");
    return 2;
}
var (claims, quantities, sources) = (int.Parse(claimsText, CultureInfo.InvariantCulture), int.Parse(quantitiesText, CultureInfo.InvariantCulture),
    int.Parse(sourcesText, CultureInfo.InvariantCulture));
using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(10) };
client.DefaultRequestHeaders.Add("X-Api-Key", key);

var clock = Stopwatch.StartNew();
var done = 0;
foreach (var batch in GeneratedStore.Batches(claims, quantities, sources))
{
    var document = new JsonObject
    {
        ["sources"] = new JsonArray(batch.Sources.Select(s => (JsonNode)new JsonObject
        {
            ["id"] = $"s{s.Number}", ["publisher"] = s.Publisher, ["title"] = s.Title, ["url"] = s.Url, ["published"] = "2025-09-01",
        }).ToArray()),
        ["quantities"] = new JsonArray(batch.Quantities.Select(q => (JsonNode)new JsonObject
        {
            ["key"] = q.Key, ["label"] = q.Label, ["unit"] = "people", ["kind"] = "event",
        }).ToArray()),
        ["claims"] = new JsonArray(batch.Claims.Select(c => (JsonNode)new JsonObject
        {
            ["source"] = $"s{c.Source}", ["quantity"] = c.Quantity, ["quote"] = c.Quote, ["qualifier"] = c.Qualifier, ["value"] = c.Value,
        }).ToArray()),
    };
    var response = await client.PostAsync("/imports", new StringContent(document.ToJsonString(), Encoding.UTF8, "application/json"));
    if (!response.IsSuccessStatusCode)
    {
        Console.Error.WriteLine($"import of claims {done}.. failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return 1;
    }
    done += batch.Claims.Count;
    Console.Error.Write($"\r{done:N0} claims in {clock.Elapsed.TotalSeconds:0.0} s");
}
Console.Error.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"imported {claims} claims over {quantities} quantities and {sources} sources in {clock.Elapsed.TotalSeconds:0.0} s ({claims / clock.Elapsed.TotalSeconds:0} claims/s)"));
return 0;
