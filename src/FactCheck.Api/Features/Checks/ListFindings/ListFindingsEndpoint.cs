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
        var matching = current.Report.Findings
            .Where(f => request.Quantity is null || f.QuantityKeys.Contains(request.Quantity))
            .Where(f => request.SourceId is null || f.SourcesAtIssue.Contains(request.SourceId.Value))
            .Where(f => kind is null || f.Kind == kind)
            .Where(Severities.Filter(request.Severity, request.Kind))
            .Where(Statuses.Filter(request.Status, current.Decisions))
            .ToList();
        var unitOf = current.World.UnitOf();
        var page = matching.Skip(request.OffsetOf()).Take(request.SizeOf()).Select(f => FindingResponse.From(f, unitOf, current.Decisions)).ToList();
        return TypedResults.Ok(request.PageOf(page, matching.Count));
    }

    private static async Task<StoreReport.Checked> AsOfAsync(Database db, DateTimeOffset instant, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
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
