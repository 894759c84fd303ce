using System.Net;
using System.Text.Json.Nodes;

namespace FactCheck.Api.Tests;

/// <summary>schema.org ClaimReview, checked against the fields Google's fact-check markup requires.</summary>
public sealed class ClaimReviewTests : IDisposable
{
    private readonly ApiFactory _api = new(seed: true);
    private readonly HttpClient _client;

    public ClaimReviewTests() => _client = _api.CreateClient();

    public void Dispose() => _api.Dispose();

    private async Task<JsonNode> ReviewAsync(long claimId)
    {
        var response = await _client.GetAsync($"/claims/{claimId}/claim-review");
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType!.MediaType);
        return await response.JsonAsync(HttpStatusCode.OK);
    }

    private static void HasGooglesRequiredFields(JsonNode review)
    {
        Assert.Equal("https://schema.org", (string)review["@context"]!);
        Assert.Equal("ClaimReview", (string)review["@type"]!);
        Assert.True(Uri.TryCreate((string)review["url"]!, UriKind.Absolute, out _));
        var claimReviewed = (string)review["claimReviewed"]!;
        Assert.InRange(claimReviewed.Length, 1, 74);
        Assert.False(string.IsNullOrEmpty((string)review["author"]!["name"]!));
        Assert.Equal("Organization", (string)review["author"]!["@type"]!);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", (string)review["datePublished"]!);
        var rating = review["reviewRating"]!;
        Assert.Equal("Rating", (string)rating["@type"]!);
        Assert.Contains((string)rating["alternateName"]!, new[] { "Consistent", "Conflicting" });
        Assert.InRange((int)rating["ratingValue"]!, (int)rating["worstRating"]!, (int)rating["bestRating"]!);
        Assert.False(string.IsNullOrEmpty((string)rating["ratingExplanation"]!));
        var item = review["itemReviewed"]!;
        Assert.Equal("Claim", (string)item["@type"]!);
        Assert.False(string.IsNullOrEmpty((string)item["author"]!["name"]!));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", (string)item["datePublished"]!);
        Assert.False(string.IsNullOrEmpty((string)item["appearance"]!["headline"]!));
    }

    [Fact]
    public async Task A_claim_the_arithmetic_rules_out_is_reviewed_as_conflicting_with_its_arithmetic()
    {
        var c0c = (await _client.GetJsonAsync("/claims?q=one%20half%20two%20thousand"))["items"]![0]!;
        var review = await ReviewAsync((long)c0c["id"]!);

        HasGooglesRequiredFields(review);
        Assert.Equal("one and a half or two thousand", (string)review["claimReviewed"]!);
        Assert.Equal("Conflicting", (string)review["reviewRating"]!["alternateName"]!);
        Assert.Contains("1,155.6 to 1,485.7 people", (string)review["reviewRating"]!["ratingExplanation"]!, StringComparison.Ordinal);
        Assert.Equal("Alexander Lukashenko", (string)review["itemReviewed"]!["author"]!["name"]!);
        Assert.Equal("Person", (string)review["itemReviewed"]!["author"]!["@type"]!);
        Assert.Equal("2025-08-22", (string)review["itemReviewed"]!["datePublished"]!);
    }

    [Fact]
    public async Task A_claim_nothing_contradicts_is_reviewed_as_consistent()
    {
        var released = (await _client.GetJsonAsync("/claims?quantity=belarus/release/2025-09-11/count"))["items"]![0]!;
        var review = await ReviewAsync((long)released["id"]!);

        HasGooglesRequiredFields(review);
        Assert.Equal("Consistent", (string)review["reviewRating"]!["alternateName"]!);
        Assert.Equal("Notes from Poland", (string)review["itemReviewed"]!["author"]!["name"]!);
    }

    [Fact]
    public async Task A_long_quote_is_cut_under_75_characters()
    {
        var text = "The ministry said that " + string.Join(" ", Enumerable.Repeat("many", 30)) + " of the 52 political prisoners were journalists.";
        var claim = await Records.ClaimAsync(_client, await Records.SourceAsync(_client, text), await Records.QuantityAsync(_client),
            quote: text[..^1], qualifier: "exact", value: 52);
        var review = await ReviewAsync((long)claim["id"]!);

        HasGooglesRequiredFields(review);
        Assert.EndsWith("…", (string)review["claimReviewed"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quantitys_claims_are_reviewed_together()
    {
        var reviews = (await (await _client.GetAsync("/claim-reviews/quantities/belarus/political-prisoners/held")).JsonAsync(HttpStatusCode.OK)).AsArray();
        Assert.Equal(10, reviews.Count);
        Assert.All(reviews, r => HasGooglesRequiredFields(r!));
        // Eight of the ten claims are in a value conflict; the two "more than 1,100" claims are not.
        var consistent = reviews.Where(r => (string)r!["reviewRating"]!["alternateName"]! == "Consistent").Select(r => (string)r!["claimReviewed"]!);
        Assert.Equal(["over 1,100 still imprisoned", "more than 1,100 political prisoners"], consistent);
    }

    [Fact]
    public async Task Reviews_of_unknown_records_are_not_found()
    {
        await (await _client.GetAsync("/claims/987654/claim-review")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync("/claim-reviews/quantities/no/such/key")).ProblemAsync(HttpStatusCode.NotFound);
    }
}
