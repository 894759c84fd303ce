using System.Net;
using System.Text.Json.Nodes;

namespace FactCheck.Api.Tests;

/// <summary>The committed OpenAPI document is what the API serves; set UPDATE_OPENAPI=1 to rewrite it after a deliberate change.</summary>
public sealed class OpenApiDocumentTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly string Committed = Path.Combine(Repository.Root, "openapi", "factcheck.v1.json");
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task The_served_document_matches_the_committed_one()
    {
        var served = JsonNode.Parse(await _client.GetStringAsync("/swagger/v1/swagger.json"))!.ToJsonString(new() { WriteIndented = true }) + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
            await File.WriteAllTextAsync(Committed, served);

        Assert.True(File.Exists(Committed), $"{Committed} is missing; run the tests with UPDATE_OPENAPI=1 to write it.");
        Assert.True(served == (await File.ReadAllTextAsync(Committed)).ReplaceLineEndings("\n"),
            "The API's OpenAPI document drifted from openapi/factcheck.v1.json; review the change and run the tests with UPDATE_OPENAPI=1.");
    }

    [Fact]
    public async Task Every_operation_is_named_summarised_tagged_and_documents_its_errors()
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => (Name: $"{op.Key.ToUpperInvariant()} {path.Key}", Operation: op.Value!)))
            .ToList();

        Assert.Equal(45, operations.Count);
        foreach (var (name, operation) in operations)
        {
            Assert.False(string.IsNullOrEmpty((string?)operation["operationId"]), $"{name} has no operationId");
            Assert.False(string.IsNullOrEmpty((string?)operation["summary"]), $"{name} has no summary");
            Assert.NotEmpty(operation["tags"]!.AsArray());
            var responses = operation["responses"]!.AsObject().Select(r => r.Key).ToList();
            Assert.True(responses.Any(r => r.StartsWith('2')), $"{name} documents no success");
            if (name.Contains('{', StringComparison.Ordinal))
                Assert.Contains("404", responses);
            if (operation["requestBody"] is not null)
                Assert.Contains("400", responses);
        }
    }

    [Fact]
    public async Task Swagger_ui_is_served()
    {
        var response = await _client.GetAsync("/swagger/index.html");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("swagger-ui", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
