using Dapper;
using FactCheck.Api.Features.Claims;
using FactCheck.Api.Infrastructure;
using FactCheck.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Checks.CheckFigure;

internal static class CheckFigureEndpoint
{
    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/checks", HandleAsync)
            .WithName("CheckFigure").WithTags("Checks")
            .WithSummary("Check a figure that is not stored against the stored claims")
            .WithDescription("Applies the same rules as the stored check to one figure, as if it were a claim about the quantity, and writes nothing.")
            .Validate<CheckFigureRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    internal static async Task<Results<Ok<CheckFigureResponse>, ProblemHttpResult>> HandleAsync(
        CheckFigureRequest request, Database db, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        if (request.SourceId is { } sourceId && !await connection.ExecuteScalarAsync<bool>(
                new CommandDefinition("SELECT EXISTS (SELECT 1 FROM sources WHERE id = @sourceId);", new { sourceId }, cancellationToken: ct)))
            return Problems.UnknownReference("sourceId", "source", sourceId);

        var world = await ClaimWorldQueries.AroundAsync(connection, [request.QuantityKey], ct);
        if (world.Quantities.FirstOrDefault(q => q.Key == request.QuantityKey) is not { } quantity)
            return Problems.UnknownReference("quantityKey", "quantity", request.QuantityKey);
        var problems = ClaimChecks.AgainstUnit(request, quantity.Unit).ToDictionary(p => p.Field, p => new[] { p.Message });
        if (problems.Count > 0)
            return Problems.Invalid(problems);

        var figures = new ClaimFigures(request.Qualifier!.Value, request.Value, request.Min, request.Max, request.Precision);
        var figure = new ClaimFact(ClaimFact.Unsaved, request.SourceId ?? 0, quantity.Key, figures,
            request.AsOf ?? DateOnly.FromDateTime(DateTime.UtcNow));
        var report = ConsistencyEngine.Check(world with { Claims = [.. world.Claims, figure] });

        var findings = report.Findings.Where(f => f.ClaimIds.Contains(ClaimFact.Unsaved)).ToList();
        var fits = !findings.Any(f => f.Kind is FindingKind.ValueConflict or FindingKind.ImpossibleClaim or FindingKind.DispersedClaims
            || f.Relation?.ClaimsOutOfLine.Contains(ClaimFact.Unsaved) == true);
        var unitOf = world.UnitOf();
        return TypedResults.Ok(new CheckFigureResponse(quantity.Key, IntervalResponse.From(ClaimInterval.Of(figures, quantity.Unit), quantity.Unit),
            fits, findings.Select(f => FindingResponse.From(f, unitOf)).ToList()));
    }
}
