using FactCheck.Api.Features.Decisions;
using FactCheck.Api.Infrastructure;
using FactCheck.Domain;
using FastEndpoints;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Checks.ListFindings;

/// <summary>List every finding across the store</summary>
/// <remarks>Value conflicts, relation conflicts, impossible claims, dispersed quantities and what holds only thanks to rounding (notes, shown when severity or kind asks for them), in a stable order: by kind, then quantity, then the claims they rest on. Filter by quantity (in any role), source and kind. Computed once per change to the records; with asOf, from the records' revisions as they stood at that instant. </remarks>
internal sealed class ListFindingsEndpoint(StoreReport store, Database db) : Endpoint<ListFindingsRequest, Ok<Page<FindingResponse>>>
{
    public override void Configure()
    {
        Get("/findings");
        Group<Reads>();
        Description(b => b.WithName("ListFindings").WithTags("Checks"));
    }

    public override async Task<Ok<Page<FindingResponse>>> ExecuteAsync(ListFindingsRequest request, CancellationToken ct)
    {
        var current = request.AsOf is { } instant ? await AsOfAsync(db, instant, ct) : await store.GetAsync(ct);
        var kind = request.Kind is { } word ? Names<FindingKind>.Parse(word) : (FindingKind?)null;
        var severity = Severities.Shown(request.Severity, request.Kind);
        var status = Statuses.Filter(request.Status, current.Decisions);
        var (skip, size, total) = (request.OffsetOf(), request.SizeOf(), 0);
        var page = new List<FindingResponse>(size);
        // Store-wide, before any decision, every finding is open and the report's tally gives the count: only the page is read.
        var known = request.Quantity is not null || request.SourceId is not null || !current.Decisions.IsEmpty ? (int?)null
            : !Statuses.Shown(request.Status)(FindingStatus.Open) ? 0
            : Enum.GetValues<FindingKind>().Where(k => kind is null || k == kind)
                .Sum(k => Enum.GetValues<Domain.Severity>().Where(severity).Sum(s => current.Report.CountOf(k, s)));
        // Otherwise one pass counts the matches and keeps only the page's: a store may hold a million findings.
        foreach (var finding in request.Quantity is { } key ? current.Report.FindingsOf(key) : current.Report.Findings)
        {
            if ((request.SourceId is { } source && !finding.SourcesAtIssue.Contains(source)) || (kind is { } k && finding.Kind != k)
                || !severity(finding.Severity) || !status(finding) || total++ < skip) continue;
            if (page.Count < size) page.Add(FindingResponse.From(finding, current.UnitOf, current.Decisions));
            else if (known is not null) break;
        }
        return TypedResults.Ok(request.PageOf(page, known ?? total));
    }

    private static async Task<StoreReport.Checked> AsOfAsync(Database db, DateTimeOffset instant, CancellationToken ct)
    {
        await using var connection = await db.OpenReadAsync(ct);
        var world = await ClaimWorldQueries.AsOfAsync(connection, instant, ct);
        return new StoreReport.Checked(-1, world, ConsistencyEngine.Check(world), await DecisionBook.ReadAsync(connection, ct, instant));
    }
}

internal sealed record ListFindingsRequest : IPaged
{
    /// <summary>The findings as the records stood at this instant (ISO 8601, e.g. 2025-09-12T10:00:00Z), from their revisions.</summary>
    public DateTimeOffset? AsOf { get; init; }

    /// <summary>Only findings about the quantity with this key, in any role.</summary>
    public string? Quantity { get; init; }

    /// <summary>Only findings in which a claim of this source is at issue (claimsAtIssue): the source's own findings.</summary>
    public long? SourceId { get; init; }

    /// <summary>Only findings of this kind: value_conflict, holds_only_by_rounding, relation_conflict, relation_holds_only_by_rounding, impossible_claim or dispersed_claims.</summary>
    public string? Kind { get; init; }

    /// <summary>Only findings of these severities, comma-separated: conflict, warning, note. Without it, conflicts and warnings, or with kind, every finding of that kind.</summary>
    public string? Severity { get; init; }

    /// <summary>Only findings the desk left in these statuses, comma-separated: open, confirmed, dismissed, reopened. Without it, all but dismissed.</summary>
    public string? Status { get; init; }

    /// <summary>The page to read, from 1.</summary>
    public int? Page { get; init; }

    /// <summary>Findings per page, 1 to 200 (default 50).</summary>
    public int? PageSize { get; init; }
}

internal sealed class ListFindingsRequestValidator : Validator<ListFindingsRequest>
{
    public ListFindingsRequestValidator()
    {
        Include(new PagedValidator());
        RuleFor(x => x.Kind).Must(Names<FindingKind>.IsWord).When(x => x.Kind is not null)
            .WithMessage($"Must be one of: {Names<FindingKind>.All}.");
        RuleFor(x => x.Quantity).QuantityKey().When(x => x.Quantity is not null);
        RuleFor(x => x.Severity).Must(Severities.IsList).WithMessage(Severities.Message);
        RuleFor(x => x.Status).Must(Statuses.IsList).WithMessage(Statuses.Message);
    }
}
