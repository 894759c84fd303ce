using FactCheck.Client;
using FactCheck.Client.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace FactCheck.Api.Tests;

/// <summary>
/// A CMS plugin's walk through the API, in the C# client Kiota generates from the committed document
/// (src/FactCheck.Client): no casts, no hand-written types. Its HTTP client is the suite's, so every
/// answer is also checked against the document (<see cref="Contract"/>).
/// </summary>
public sealed class GeneratedClientTests : IDisposable
{
    private readonly ApiFactory _api = new(seed: true);
    private readonly FactCheckClient _client;

    public GeneratedClientTests()
    {
        // Kiota's own handlers (headers inspection among them) before the contract check.
        var http = _api.CreateClient([.. KiotaClientFactory.CreateDefaultHandlers()]);
        _client = new FactCheckClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http)
        {
            BaseUrl = http.BaseAddress!.ToString().TrimEnd('/'),
        });
    }

    [Fact]
    public async Task A_search_pages_by_cursor_to_its_end_and_each_hit_has_its_ClaimReview()
    {
        var seen = new List<ClaimResponse>();
        string? cursor = null;
        long? total = null;
        do
        {
            var page = await _client.Claims.GetAsync(c =>
            {
                c.QueryParameters.Q = "released";
                c.QueryParameters.PageSize = 4;
                c.QueryParameters.Cursor = cursor;
            });
            total ??= page!.TotalItems;
            seen.AddRange(page!.Items!);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        // The seeds' claims on the releases of June and September, whose quotes or quantities' labels say "released".
        Assert.True(total > 4, $"Expected more than one page of hits, got {total}.");
        Assert.Equal(total, seen.Count);
        Assert.Equal(seen.Count, seen.Select(c => c.Id).Distinct().Count());
        Assert.Contains(seen, c => c.QuantityKey == "belarus/release/2025-06/count");
        Assert.Contains(seen, c => c.QuantityKey == "belarus/release/2025-09-11/foreign-nationals");
        Assert.All(seen, c => Assert.StartsWith("belarus/release/", c.QuantityKey, StringComparison.Ordinal));

        await _client.Claims[seen[0].Id!.Value].Ratings.PostAsync(new RatingInput { Rating = 4, Wording = "Mostly accurate", Text = "Matches the other counts." });
        var review = await _client.Claims[seen[0].Id!.Value].ClaimReview.GetAsync();
        Assert.Equal("ClaimReview", review!.Type);
        Assert.Equal("https://schema.org", review.Context);
        Assert.Contains(seen[0].Quote!, review.ClaimReviewed!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_source_is_read_for_figures_a_proposal_is_accepted_and_its_conflict_is_found()
    {
        var source = await _client.Sources.PostAsync(new SourceInput
        {
            Publisher = "Example Wire",
            Title = "Belarus frees prisoners in June",
            Url = "https://www.example.com/belarus-june-2025-release",
            PublishedAt = new Date(2025, 6, 22),
            Text = "Belarus released 16 political prisoners on Saturday, the opposition said.",
        });

        var extraction = await _client.Sources[source!.Id!.Value].Extractions.GetAsync();
        var mention = Assert.Single(extraction!.Mentions!, m => m.Proposed == true);
        Assert.Equal(16m, mention.Value);

        var accepted = await _client.Sources[source.Id.Value].Extractions.Accept.PostAsync(new AcceptProposalRequest
        {
            Accepts = [new ProposalAccept { Start = mention.Start, QuantityKey = "belarus/release/2025-06/count", AttributedTo = "the opposition" }],
        });
        var claim = Assert.Single(accepted!.Claims!);
        Assert.Equal("16 political prisoners", claim.Quote);
        Assert.Equal(Qualifier.Exact, claim.Qualifier);

        // Three seed articles count 14 released in June; the new one says 16.
        var findings = (await _client.Sources[source.Id.Value].Findings.GetAsync())!.Items!;
        Assert.Equal(3, findings.Count);
        Assert.All(findings, f =>
        {
            Assert.Equal(FindingKind.Value_conflict, f.Kind);
            Assert.Contains(claim.Id, f.ClaimIds!);
            Assert.Contains("(14 people)", f.Explanation!, StringComparison.Ordinal);
            Assert.Contains("against the opposition, ", f.Explanation!, StringComparison.Ordinal);
            Assert.EndsWith(": '16 political prisoners' (16 people).", f.Explanation!, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_read_sent_again_with_its_ETag_is_answered_304_and_no_body()
    {
        var headers = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };
        var claim = await _client.Claims[1].GetAsync(c => c.Options.Add(headers));
        var etag = Assert.Single(headers.ResponseHeaders["ETag"]);

        var again = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };
        var unchanged = await _client.Claims[1].GetAsync(c =>
        {
            c.Headers.Add("If-None-Match", etag);
            c.Options.Add(again);
        });

        Assert.Equal(1, claim!.Id);
        Assert.Null(unchanged);
        Assert.Equal(etag, Assert.Single(again.ResponseHeaders["ETag"]));
    }

    public void Dispose() => _api.Dispose();
}
