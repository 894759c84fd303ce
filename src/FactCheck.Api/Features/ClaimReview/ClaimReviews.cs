using System.Data.Common;
using System.Globalization;
using Dapper;
using FactCheck.Api.Features.Checks;
using FactCheck.Domain;

namespace FactCheck.Api.Features.ClaimReview;

/// <summary>
/// schema.org ClaimReview JSON-LD for the claims an editor has rated, with every field Google's fact-check
/// markup requires (claimReviewed, reviewRating with alternateName, url, author) and the recommended
/// itemReviewed: the claim, who made it, and where it appeared. The rating and its words are the editor's;
/// the review's body is the editor's text, then the check's arithmetic as supporting text. A claim nobody
/// rated has no review: no verdict is published without an editor's decision.
/// </summary>
internal static class ClaimReviews
{
    public const string ContentType = "application/ld+json";
    private const int MaxClaimReviewed = 74;

    private const string ClaimsSql = """
        SELECT c.id, c.quote, c.attributed_to, s.publisher, s.title, s.url, s.published_at, q.key AS quantity_key,
               r.rating, r.wording, r.text AS review, r.at AS rated_at
        FROM claims c JOIN sources s ON s.id = c.source_id JOIN quantities q ON q.id = c.quantity_id
        JOIN claim_ratings r ON r.id = (SELECT max(id) FROM claim_ratings WHERE claim_id = c.id)
        WHERE (@Id IS NULL OR c.id = @Id) AND (@Key IS NULL OR q.key = @Key)
        ORDER BY c.id;
        """;

    // Properties, not a constructor: Dapper then takes the rating as PostgreSQL's integer or SQLite's 64-bit one alike.
    private sealed class Row
    {
        public long Id { get; init; }
        public string Quote { get; init; } = "";
        public string? AttributedTo { get; init; }
        public string Publisher { get; init; } = "";
        public string Title { get; init; } = "";
        public string? Url { get; init; }
        public string PublishedAt { get; init; } = "";
        public string QuantityKey { get; init; } = "";
        public int Rating { get; init; }
        public string Wording { get; init; } = "";
        public string Review { get; init; } = "";
        public string RatedAt { get; init; } = "";
    }

    /// <summary>The reviews of one claim (by id) or of every rated claim of one quantity (by key); none for a claim nobody rated.</summary>
    public static async Task<List<ClaimReviewDocument>> ReadAsync(DbConnection connection, long? claimId, string? quantityKey, HttpRequest request,
        IConfiguration configuration, CancellationToken ct)
    {
        var rows = (await connection.QueryAsync<Row>(new CommandDefinition(ClaimsSql, new { Id = claimId, Key = quantityKey }, cancellationToken: ct))).ToList();
        if (rows.Count == 0) return [];
        var world = await ClaimWorldQueries.AroundAsync(connection, rows.Select(r => r.QuantityKey).Distinct(), ct);
        var findings = ConsistencyEngine.Check(world).Findings;
        var origin = $"{request.Scheme}://{request.Host}";
        return rows.Select(row => Review(row, findings.Where(f => Concerns(f, row.Id)).ToList(), origin, configuration)).ToList();
    }

    // A claim is in conflict when a value conflict names it or a relation rules it out; resting on a relation is not enough.
    private static bool Concerns(Finding finding, long claimId) => finding.Kind switch
    {
        FindingKind.ValueConflict or FindingKind.ImpossibleClaim or FindingKind.HoldsOnlyByRounding or FindingKind.DispersedClaims => finding.ClaimIds.Contains(claimId),
        _ => finding.Relation?.ClaimsOutOfLine.Contains(claimId) == true,
    };

    private static ClaimReviewDocument Review(Row row, List<Finding> findings, string origin, IConfiguration configuration)
    {
        var arithmetic = findings.Count == 0
            ? "No stored claim or relation contradicts it: its figure meets every comparable claim and the arithmetic of every relation."
            : string.Join(" ", findings.Select(f => Words.Sentence(f.Explanation)));
        var voice = row.AttributedTo is { } name && LooksLikeAPerson(name) ? "Person" : "Organization";
        return new ClaimReviewDocument(
            Context: "https://schema.org",
            Type: "ClaimReview",
            Url: $"{origin}/claims/{row.Id}/claim-review",
            ClaimReviewed: Shortened(row.Quote),
            DatePublished: row.RatedAt[..10],
            Author: new ReviewAuthor("Organization", configuration.GetValue("FactCheck:Reviewer:Name", "FactCheck")!, configuration.GetValue("FactCheck:Reviewer:Url", origin)),
            ItemReviewed: new ReviewedClaim("Claim", new ReviewAuthor(voice, row.AttributedTo ?? row.Publisher, Url: null), row.PublishedAt,
                new ClaimAppearance("CreativeWork", row.Title, row.PublishedAt, row.Url, new ReviewAuthor("Organization", row.Publisher, Url: null))),
            ReviewRating: new ReviewRating("Rating", row.Rating, 5, 1, row.Wording, row.Review),
            ReviewBody: $"{Words.Sentence(row.Review)} {arithmetic}");
    }

    // Google asks for a claimReviewed under 75 characters: cut at a word and mark the cut.
    private static string Shortened(string quote)
    {
        if (quote.Length <= MaxClaimReviewed) return quote;
        var cut = quote.LastIndexOf(' ', MaxClaimReviewed - 2);
        return quote[..(cut > 20 ? cut : MaxClaimReviewed - 1)] + "…";
    }

    private static readonly string[] OrganisationWords =
        ["group", "groups", "centre", "center", "ministry", "agency", "news", "office", "council", "committee", "party", "government", "union", "court", "police", "commission"];

    // Schema.org wants a Person or an Organization: "Donald Trump" is one, "Viasna", "BelTA" and "Polish foreign ministry" the other.
    private static bool LooksLikeAPerson(string voice)
    {
        var words = voice.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4 && words.All(w => char.IsUpper(w[0]) && w.Skip(1).Any(char.IsLower))
            && !words.Any(w => OrganisationWords.Contains(w, StringComparer.OrdinalIgnoreCase));
    }
}
