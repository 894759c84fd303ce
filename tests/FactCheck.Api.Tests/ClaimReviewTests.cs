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

    private async Task<JsonNode> RateAsync(long claimId, int rating, string wording, string text) =>
        await (await _client.PostJsonAsync($"/claims/{claimId}/ratings", new { rating, wording, text })).JsonAsync(HttpStatusCode.Created);

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
        Assert.False(string.IsNullOrEmpty((string)rating["alternateName"]!));
        Assert.InRange((int)rating["ratingValue"]!, (int)rating["worstRating"]!, (int)rating["bestRating"]!);
        Assert.False(string.IsNullOrEmpty((string)rating["ratingExplanation"]!));
        Assert.StartsWith((string)rating["ratingExplanation"]!, (string)review["reviewBody"]!, StringComparison.Ordinal);
        var item = review["itemReviewed"]!;
        Assert.Equal("Claim", (string)item["@type"]!);
        Assert.False(string.IsNullOrEmpty((string)item["author"]!["name"]!));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", (string)item["datePublished"]!);
        Assert.False(string.IsNullOrEmpty((string)item["appearance"]!["headline"]!));
    }

    [Fact]
    public async Task A_claim_gets_a_review_only_once_an_editor_rates_it_and_the_review_is_the_editors_with_the_arithmetic_in_support()
    {
        var c0c = (long)(await _client.GetJsonAsync("/claims?q=one%20half%20two%20thousand"))["items"]![0]!["id"]!;
        var unrated = await (await _client.GetAsync($"/claims/{c0c}/claim-review")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Not rated", (string)unrated["title"]!);

        var rated = await RateAsync(c0c, 2, "Overstated", "Above every other count of the time, and the 4% of 52 the release implies.");
        Assert.StartsWith("tests-", (string)rated["author"]!, StringComparison.Ordinal);
        var review = await ReviewAsync(c0c);

        HasGooglesRequiredFields(review);
        Assert.Equal("one and a half or two thousand", (string)review["claimReviewed"]!);
        Assert.Equal(2, (int)review["reviewRating"]!["ratingValue"]!);
        Assert.Equal("Overstated", (string)review["reviewRating"]!["alternateName"]!);
        Assert.Equal("Above every other count of the time, and the 4% of 52 the release implies.", (string)review["reviewRating"]!["ratingExplanation"]!);
        Assert.Contains("1,155.6 to 1,485.7 people", (string)review["reviewBody"]!, StringComparison.Ordinal);
        Assert.Equal(((string)rated["at"]!)[..10], (string)review["datePublished"]!);
        Assert.Equal("Alexander Lukashenko", (string)review["itemReviewed"]!["author"]!["name"]!);
        Assert.Equal("Person", (string)review["itemReviewed"]!["author"]!["@type"]!);
        Assert.Equal("2025-08-22", (string)review["itemReviewed"]!["datePublished"]!);

        // The newest rating stands.
        await RateAsync(c0c, 1, "False", "Lukashenko's own later figure is 1,300.");
        Assert.Equal("False", (string)(await ReviewAsync(c0c))["reviewRating"]!["alternateName"]!);
    }

    [Fact]
    public async Task A_claim_nothing_contradicts_has_the_check_say_so_under_the_editors_rating()
    {
        var released = (await _client.GetJsonAsync("/claims?quantity=belarus/release/2025-09-11/count"))["items"]![0]!;
        await RateAsync((long)released["id"]!, 5, "Accurate", "Matches the official count.");
        var review = await ReviewAsync((long)released["id"]!);

        HasGooglesRequiredFields(review);
        Assert.Equal("Matches the official count. No stored claim or relation contradicts it: its figure meets every comparable claim and the arithmetic of every relation.",
            (string)review["reviewBody"]!);
        Assert.Equal("Notes from Poland", (string)review["itemReviewed"]!["author"]!["name"]!);
    }

    [Fact]
    public async Task A_long_quote_is_cut_under_75_characters()
    {
        var text = "The ministry said that " + string.Join(" ", Enumerable.Repeat("many", 30)) + " of the 52 political prisoners were journalists.";
        var claim = await Records.ClaimAsync(_client, await Records.SourceAsync(_client, text), await Records.QuantityAsync(_client),
            quote: text[..^1], qualifier: "exact", value: 52);
        await RateAsync((long)claim["id"]!, 4, "Mostly accurate", "The ministry's figure stands.");
        var review = await ReviewAsync((long)claim["id"]!);

        HasGooglesRequiredFields(review);
        Assert.EndsWith("…", (string)review["claimReviewed"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quantitys_reviews_are_those_of_its_rated_claims()
    {
        const string path = "/claim-reviews/quantities/belarus/political-prisoners/held";
        Assert.Empty((await (await _client.GetAsync(path)).JsonAsync(HttpStatusCode.OK)).AsArray());

        var held = (await _client.GetJsonAsync("/claims?quantity=belarus/political-prisoners/held&pageSize=200"))["items"]!.AsArray();
        await RateAsync((long)held[0]!["id"]!, 3, "Half true", "A wording gap of one person.");
        var reviews = (await (await _client.GetAsync(path)).JsonAsync(HttpStatusCode.OK)).AsArray();

        var review = Assert.Single(reviews)!;
        HasGooglesRequiredFields(review);
        Assert.Equal((string)held[0]!["quote"]!, (string)review["claimReviewed"]!);
    }

    [Theory]
    [InlineData("""{"rating":6,"wording":"True","text":"t"}""", "rating")]
    [InlineData("""{"rating":0,"wording":"False","text":"t"}""", "rating")]
    [InlineData("""{"wording":"False","text":"t"}""", "rating")]
    [InlineData("""{"rating":1,"text":"t"}""", "wording")]
    [InlineData("""{"rating":1,"wording":"Fa\u200Blse","text":"t"}""", "wording")]
    [InlineData("""{"rating":1,"wording":"False","text":""}""", "text")]
    public async Task A_rating_missing_what_it_needs_is_refused_naming_the_field(string json, string field)
    {
        var problem = await (await _client.PostRawAsync("/claims/1/ratings", json)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([field], problem.ErrorKeys());
        await (await _client.GetAsync("/claims/1/claim-review")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Reviews_and_ratings_of_unknown_records_are_not_found()
    {
        var problem = await (await _client.GetAsync("/claims/987654/claim-review")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Claim not found", (string)problem["title"]!);
        await (await _client.GetAsync("/claim-reviews/quantities/no/such/key")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PostJsonAsync("/claims/987654/ratings", new { rating = 1, wording = "False", text = "t" })).ProblemAsync(HttpStatusCode.NotFound);
    }
}
