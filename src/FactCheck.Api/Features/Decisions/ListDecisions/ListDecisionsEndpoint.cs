using FactCheck.Api.Features.Checks;
using FactCheck.Api.Infrastructure;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Decisions.ListDecisions;

/// <summary>The decisions taken on a finding</summary>
/// <remarks>Every decision, oldest first, with its author and time: the finding's editorial history. Kept after the finding itself is gone (its claims changed), so what was decided stays on record.</remarks>
internal sealed class ListDecisionsEndpoint(StoreReport store) : EndpointWithoutRequest<Results<Ok<IReadOnlyList<DecisionResponse>>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("/findings/{findingId}/decisions");
        Group<Reads>();
        Description(b => b.WithName("ListDecisions").WithTags("Decisions")
            .ProducesProblem(StatusCodes.Status404NotFound));
    }

    public override async Task<Results<Ok<IReadOnlyList<DecisionResponse>>, ProblemHttpResult>> ExecuteAsync(CancellationToken ct)
    {
        var id = Route<string>("findingId")!;
        var current = await store.GetAsync(ct);
        var decisions = current.Decisions.Of(id);
        if (decisions.Count == 0 && current.Report.Findings.All(f => f.Id != id))
            return Problems.NotFound("finding", id);
        return TypedResults.Ok<IReadOnlyList<DecisionResponse>>([.. decisions.Select(DecisionResponse.From)]);
    }
}
