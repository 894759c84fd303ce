using System.Text.Json.Nodes;

namespace FactCheck.Api.Infrastructure;

internal static partial class OpenApi
{
    private const string Problem = "#/components/schemas/ProblemDetails";
    private const string ValidationProblem = "#/components/schemas/HttpValidationProblemDetails";

    /// <summary>
    /// The answers any operation can give besides its own, each declared once in components and
    /// referred to wherever it can occur: 304 on reads, 400 where there is input, 401 for a key
    /// that is missing or not live, 413 and 415 where there is a body, 429 and 503 everywhere.
    /// No operation answers 403: a live key may do everything.
    /// </summary>
    private static void StandardResponses(JsonObject document)
    {
        var components = document["components"]!.AsObject();
        components["headers"] = new JsonObject
        {
            ["RetryAfter"] = Header("Seconds to wait before trying again.", new JsonObject { ["type"] = "integer", ["minimum"] = 0 }),
            ["ETag"] = Header("A strong validator of the body: send it back in If-None-Match to be answered 304 while it holds.", new JsonObject { ["type"] = "string" }),
        };
        components["responses"] = new JsonObject
        {
            ["NotModified"] = new JsonObject
            {
                ["description"] = "Not modified: the body would be the one the If-None-Match header names, so none is sent.",
                ["headers"] = new JsonObject { ["ETag"] = Ref("#/components/headers/ETag") },
            },
            ["BadRequest"] = Answer("A parameter or field is malformed or breaks a rule; errors names each one.", ValidationProblem),
            ["KeyRequired"] = Answer("No live API key was sent in the X-Api-Key header.", Problem),
            ["KeyNotLive"] = Answer("An X-Api-Key header was sent whose key is not live (no key is needed here, but one that is sent must work), or the deployment requires keys for reads (FactCheck:Access:ReadsNeedKey).", Problem),
            ["PayloadTooLarge"] = Answer("The body is larger than the deployment allows (FactCheck:MaxRequestBodyBytes).", Problem),
            ["UnsupportedMediaType"] = Answer("The body was sent without the Content-Type this operation reads.", Problem),
            ["TooManyRequests"] = Answer("Too many requests from this key or address in this minute.", Problem, retry: true),
            ["ServiceUnavailable"] = Answer("The database is busy or unreachable; nothing was changed.", Problem, retry: true),
        };

        foreach (var (_, item) in document["paths"]!.AsObject())
            foreach (var (method, node) in item!.AsObject())
            {
                var operation = node!.AsObject();
                var responses = operation["responses"]!.AsObject();
                var secured = operation["security"] is JsonArray { Count: > 0 };
                if (method == "get") responses["304"] = Ref("#/components/responses/NotModified");
                if (operation["parameters"] is JsonArray { Count: > 0 } || operation["requestBody"] is not null)
                    responses["400"] = Ref("#/components/responses/BadRequest");
                else
                    responses.Remove("400");
                responses["401"] = Ref(secured ? "#/components/responses/KeyRequired" : "#/components/responses/KeyNotLive");
                responses.Remove("403");
                if (operation["requestBody"] is not null)
                {
                    responses["413"] = Ref("#/components/responses/PayloadTooLarge");
                    responses["415"] = Ref("#/components/responses/UnsupportedMediaType");
                }
                responses["429"] = Ref("#/components/responses/TooManyRequests");
                responses["503"] = Ref("#/components/responses/ServiceUnavailable");
                if (method == "get" && responses["200"] is JsonObject ok)
                    ok["headers"] = new JsonObject { ["ETag"] = Ref("#/components/headers/ETag") };
                if (responses["201"] is JsonObject created && created["headers"] is null)
                    created["headers"] = new JsonObject { ["Location"] = Header("Where the created resource is read.", new JsonObject { ["type"] = "string" }) };
                foreach (var (status, response) in responses)
                    if (response is JsonObject { Count: > 0 } o && o["$ref"] is null && string.IsNullOrEmpty((string?)o["description"]))
                        o["description"] = StatusText(status);
                operation["responses"] = new JsonObject(responses.OrderBy(r => r.Key, StringComparer.Ordinal)
                    .Select(r => KeyValuePair.Create(r.Key, r.Value?.DeepClone())));
            }
    }

    private static string StatusText(string status) => status switch
    {
        "404" => "Not found.",
        "409" => "Conflicts with what is stored; the problem's detail says with what.",
        "412" => "The If-Match header names a version that is no longer the current one.",
        _ => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture)),
    };

    private static JsonObject Ref(string target) => new() { ["$ref"] = target };

    private static JsonObject Header(string description, JsonObject schema) => new() { ["description"] = description, ["schema"] = schema };

    private static JsonObject Answer(string description, string schema, bool retry = false)
    {
        var answer = new JsonObject
        {
            ["description"] = description,
            ["content"] = new JsonObject { ["application/problem+json"] = new JsonObject { ["schema"] = Ref(schema) } },
        };
        if (retry) answer["headers"] = new JsonObject { ["Retry-After"] = Ref("#/components/headers/RetryAfter") };
        return answer;
    }
}
