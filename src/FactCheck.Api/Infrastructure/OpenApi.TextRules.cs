using System.Text.Json.Nodes;

namespace FactCheck.Api.Infrastructure;

internal static partial class OpenApi
{
    /// <summary>
    /// Two corrections to how FastEndpoints writes FluentValidation's length rules as schema.
    /// MaximumLength becomes minLength 0 beside maxLength, but every text rule of this API refuses the
    /// empty string (Rules.RequiredText and OptionalText, keys, URLs, search words): the truth is 1.
    /// RuleForEach's rules land on the list, not its items: the lengths move to the items, and the
    /// list loses the required and non-null that its items' NotEmpty gave it.
    /// </summary>
    private static void TextLengths(JsonObject schemas)
    {
        foreach (var (_, schema) in schemas)
        {
            if (schema?["properties"] is not JsonObject properties) continue;
            foreach (var (name, node) in properties)
            {
                if (node is not JsonObject property || property["minLength"] is null) continue;
                if ((string?)property["type"] == "array" && property["items"] is JsonObject items)
                {
                    foreach (var keyword in (string[])["minLength", "maxLength"])
                        if (property[keyword] is { } bound) { property.Remove(keyword); items[keyword] = bound; }
                    property["nullable"] = true;
                    if (schema["required"] is JsonArray required && required.FirstOrDefault(r => (string?)r == name) is { } entry)
                        required.Remove(entry);
                    property = items;
                }
                if ((int)property["minLength"]! == 0) property["minLength"] = 1;
            }
        }
    }
}
