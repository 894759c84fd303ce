using Dapper;
using FactCheck.Api.Infrastructure;
using FastEndpoints;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.ClaimReview.RateClaim;

/// <summary>Rate a claim, for its ClaimReview</summary>
/// <remarks>An editor's verdict on a claim: a rating from 1 (false) to 5 (true), the rating in words as readers will see it (Google's alternateName: "False", "Misleading", "Accurate"), and the review's text. Only a rated claim gets ClaimReview JSON-LD, and it publishes this, with the check's arithmetic as supporting text. Ratings are only ever added, with their author and time; the newest stands.</remarks>
internal sealed class RateClaimEndpoint(Database db) : Endpoint<RatingInput, Results<Created<RatingResponse>, ProblemHttpResult>>
{
    private const string InsertSql = """
        INSERT INTO claim_ratings (claim_id, rating, wording, text, author, at)
        SELECT @ClaimId, @Rating, @Wording, @Text, @Author, @At WHERE EXISTS (SELECT 1 FROM claims WHERE id = @ClaimId)
        RETURNING id;
        """;

    public override void Configure()
    {
        Post("/claims/{id:long}/ratings");
        Group<Writes>();
        RequestBinder(JsonBody<RatingInput>.Binder);
        Description(b => b.WithName("RateClaim").WithTags("ClaimReview")
            .ProducesProblem(StatusCodes.Status404NotFound));
    }

    public override async Task<Results<Created<RatingResponse>, ProblemHttpResult>> ExecuteAsync(RatingInput input, CancellationToken ct)
    {
        var claimId = Route<long>("id");
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginWriteAsync(ct);
        var rating = new RatingResponse(0, claimId, input.Rating!.Value, input.Wording!, input.Text!, Actor.Author, DateTimeOffset.UtcNow);
        var row = new
        {
            rating.ClaimId, rating.Rating, rating.Wording, rating.Text, rating.Author,
            At = Figures.ToText(rating.At),
        };
        if (await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(InsertSql, row, transaction, cancellationToken: ct)) is not { } id)
            return Problems.NotFound("claim", claimId);
        await transaction.CommitAsync(ct);
        return TypedResults.Created($"/claims/{claimId}/claim-review", rating with { Id = id });
    }
}

internal sealed record RatingInput
{
    /// <summary>From 1 (false) to 5 (true), the scale Google's fact-check markup documents.</summary>
    /// <example>2</example>
    public required int? Rating { get; init; }

    /// <summary>The rating in words, as the ClaimReview's alternateName shows it to readers.</summary>
    /// <example>Overstated</example>
    public required string? Wording { get; init; }

    /// <summary>The editor's review: what the claim gets wrong or right, in the desk's words.</summary>
    /// <example>Lukashenko's 1,500 to 2,000 is above every other count of the time, including the 4% the release of 52 implies.</example>
    public required string? Text { get; init; }
}

/// <summary>A rating an editor gave a claim.</summary>
internal sealed record RatingResponse(long Id, long ClaimId, int Rating, string Wording, string Text, string Author, DateTimeOffset At);

internal sealed class RatingInputValidator : Validator<RatingInput>
{
    public RatingInputValidator()
    {
        RuleFor(x => x.Rating).Cascade(CascadeMode.Stop).NotNull().InclusiveBetween(1, 5).WithMessage("Must be a whole number from 1 (false) to 5 (true).");
        RuleFor(x => x.Wording).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Needs the rating in words, such as 'False' or 'Accurate'.")
            .OptionalText(100).PlainText();
        RuleFor(x => x.Text).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Needs the editor's review.").OptionalText(5000);
    }
}
