using System.Text;
using System.Text.Json.Nodes;

namespace FactCheck.Api.Tests;

/// <summary>
/// What Swagger UI prefills works: each operation of the committed document, sent with its path
/// parameters' and its body's examples (and no query parameters) to a freshly seeded store,
/// succeeds. Deleting a source or a quantity is left out: on the seeds, claims rest on every one, and
/// the delete refuses (409) unless cascade is asked for, which no example should prefill. A claim's
/// ClaimReview exists once an editor rates it, so that example runs after the rating's own example; a proposal is
/// accepted once, and every proposal of the seeded source 1 is a claim already, so that example runs once the claim
/// of the proposal it names (claim 4, "14 political prisoners") is deleted.
/// </summary>
public sealed class OpenApiExampleTests
{
    private static readonly JsonObject Paths =
        JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "openapi", "factcheck.v1.json")))!["paths"]!.AsObject();

    public static TheoryData<string> Operations() =>
        [.. Paths.SelectMany(p => p.Value!.AsObject().Select(o => (string)o.Value!["operationId"]!))
            .Where(id => id is not ("DeleteSource" or "DeleteQuantity"))];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task The_prefilled_example_succeeds_on_a_freshly_seeded_store(string operationId)
    {
        var (template, method, operation) = Paths
            .SelectMany(p => p.Value!.AsObject().Select(o => (Template: p.Key, Method: o.Key, Operation: o.Value!)))
            .Single(o => (string)o.Operation["operationId"]! == operationId);
        var path = template;
        foreach (var parameter in (operation["parameters"] as JsonArray ?? []).Where(p => (string)p!["in"]! == "path"))
        {
            var example = parameter!["example"];
            Assert.True(example is not null, $"{operationId}'s path parameter {parameter["name"]} has no example.");
            path = path.Replace($"{{{parameter["name"]}}}", example.ToString(), StringComparison.Ordinal);
        }

        using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), path);
        if (operation["requestBody"]?["content"] is JsonObject content)
        {
            var (mediaType, media) = content.Single();
            var example = media!["example"];
            Assert.True(example is not null, $"{operationId}'s body has no example.");
            request.Content = new StringContent(example is JsonValue text && mediaType == "text/csv" ? (string)text! : example.ToJsonString(),
                Encoding.UTF8, mediaType);
        }

        using var api = new ApiFactory(seed: true);
        var client = api.CreateClient();
        if (operationId == "GetClaimReview")
        {
            var rating = Paths["/claims/{id}/ratings"]!["post"]!["requestBody"]!["content"]!["application/json"]!["example"]!.ToJsonString();
            Assert.True((await client.PostRawAsync("/claims/1/ratings", rating)).IsSuccessStatusCode);
        }
        if (operationId == "AcceptProposal")
            Assert.True((await client.DeleteAsync("/claims/4")).IsSuccessStatusCode);
        using var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode,
            $"{method.ToUpperInvariant()} {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
