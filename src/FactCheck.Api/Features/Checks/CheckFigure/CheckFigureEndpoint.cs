using Dapper;
using FactCheck.Api.Features.Claims;
using FactCheck.Api.Features.Decisions;
using FactCheck.Api.Infrastructure;
using FactCheck.Domain;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Checks.CheckFigure;

/// <summary>Check a figure that is not stored against the stored claims</summary>
/// <remarks>Applies the same rules as the stored check to one figure, as if it were a claim about the quantity, and writes nothing.</remarks>
internal sealed class CheckFigureEndpoint(Database db) : Endpoint<CheckFigureRequest, Results<Ok<CheckFigureResponse>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Post("/checks");
        Group<Reads>();
        RequestBinder(JsonBody<CheckFigureRequest>.Binder);
        Description(b => b.WithName("CheckFigure").WithTags("Checks")
            .ProducesProblem(StatusCodes.Status404NotFound));
    }

    public override async Task<Results<Ok<CheckFigureResponse>, ProblemHttpResult>> ExecuteAsync(CheckFigureRequest request, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        if (request.SourceId is { } sourceId && !await connection.ExecuteScalarAsync<bool>(
                new CommandDefinition("SELECT EXISTS (SELECT 1 FROM sources WHERE id = @sourceId);", new { sourceId }, cancellationToken: ct)))
            return Problems.UnknownReference("sourceId", "source", sourceId);

        var world = await ClaimWorldQueries.AroundAsync(connection, [request.QuantityKey], ct);
        if (world.Quantities.FirstOrDefault(q => q.Key == request.QuantityKey) is not { } quantity)
            return Problems.UnknownReference("quantityKey", "quantity", request.QuantityKey);
        var problems = ClaimChecks.AgainstUnit(request, quantity.Unit).ToDictionary(p => p.Field, p => new[] { p.Message });
        // A stock changes: a figure about it means nothing without the date it describes.
        if (quantity.Kind == QuantityKind.Stock && request.AsOf is null)
            problems["asOf"] = [$"{quantity.Key} is a stock, which changes over time: give the date the figure describes (YYYY-MM-DD)."];
        if (problems.Count > 0)
            return Problems.Invalid(problems);

        var figures = new ClaimFigures(request.Qualifier!.Value, request.Value, request.Min, request.Max, request.Precision);
        var figure = new ClaimFact(ClaimFact.Unsaved, request.SourceId ?? 0, quantity.Key, figures,
            request.AsOf ?? DateOnly.FromDateTime(DateTime.UtcNow));
        var check = FigureCheck.Of(world, figure);
        var unitOf = world.UnitOf();
        return TypedResults.Ok(new CheckFigureResponse(quantity.Key, IntervalResponse.From(check.Interval, quantity.Unit),
            check.Verdict, check.Verdict != FigureVerdict.Conflicts, check.Findings.Select(f => FindingResponse.From(f, unitOf, DecisionBook.Empty)).ToList()));
    }
}
