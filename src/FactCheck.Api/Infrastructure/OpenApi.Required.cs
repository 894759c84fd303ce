using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using NJsonSchema.Generation;

namespace FactCheck.Api.Infrastructure;

internal static partial class OpenApi
{
    private const string OmittedWhenNull = "x-omitted-when-null";

    /// <summary>
    /// What a client may count on in a response: the API writes every property of what it answers,
    /// null or not (JsonIgnoreCondition.Never), so a schema only responses use requires all of them,
    /// but those marked to be left out when null. A schema requests use keeps what its validator requires.
    /// </summary>
    private static void RequiredResponseFields(JsonObject document)
    {
        var schemas = document["components"]!["schemas"]!.AsObject();
        var paths = document["paths"]!.AsObject().Select(p => p.Value!).SelectMany(item => item.AsObject().Select(o => o.Value!)).ToList();
        var read = Reachable(schemas, paths.Select(o => o["requestBody"]).Concat(paths.Select(o => o["parameters"])));
        var written = Reachable(schemas, paths.Select(o => o["responses"]));

        foreach (var (name, node) in schemas)
        {
            if (node!["properties"] is not JsonObject properties) continue;
            if (written.Contains(name) && !read.Contains(name))
            {
                JsonNode[] required = [.. properties.Where(p => p.Value?[OmittedWhenNull] is null).Select(p => (JsonNode)p.Key)];
                // OpenAPI forbids an empty list: a schema all of whose fields may be left out says nothing.
                if (required.Length > 0) node["required"] = new JsonArray(required);
                else node.AsObject().Remove("required");
            }
            foreach (var (_, property) in properties) (property as JsonObject)?.Remove(OmittedWhenNull);
        }
    }

    /// <summary>The names of the schemas the given parts of the document refer to, directly or through other schemas.</summary>
    private static HashSet<string> Reachable(JsonObject schemas, IEnumerable<JsonNode?> roots)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<JsonNode>(roots.OfType<JsonNode>());
        while (pending.TryPop(out var node))
        {
            switch (node)
            {
                case JsonObject o:
                    if ((string?)(o["$ref"] as JsonValue) is { } target && target.StartsWith("#/components/schemas/", StringComparison.Ordinal)
                        && found.Add(target.Split('/')[^1]) && schemas[target.Split('/')[^1]] is { } schema)
                        pending.Push(schema);
                    foreach (var (_, child) in o) if (child is not null) pending.Push(child);
                    break;
                case JsonArray a:
                    foreach (var child in a) if (child is not null) pending.Push(child);
                    break;
            }
        }
        return found;
    }

    /// <summary>Marks the properties the serializer leaves out when null ([JsonIgnore(Condition = WhenWritingNull)]), so they are not required.</summary>
    private sealed class OmittedWhenNullProperties : ISchemaProcessor
    {
        public void Process(SchemaProcessorContext context)
        {
            foreach (var member in context.ContextualType.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (member.GetCustomAttribute<JsonIgnoreAttribute>() is not { Condition: JsonIgnoreCondition.WhenWritingNull }) continue;
                var name = member.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(member.Name);
                if (context.Schema.Properties.TryGetValue(name, out var property))
                    (property.ExtensionData ??= new Dictionary<string, object?>())[OmittedWhenNull] = true;
            }
        }
    }
}
