using FactCheck.Api.Features.Decisions;
using FactCheck.Api.Infrastructure;
using FactCheck.Domain;
using FactCheck.Domain.Extraction;
using FastEndpoints;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Checks.CheckDraft;

/// <summary>Check a draft before it is published</summary>
/// <remarks>Takes a draft's text, stores nothing, and answers for each figure in it that matches a stored quantity: the match and its score, the figure's verdict against the store as if it were a claim dated the draft's date (or today), the stored claims it conflicts with and their sources, and the best-supported figure of the time. Figures that match no stored quantity are left out. A CMS plugin needs only this call and the draft.</remarks>
internal sealed class CheckDraftEndpoint(StoreReport store, Database db, Extraction.QuantityNames quantityNames) : Endpoint<CheckDraftRequest, Ok<DraftCheckResponse>>
{
    public override void Configure()
    {
        Post("/checks/drafts");
        Group<Reads>();
        RequestBinder(JsonBody<CheckDraftRequest>.Binder);
        Description(b => b.WithName("CheckDraft").WithTags("Checks"));
    }

    public override async Task<Ok<DraftCheckResponse>> ExecuteAsync(CheckDraftRequest request, CancellationToken ct)
    {
        var current = await store.GetAsync(ct);
        Extraction.QuantityNames.Known known;
        await using (var connection = await db.OpenAsync(ct))
            known = await quantityNames.GetAsync(connection, ct);
        // Only quantities of the checked world: one defined since it was read waits for the next check.
        var checkedKeys = current.World.Quantities.Select(q => q.Key).ToHashSet(StringComparer.Ordinal);
        var suggester = known.Names.All(n => checkedKeys.Contains(n.Key))
            ? known.Suggester
            : new QuantitySuggester([.. known.Names.Where(n => checkedKeys.Contains(n.Key))]);
        var date = request.PublishedAt ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var unitOf = current.UnitOf;
        var quantities = current.World.Quantities.ToDictionary(q => q.Key, StringComparer.Ordinal);
        var claims = current.World.Claims.ToDictionary(c => c.Id);
        var reports = current.Report.Quantities.ToDictionary(q => q.Key, StringComparer.Ordinal);

        var figures = new List<DraftFigureResponse>();
        var mentions = NumberExtractor.Extract(request.Text!);
        var suggestions = suggester.Suggest(request.Text!, mentions, date);
        foreach (var (mention, suggestion) in mentions.Zip(suggestions))
        {
            if (suggestion.SuggestedKey is not { } key) continue;
            var quantity = quantities[key];
            var claim = new ClaimFact(ClaimFact.Unsaved, 0, quantity.Key,
                new ClaimFigures(mention.Qualifier, mention.Value, mention.Min, mention.Max), date);
            // The store's own check is already at hand: each figure is checked against it, not against a fresh one.
            var check = FigureCheck.Of(current.World, claim, current.Report);
            var against = check.Findings.SelectMany(f => f.ClaimIds).Where(id => id != ClaimFact.Unsaved).Distinct().Order()
                .Select(id => claims[id])
                .Select(c => new DraftConflictResponse(c.Id, c.SourceId, c.Cited?.Outlet ?? "", c.Cited?.Speaker, c.Cited?.Quote ?? "", c.AsOf)).ToList();
            var window = quantity.Kind == QuantityKind.Stock ? quantity.WindowDays ?? 0 : (int?)null;
            var period = reports.GetValueOrDefault(quantity.Key)?.Periods
                .FirstOrDefault(p => window is not { } w || (date.DayNumber >= p.From.DayNumber - w && date.DayNumber <= p.To.DayNumber + w));
            figures.Add(new DraftFigureResponse(mention.Start, mention.End, mention.Text, quantity.Key, quantity.Label, suggestion.Candidates[0].Score,
                check.Verdict, IntervalResponse.From(check.Interval, quantity.Unit), against,
                period is null ? null : SupportedFigureResponse.From(period.Supported, quantity.Unit),
                check.Findings.Select(f => FindingResponse.From(f, unitOf, DecisionBook.Empty)).ToList()));
        }
        return TypedResults.Ok(new DraftCheckResponse(date, figures));
    }
}

internal sealed record CheckDraftRequest
{
    /// <summary>The draft's text, as the CMS holds it: up to 200,000 characters.</summary>
    /// <example>Belarus still holds some 1,800 political prisoners, Lukashenko said on Friday.</example>
    public required string? Text { get; init; }

    /// <summary>The date the draft speaks of, for figures of things that change (stocks); today when left out.</summary>
    /// <example>2025-08-25</example>
    public DateOnly? PublishedAt { get; init; }

    /// <summary>Who will publish it; not used in the check, kept for the CMS's own records.</summary>
    public string? Publisher { get; init; }
}

internal sealed class CheckDraftRequestValidator : Validator<CheckDraftRequest>
{
    public const int MaxLength = 200_000;

    public CheckDraftRequestValidator()
    {
        RuleFor(x => x.Text).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Needs the draft's text.").MaximumLength(MaxLength);
        RuleFor(x => x.PublishedAt).Must(Rules.IsPlausibleDate).WithMessage(Rules.DateMessage);
        RuleFor(x => x.Publisher).OptionalText(200).PlainText();
    }
}

/// <summary>The figures of a draft that match stored quantities, each checked against the store.</summary>
/// <param name="Date">The date the figures were checked at: the draft's, or today.</param>
internal sealed record DraftCheckResponse(DateOnly Date, IReadOnlyList<DraftFigureResponse> Figures);

/// <summary>One figure of the draft.</summary>
/// <param name="Start">Where it stands in the draft, in UTF-16 code units.</param>
/// <param name="End">Where it ends, exclusive.</param>
/// <param name="Text">Its words.</param>
/// <param name="QuantityKey">The stored quantity it matches.</param>
/// <param name="QuantityLabel">That quantity's label.</param>
/// <param name="Score">How well it matches: the share of the quantity's name found in the figure's noun phrase and sentence, 0 to 1.</param>
/// <param name="Verdict">fits, conflicts or no_comparable_claims, as POST /checks gives it.</param>
/// <param name="Interval">What the figure allows.</param>
/// <param name="ConflictsWith">The stored claims it conflicts with, and their sources.</param>
/// <param name="Supported">The quantity's best-supported figure at the draft's date, when its claims speak of that time.</param>
/// <param name="Findings">The findings the figure would raise, as POST /checks gives them.</param>
internal sealed record DraftFigureResponse(
    int Start, int End, string Text, string QuantityKey, string QuantityLabel, double Score, FigureVerdict Verdict, IntervalResponse Interval,
    IReadOnlyList<DraftConflictResponse> ConflictsWith, SupportedFigureResponse? Supported, IReadOnlyList<FindingResponse> Findings);

/// <summary>A stored claim a draft's figure conflicts with.</summary>
internal sealed record DraftConflictResponse(long ClaimId, long SourceId, string Outlet, string? Speaker, string Quote, DateOnly AsOf);
