using System.Net;
using System.Text.Json.Nodes;

namespace FactCheck.Api.Tests;

/// <summary>Creates the records a test needs, each with names of its own.</summary>
internal static class Records
{
    public const string Text = "Viasna says more than 1,100 political prisoners are held; officials say about 4.0% were freed.";

    public static async Task<long> SourceAsync(HttpClient client, string? text = Text, string? url = null)
    {
        var created = await (await client.PostJsonAsync("/sources", new
        {
            publisher = "Test Wire",
            title = $"Report {Guid.NewGuid():N}",
            url = url ?? $"https://example.org/{Guid.NewGuid():N}",
            publishedAt = "2025-09-12",
            text,
        })).JsonAsync(HttpStatusCode.Created);
        return (long)created["id"]!;
    }

    public static async Task<string> QuantityAsync(HttpClient client, string unit = "people", string kind = "event")
    {
        var key = $"test/{Guid.NewGuid():N}";
        await (await client.PostJsonAsync("/quantities", new
        {
            key,
            label = "A test quantity",
            unit,
            kind,
            windowDays = kind == "stock" ? 31 : (int?)null,
        })).JsonAsync(HttpStatusCode.Created);
        return key;
    }

    public static async Task<JsonNode> ClaimAsync(HttpClient client, long sourceId, string quantityKey, string quote = "more than 1,100 political prisoners",
        string qualifier = "more_than", decimal value = 1100)
    {
        return await (await client.PostJsonAsync("/claims", new { sourceId, quantityKey, quote, qualifier, value }))
            .JsonAsync(HttpStatusCode.Created);
    }
}
