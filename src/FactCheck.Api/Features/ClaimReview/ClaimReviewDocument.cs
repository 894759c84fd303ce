using System.Text.Json.Serialization;

namespace FactCheck.Api.Features.ClaimReview;

/// <summary>A schema.org ClaimReview (https://schema.org/ClaimReview), as JSON-LD.</summary>
public sealed record ClaimReviewDocument(
    [property: JsonPropertyName("@context")] string Context,
    [property: JsonPropertyName("@type")] string Type,
    string Url,
    string ClaimReviewed,
    string DatePublished,
    ReviewAuthor Author,
    ReviewedClaim ItemReviewed,
    ReviewRating ReviewRating,
    string ReviewBody);

/// <summary>Who reviewed, or who made the claim: a Person or an Organization.</summary>
public sealed record ReviewAuthor(
    [property: JsonPropertyName("@type")] string Type,
    string Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Url);

/// <summary>The claim reviewed: who made it, when, and where it appeared.</summary>
public sealed record ReviewedClaim(
    [property: JsonPropertyName("@type")] string Type,
    ReviewAuthor Author,
    string DatePublished,
    ClaimAppearance Appearance);

/// <summary>The article the claim appeared in; its url is left out when the source has none.</summary>
public sealed record ClaimAppearance(
    [property: JsonPropertyName("@type")] string Type,
    string Headline,
    string DatePublished,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Url,
    ReviewAuthor Publisher);

/// <summary>The editor's verdict: a rating from 1 (false) to 5 (true), its words, and the editor's explanation.</summary>
public sealed record ReviewRating(
    [property: JsonPropertyName("@type")] string Type,
    int RatingValue,
    int BestRating,
    int WorstRating,
    string AlternateName,
    string RatingExplanation);
