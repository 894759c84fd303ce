using System.Net;
using System.Text;

namespace FactCheck.Api.Tests;

/// <summary>The contract check itself: it passes what the document declares and throws on anything else.</summary>
public sealed class ContractTests
{
    private const string Claim = """
        {"id":1,"sourceId":1,"quantityKey":"belarus/political-prisoners/held","quote":"over 1,300 political prisoners",
         "quoteStart":551,"quoteEnd":581,"qualifier":"more_than","value":1300,"min":null,"max":null,"precision":null,
         "asOf":"2025-08-22","attributedTo":"opposition and human rights groups","note":null}
        """;

    [Fact]
    public async Task A_declared_answer_passes()
    {
        using var response = await Answer(HttpStatusCode.OK, Claim, "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(200, """{"id":"one"}""", "application/json", "/id")]
    [InlineData(200, """{"id":1}""", "application/json", "required")]
    [InlineData(200, Claim, "text/plain", "not text/plain")]
    [InlineData(418, "", "application/json", "declares no 418")]
    [InlineData(404, """{"title":"gone"}""", "application/json", "not application/json")]
    public async Task An_undeclared_answer_fails_the_request(int status, string body, string mediaType, string expected)
    {
        var violation = await Assert.ThrowsAsync<ContractViolation>(() => Answer((HttpStatusCode)status, body, mediaType));
        Assert.Contains(expected, violation.Message, StringComparison.OrdinalIgnoreCase);
    }

    private static Task<HttpResponseMessage> Answer(HttpStatusCode status, string body, string mediaType)
    {
        var client = new HttpClient(new Contract { InnerHandler = new Stub(status, body, mediaType) }) { BaseAddress = new Uri("http://localhost") };
        return client.GetAsync("/claims/1");
    }

    private sealed class Stub(HttpStatusCode status, string body, string mediaType) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct) =>
            Task.FromResult(new HttpResponseMessage(status) { RequestMessage = request, Content = new StringContent(body, Encoding.UTF8, mediaType) });
    }
}
