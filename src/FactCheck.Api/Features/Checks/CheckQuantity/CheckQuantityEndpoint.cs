using FactCheck.Api.Features.Decisions;
using FactCheck.Api.Features.Quantities;
using FactCheck.Api.Infrastructure;
using FactCheck.Domain;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Checks.CheckQuantity;

/// <summary>Check one quantity's claims against each other and its relations</summary>
/// <remarks>
/// Every claim as the interval it allows; the verdict (consistent, conflicting, single_claim, no_claims);
/// per period, the interval all comparable claims share or else the largest group of agreeing claims and
/// the claims outside it; every relation the quantity takes part in, checked by interval arithmetic; and
/// the findings that concern the quantity, each with its arithmetic in words. With asOf, the records as their
/// revisions stood at that instant: what the check said when an article went out.
/// </remarks>
internal sealed class CheckQuantityEndpoint(Database db, QuantityReports reports) : Endpoint<CheckQuantityRequest, Results<Ok<QuantityCheckResponse>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("/checks/quantities/{**key}");
        Group<Reads>();
        Description(b => b.WithName("CheckQuantity").WithTags("Checks").ProducesProblem(StatusCodes.Status404NotFound));
    }

    public override async Task<Results<Ok<QuantityCheckResponse>, ProblemHttpResult>> ExecuteAsync(CheckQuantityRequest request, CancellationToken ct)
    {
        var key = QuantityQueries.KeyFromRoute(Route<string>("key")!);
        var asOf = request.AsOf;
        await using var connection = await db.OpenReadAsync(ct);
        // Read before the records, so an answer is never kept under a version newer than what it was worked out from.
        var version = asOf is null ? await StoreVersion.ReadAsync(connection, ct) : (long?)null;
        if (version is { } current && reports.Find(current, key) is { } kept)
            return TypedResults.Ok(kept);

        var world = asOf is { } instant
            ? await ClaimWorldQueries.AsOfAsync(connection, instant, ct)
            : await ClaimWorldQueries.AroundAsync(connection, [key], ct);
        if (world.Quantities.FirstOrDefault(q => q.Key == key) is not { } quantity)
            return Problems.NotFound("quantity", key);

        var report = ConsistencyEngine.Check(world);
        var response = QuantityCheckResponse.From(quantity, report, world.UnitOf(), await DecisionBook.ReadAsync(connection, ct, asOf));
        if (version is { } at) reports.Keep(at, key, response);
        return TypedResults.Ok(response);
    }
}

internal sealed record CheckQuantityRequest
{
    /// <summary>Check the records as they stood at this instant (ISO 8601, e.g. 2025-09-12T10:00:00Z) instead of now.</summary>
    public DateTimeOffset? AsOf { get; init; }
}
