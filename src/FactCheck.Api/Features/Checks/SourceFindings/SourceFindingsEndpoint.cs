using Dapper;
using FactCheck.Api.Features.Decisions;
using FactCheck.Api.Infrastructure;
using FactCheck.Domain;
using FastEndpoints;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Checks.SourceFindings;

/// <summary>What in this source disagrees with what others say</summary>
/// <remarks>The findings in which the source's own claims are at issue: a pair of claims one of which is the source's, within the source or against another; a relation whose arithmetic rules out one of the source's claims (a relation the source's claims merely feed is not listed). sourceClaimIds says which of its claims.</remarks>
internal sealed class SourceFindingsEndpoint(Database db) : Endpoint<SourceFindingsRequest, Results<Ok<Page<FindingResponse>>, ProblemHttpResult>>
{
    private const string QuantitiesSql = """
        SELECT EXISTS (SELECT 1 FROM sources WHERE id = @id);
        SELECT DISTINCT q.key FROM claims c JOIN quantities q ON q.id = c.quantity_id WHERE c.source_id = @id;
        """;

    public override void Configure()
    {
        Get("/sources/{id:long}/findings");
        Group<Reads>();
        Description(b => b.WithName("ListSourceFindings").WithTags("Checks")
            .ProducesProblem(StatusCodes.Status404NotFound));
    }

    public override async Task<Results<Ok<Page<FindingResponse>>, ProblemHttpResult>> ExecuteAsync(SourceFindingsRequest request, CancellationToken ct)
    {
        var id = Route<long>("id");
        await using var connection = await db.OpenReadAsync(ct);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(QuantitiesSql, new { id }, cancellationToken: ct));
        if (!await results.ReadSingleAsync<bool>())
            return Problems.NotFound("source", id);
        var keys = (await results.ReadAsync<string>()).ToList();

        var world = await ClaimWorldQueries.AroundAsync(connection, keys, ct);
        var decisions = await DecisionBook.ReadAsync(connection, ct);
        var findings = ConsistencyEngine.Check(world).Findings.Where(f => f.SourcesAtIssue.Contains(id))
            .Where(Severities.Filter(request.Severity, kind: null))
            .Where(Statuses.Filter(request.Status, decisions)).ToList();
        var own = world.Claims.Where(c => c.SourceId == id).Select(c => c.Id).ToHashSet();
        var unitOf = world.UnitOf();
        var page = findings.Skip(request.OffsetOf()).Take(request.SizeOf())
            .Select(f => FindingResponse.From(f, unitOf, decisions) with { SourceClaimIds = f.ClaimsAtIssue.Where(own.Contains).ToList() }).ToList();
        return TypedResults.Ok(request.PageOf(page, findings.Count));
    }
}

internal sealed record SourceFindingsRequest : IPaged
{
    /// <summary>Only findings of these severities, comma-separated: conflict, warning, note. Without it, conflicts and warnings.</summary>
    public string? Severity { get; init; }

    /// <summary>Only findings the desk left in these statuses, comma-separated: open, confirmed, dismissed, reopened. Without it, all but dismissed.</summary>
    public string? Status { get; init; }

    /// <summary>The page to read, from 1.</summary>
    public int? Page { get; init; }

    /// <summary>Findings per page, 1 to 200 (default 50).</summary>
    public int? PageSize { get; init; }
}

internal sealed class SourceFindingsRequestValidator : Validator<SourceFindingsRequest>
{
    public SourceFindingsRequestValidator()
    {
        Include(new PagedValidator());
        RuleFor(x => x.Severity).Must(Severities.IsList).WithMessage(Severities.Message);
        RuleFor(x => x.Status).Must(Statuses.IsList).WithMessage(Statuses.Message);
    }
}
