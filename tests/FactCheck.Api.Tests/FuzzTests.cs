using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace FactCheck.Api.Tests;

/// <summary>
/// Thousands of malformed, oversized, wrong-typed, deeply nested, non-UTF-8 and injection-laden
/// requests against every operation of the OpenAPI document, with a live key: none may answer 5xx,
/// every refusal is problem+json, and the store is exactly as it was.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output) : IDisposable
{
    // "%00" in a path reaches the API only through Kestrel, as "%01" (RequestLineNulTests); the in-process test server throws on it.
    private static readonly string[] Ids = ["abc", "-1", "0", "99999999999999999999", "1;DROP TABLE claims", "1e5", "%27%20OR%201%3D1", "1%01"];
    private static readonly string[] Keys = ["..%2F..%2Fetc%2Fpasswd", "%27%20OR%201%3D1%20--", "%ZZ", "a%20b", new string('k', 3000), "%F0%28%8C%28", "<script>alert(1)</script>", "a%01b"];
    private static readonly string[] QueryValues =
    [
        "", "abc", "-1", "1e999", "%00", "%27%20OR%201%3D1--", "%FF%FE", new string('q', 20_000), "2025-13-45", "[]",
        // Boundaries: past long, crafted cursors (JSON of the wrong shape, unsigned, wrongly signed), invisible characters, words for dates.
        "9223372036854775808", "-9223372036854775809", "W10", "e30", "eyJrIjoxLCJpZCI6NX0", "eyJrIjoxLCJpZCI6NX0.AAAAAAAAAAAAAAAAAAAAAA",
        "%E2%80%AE", "%E2%80%8B", "%EF%BB%BF", "%07", "yesterday", "79228162514264337593543950336",
    ];

    /// <summary>Figures at and past the documented bound (±10^18, 10 decimal places) and decimal's own limits.</summary>
    private static readonly string[] ExtremeNumbers =
    [
        "1e28", "79228162514264337593543950335", "-79228162514264337593543950335", "0.0000000000000000000000000001",
        "1000000000000000000", "1000000000000000001", "-1000000000000000001", "0.0000000001", "0.00000000001", "1e-400", "-0",
    ];

    /// <summary>Text with control and invisible format characters (Cc, Cf).</summary>
    private static readonly string[] HiddenText = ["\\u202Eevil", "a\\u200Bb", "\\uFEFF", "\\u0007", "a\\tb", "\\uDB40\\uDC01"];

    private readonly ApiFactory _api = new(seed: true);

    public void Dispose() => _api.Dispose();

    private static IEnumerable<(string Name, HttpContent Content)> Bodies(JsonNode? schema)
    {
        yield return ("truncated", Json("{\"a\":"));
        yield return ("array", Json("[1,2,3]"));
        yield return ("null", Json("null"));
        yield return ("number", Json("12345678901234567890123456789012345678901234567890"));
        yield return ("deep", Json(new string('[', 100_000) + new string(']', 100_000)));
        yield return ("deep object", Json(string.Concat(Enumerable.Repeat("{\"a\":", 5_000)) + "1" + new string('}', 5_000)));
        yield return ("not utf-8", new ByteArrayContent([0x7B, 0x22, 0xFF, 0xFE, 0xC0, 0x22, 0x3A, 0x31, 0x7D]) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } });
        yield return ("plain text", new StringContent("quote=1,300", Encoding.UTF8, "text/plain"));
        yield return ("xml", new StringContent("<claim><value>1</value></claim>", Encoding.UTF8, "application/xml"));
        yield return ("huge string", Json($"{{\"quote\":\"{new string('x', 3_000_000)}\"}}"));
        yield return ("injection", Json("{\"quote\":\"'; DROP TABLE claims; --\",\"quantityKey\":\"x' OR '1'='1\",\"publisher\":\"<script>alert(1)</script>\",\"text\":\"\\u0000\"}"));
        foreach (var property in schema?["properties"]?.AsObject().Select(p => p.Key) ?? [])
        {
            // Every property with a value of the wrong kind, and nothing else right.
            yield return ($"{property} as object", Json(new JsonObject { [property] = new JsonObject { ["$ne"] = 1 } }.ToJsonString()));
            yield return ($"{property} as huge number", Json($"{{\"{property}\": 1e400}}"));
            yield return ($"{property} as array of nulls", Json($"{{\"{property}\": [null, null]}}"));
            yield return ($"{property} as a number in a string", Json($"{{\"{property}\": \"52\"}}"));
            yield return ($"{property} twice", Json($"{{\"{property}\": 1, \"{property}\": 1}}"));
            foreach (var number in ExtremeNumbers)
                yield return ($"{property} as {number}", Json($"{{\"{property}\": {number}}}"));
            foreach (var text in HiddenText)
                yield return ($"{property} as hidden text", Json($"{{\"{property}\": \"{text}\"}}"));
        }
        yield return ("undeclared property", Json("{\"quoteOfTheDay\": 1}"));
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private long StoreVersion() => (long)_api.Database.Scalar("SELECT version FROM store_version;")!;

    [Fact]
    public async Task Hostile_requests_to_every_operation_get_no_5xx_and_change_nothing()
    {
        _api.Settings["FactCheck:RateLimit:PermitsPerMinute"] = "1000000";
        var client = _api.CreateClient();
        var perOperation = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var template = "";
        var document = JsonNode.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var schemas = document["components"]!["schemas"]!;
        var before = StoreVersion();
        var sent = 0;
        var failures = new List<string>();

        async Task Send(HttpMethod method, string url, HttpContent? content, string what)
        {
            using var request = new HttpRequestMessage(method, url) { Content = content };
            var response = await client.SendAsync(request);
            sent++;
            var operation = $"{method} {template}";
            perOperation[operation] = perOperation.GetValueOrDefault(operation) + 1;
            var status = (int)response.StatusCode;
            var type = response.Content.Headers.ContentType?.MediaType;
            if (status >= 500 || (status >= 400 && type != "application/problem+json"))
                failures.Add($"{method} {url[..Math.Min(url.Length, 120)]} [{what}] → {status} {type}");
        }

        foreach (var (path, operations) in document["paths"]!.AsObject())
            foreach (var (verb, operation) in operations!.AsObject())
            {
                var method = new HttpMethod(verb.ToUpperInvariant());
                var urls = path.Contains("{key}", StringComparison.Ordinal) ? Keys.Select(k => path.Replace("{key}", k, StringComparison.Ordinal))
                    : path.Contains("{id}", StringComparison.Ordinal) ? Ids.Select(i => path.Replace("{id}", i, StringComparison.Ordinal))
                    : [path];
                var query = operation!["parameters"]?.AsArray().Where(p => (string)p!["in"]! == "query").Select(p => (string)p!["name"]!).ToList() ?? [];
                var schemaRef = (string?)operation["requestBody"]?["content"]?.AsObject().First().Value?["schema"]?["$ref"];
                var schema = schemaRef is null ? null : schemas[schemaRef.Split('/')[^1]];
                template = path;
                foreach (var url in urls)
                {
                    await Send(method, url, null, "no body");
                    foreach (var parameter in query)
                        foreach (var value in QueryValues)
                            await Send(method, $"{url}?{parameter}={value}", null, parameter);
                    if (operation["requestBody"] is not null)
                        foreach (var (name, content) in Bodies(schema))
                            await Send(method, url, content, name);
                }
            }

        foreach (var (operation, count) in perOperation) output.WriteLine($"{count,6}  {operation}");
        output.WriteLine($"{sent,6}  in all, over {perOperation.Count} operations");
        Assert.True(sent >= 2_000, $"only {sent} requests were sent");
        Assert.Empty(failures);
        Assert.Equal(before, StoreVersion());
        StoreChecks.AssertIntact(_api.Database);
    }
}
