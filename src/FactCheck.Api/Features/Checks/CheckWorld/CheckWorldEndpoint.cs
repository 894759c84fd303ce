using FactCheck.Api.Features.Claims;
using FactCheck.Api.Features.Decisions;
using FactCheck.Api.Features.Import;
using FactCheck.Api.Features.Relations;
using FactCheck.Api.Infrastructure;
using FactCheck.Domain;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Checks.CheckWorld;

/// <summary>Check a whole set of records without storing them</summary>
/// <remarks>Takes sources, quantities, claims and relations inline, in the import's shape (seed-claims.json: snake_case published, window_days, as_of), and returns the full report the stored check would give: every quantity, every relation at the times it is checked, and every finding of every severity. Reads nothing from the store and writes nothing. Claims and relations are numbered from 1 in the document's order; ids maps the document's own ids to those numbers.</remarks>
internal sealed class CheckWorldEndpoint : Endpoint<ImportDocument, Results<Ok<WorldCheckResponse>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Post("/checks/worlds");
        Group<Reads>();
        RequestBinder(JsonBody<ImportDocument>.Binder);
        Description(b => b.WithName("CheckWorld").WithTags("Checks"));
    }

    public override Task<Results<Ok<WorldCheckResponse>, ProblemHttpResult>> ExecuteAsync(ImportDocument document, CancellationToken ct)
    {
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var quantities = (document.Quantities ?? []).Select(q => new QuantityFact(q.Key, q.Label, q.Unit, q.Kind!.Value, q.WindowDays))
            .ToDictionary(q => q.Key, StringComparer.Ordinal);
        var sources = (document.Sources ?? []).Select((s, i) => (s.Id, Number: i + 1L, s.PublishedAt, s.Publisher)).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var ids = new WorldIds(sources.ToDictionary(s => s.Key, s => s.Value.Number, StringComparer.Ordinal), [], []);

        var claims = new List<ClaimFact>();
        foreach (var (claim, i) in (document.Claims ?? []).Select((c, i) => (c, i)))
        {
            if (!quantities.TryGetValue(claim.Quantity, out var quantity))
            {
                problems[$"claims[{i}].quantity"] = [$"No quantity in this document has the key '{claim.Quantity}'."];
                continue;
            }
            foreach (var (field, message) in ClaimChecks.AgainstUnit(claim, quantity.Unit))
                problems[$"claims[{i}].{field}"] = [message];
            var source = sources[claim.Source];
            var number = i + 1L;
            if (claim.Id is not null) ids.Claims[claim.Id] = number;
            claims.Add(new ClaimFact(number, source.Number, quantity.Key,
                new ClaimFigures(claim.Qualifier!.Value, claim.Value, claim.Min, claim.Max, claim.Precision), claim.AsOf ?? source.PublishedAt)
            {
                Cited = new Citation(source.Publisher, claim.Quote, claim.AttributedTo),
            });
        }

        var relations = new List<RelationFact>();
        foreach (var (relation, i) in (document.Relations ?? []).Select((r, i) => (r, i)))
        {
            var terms = RelationTerms.Of(relation);
            foreach (var unknown in terms.Where(t => t.IsQuantity && !quantities.ContainsKey(t.Key)))
                problems[$"relations[{i}].{unknown.Field}"] = [$"No quantity in this document has the key '{unknown.Key}'."];
            var number = i + 1L;
            if (relation.Id is not null) ids.Relations[relation.Id] = number;
            relations.Add(RelationTerms.Fact(number, relation.Kind!.Value,
                terms.Select(t => (t.Role, t.Position, t.IsQuantity ? t.Key : null, t.Constant)), relation.AsOf));
        }
        if (problems.Count > 0)
            return Task.FromResult<Results<Ok<WorldCheckResponse>, ProblemHttpResult>>(Problems.Invalid(problems));

        var world = new ClaimWorld(quantities.Values.ToList(), claims, relations);
        var report = ConsistencyEngine.Check(world);
        var unitOf = world.UnitOf();
        return Task.FromResult<Results<Ok<WorldCheckResponse>, ProblemHttpResult>>(TypedResults.Ok(new WorldCheckResponse(ids,
            world.Quantities.OrderBy(q => q.Key, StringComparer.Ordinal).Select(q => QuantityCheckResponse.From(q, report, unitOf, DecisionBook.Empty)).ToList(),
            report.Relations.Select(r => RelationCheckResponse.From(r, unitOf)).ToList(),
            report.Findings.Select(f => FindingResponse.From(f, unitOf, DecisionBook.Empty)).ToList())));
    }
}

/// <summary>The numbers the check gave the document's records, by the document's own ids.</summary>
internal sealed record WorldIds(Dictionary<string, long> Sources, Dictionary<string, long> Claims, Dictionary<string, long> Relations);

/// <summary>The full report on a set of records that was not stored.</summary>
/// <param name="Ids">The document's ids and the numbers they go by in this report (claims and relations from 1, in the document's order).</param>
/// <param name="Quantities">Every quantity's report, by key.</param>
/// <param name="Relations">Every relation, checked at each time it speaks of.</param>
/// <param name="Findings">Every finding, of every severity.</param>
internal sealed record WorldCheckResponse(
    WorldIds Ids, IReadOnlyList<QuantityCheckResponse> Quantities, IReadOnlyList<RelationCheckResponse> Relations, IReadOnlyList<FindingResponse> Findings);
