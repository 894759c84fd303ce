using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace FactCheck.Api.Tests;

/// <summary>
/// The committed OpenAPI document as the contract: every response a test client receives must be
/// one its operation declares, with that status, media type and body schema; else the request
/// throws, and the test that made it fails. The OpenAPI 3.0 schemas are read as JSON Schema 2020-12
/// (nullable becomes a null type) and checked by JsonSchema.Net, formats included.
/// </summary>
internal sealed class Contract : DelegatingHandler
{
    /// <summary>Paths that are no part of the API's contract: the Swagger UI, the document itself, the health probe, the root's redirect.</summary>
    private static readonly Regex Outside = new(@"^/(swagger(/.*)?|health|ready|)$", RegexOptions.Compiled);

    private static readonly Lazy<Document> Committed = new(() => new Document(Path.Combine(Repository.Root, "openapi", "factcheck.v1.json")));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var response = await base.SendAsync(request, ct);
        var path = request.RequestUri!.AbsolutePath;
        // A CORS preflight is answered by the middleware, for any path: no operation of the document.
        if (Outside.IsMatch(path) || request.Method == HttpMethod.Options) return response;

        await response.Content.LoadIntoBufferAsync(ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        var violation = Committed.Value.Check(request.Method.Method, Uri.UnescapeDataString(path), response, body);
        if (violation is not null)
            throw new ContractViolation($"{request.Method} {request.RequestUri.PathAndQuery} answered {(int)response.StatusCode} {response.Content.Headers.ContentType}: {violation}\nBody: {Excerpt(body)}");
        return response;
    }

    private static string Excerpt(string body) => body.Length <= 2000 ? body : body[..2000] + "…";

    private sealed class Document
    {
        private readonly JsonObject _paths;
        private readonly JsonObject _definitions;
        private readonly JsonObject _responses;
        private readonly List<(Regex Pattern, string Template)> _templates;
        private readonly ConcurrentDictionary<string, Lazy<JsonSchema>> _schemas = new();

        // One set of options for every evaluation: a schema evaluated by parallel tests with options of their own
        // rebuilds its constraints for each, and a $ref then failed to resolve now and then (json-everything#929).
        private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

        public Document(string file)
        {
            var document = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            _paths = document["paths"]!.AsObject();
            _definitions = (JsonObject)ToJsonSchema(document["components"]!["schemas"]!)!;
            _responses = document["components"]!["responses"]!.AsObject();
            // {key} is a quantity's key, slashes and all; other parameters are one segment. Literal paths first.
            _templates = [.. _paths.Select(p => p.Key)
                .OrderBy(t => t.Count(c => c == '{'))
                .Select(t => (new Regex("^" + Regex.Replace(Regex.Escape(t).Replace(@"\{", "{"), "{([^}]+)}", m => m.Groups[1].Value == "key" ? "(.+)" : "([^/]+)") + "$"), t))];
        }

        public string? Check(string method, string path, HttpResponseMessage response, string body)
        {
            var template = _templates.FirstOrDefault(t => t.Pattern.IsMatch(path)).Template;
            if (template is null) return "no operation in the document has this path";
            var isHead = method == "HEAD";
            if (_paths[template]![isHead ? "get" : method.ToLowerInvariant()] is not JsonObject operation)
                return (int)response.StatusCode == 405 ? null : $"the document declares no {method} on {template}";

            var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var responses = operation["responses"]!.AsObject();
            if ((responses[status] ?? responses["default"]) is not JsonObject answer)
                return $"{operation["operationId"]} declares no {status} (it declares {string.Join(", ", responses.Select(r => r.Key))})";
            var declared = (string?)answer["$ref"] is { } reference ? _responses[reference.Split('/')[^1]]!.AsObject() : answer;

            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (declared["content"] is not JsonObject content)
                return body.Length == 0 ? null : $"{status} is declared without a body, but one came";
            if (isHead || status == "304") return null;
            if (mediaType is null || content[mediaType] is not JsonObject media)
                return $"{status} is declared as {string.Join(", ", content.Select(c => c.Key))}, not {mediaType ?? "no content type"}";
            if (media["schema"] is not JsonNode schema || !mediaType.EndsWith("json", StringComparison.Ordinal)) return null;

            var key = $"{method} {template} {status} {mediaType}";
            var validator = _schemas.GetOrAdd(key, _ => new Lazy<JsonSchema>(() => Build(key, schema))).Value;
            using var instance = JsonDocument.Parse(body);
            var result = validator.Evaluate(instance.RootElement, Options);
            return result.IsValid ? null : string.Join("; ", Failures(result).Take(10));
        }

        private JsonSchema Build(string key, JsonNode schema)
        {
            var root = (JsonObject)ToJsonSchema(schema)!;
            root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
            root["$defs"] = _definitions.DeepClone();
            return JsonSchema.FromText(root.ToJsonString(), baseUri: new Uri("urn:factcheck:" + Uri.EscapeDataString(key)));
        }

        private static IEnumerable<string> Failures(EvaluationResults result) =>
            (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}"));
    }

    /// <summary>An OpenAPI 3.0 schema as JSON Schema 2020-12: nullable as a null type, boolean exclusive bounds as numbers, references into $defs.</summary>
    private static JsonNode? ToJsonSchema(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                return new JsonArray([.. array.Select(ToJsonSchema)]);
            case JsonObject o:
                var result = new JsonObject();
                foreach (var (name, value) in o)
                {
                    if (name is "nullable" or "example" or "discriminator" || name.StartsWith("x-", StringComparison.Ordinal)) continue;
                    result[name] = name == "$ref" ? ((string)value!).Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal)
                        : name is "properties" or "$defs" ? new JsonObject([.. value!.AsObject().Select(p => KeyValuePair.Create(p.Key, ToJsonSchema(p.Value)))])
                        : ToJsonSchema(value);
                }
                if (o["nullable"] is JsonValue nullable && nullable.GetValue<bool>() && o["type"] is JsonValue type)
                    result["type"] = new JsonArray((string)type!, "null");
                foreach (var (exclusive, bound) in new[] { ("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum") })
                    if (o[exclusive] is JsonValue flag && flag.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
                    {
                        result.Remove(exclusive);
                        if (flag.GetValue<bool>()) { result[exclusive] = result[bound]!.DeepClone(); result.Remove(bound); }
                    }
                return result;
            default:
                return node?.DeepClone();
        }
    }
}

internal sealed class ContractViolation(string message) : Exception(message);

internal static class Repository
{
    public static readonly string Root = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FactCheck.sln")))
                return dir.FullName;
        throw new InvalidOperationException("FactCheck.sln not found above the test binaries.");
    }
}
