using System.Text.Json.Serialization;
using FactCheck.Api.Features.Decisions;
using FactCheck.Domain;

namespace FactCheck.Api.Features.Checks;

/// <summary>The values a claim or a relation allows, exactly, and as a reader would write them.</summary>
/// <param name="Low">The lower end; null when unbounded.</param>
/// <param name="LowClosed">Whether the lower end itself is allowed.</param>
/// <param name="High">The upper end; null when unbounded.</param>
/// <param name="HighClosed">Whether the upper end itself is allowed.</param>
/// <param name="Notation">Mathematical notation, e.g. [1250, 1350] or (1300, ∞).</param>
/// <param name="Words">In words, e.g. "1,250 to 1,350 people".</param>
internal sealed record IntervalResponse(decimal? Low, bool LowClosed, decimal? High, bool HighClosed, string Notation, string Words)
{
    public static IntervalResponse From(Interval interval, string unit) =>
        new(interval.Low, interval.LowClosed, interval.High, interval.HighClosed, interval.ToString(), Domain.Words.Of(interval, unit));
}

/// <summary>A claim with the interval it allows.</summary>
internal sealed record PlacedClaimResponse(long ClaimId, long SourceId, DateOnly AsOf, IntervalResponse Interval)
{
    public static PlacedClaimResponse From(PlacedClaim claim, string unit) =>
        new(claim.ClaimId, claim.SourceId, claim.AsOf, IntervalResponse.From(claim.Interval, unit));
}

/// <summary>Two claims whose intervals do not meet (or meet only by rounding).</summary>
/// <param name="Gap">How far apart the two intervals are.</param>
/// <param name="RelativeGap">The gap as a fraction of the larger of the two facing ends.</param>
/// <param name="SameSource">Both claims come from one source.</param>
internal sealed record ClaimPairResponse(PlacedClaimResponse Lower, PlacedClaimResponse Upper, decimal Gap, decimal RelativeGap, bool SameSource);

/// <summary>Claims that share an interval.</summary>
internal sealed record AgreeingGroupResponse(IntervalResponse Shared, IReadOnlyList<long> ClaimIds)
{
    public static AgreeingGroupResponse From(AgreeingGroup group, string unit) => new(IntervalResponse.From(group.Shared, unit), group.ClaimIds);
}

/// <summary>What a relation implies for one of its quantities.</summary>
/// <param name="Agreed">The interval this quantity's largest group of agreeing claims shares (its unit's domain when it has no claims).</param>
/// <param name="Implied">What the other quantities imply by the relation's arithmetic.</param>
/// <param name="Possible">The implied interval within the unit's domain (whole numbers for counts).</param>
/// <param name="Impossible">No value of the unit fits: "7% of 50 people" leaves no whole number.</param>
/// <param name="ClaimsOutOfLine">This quantity's claims that do not meet the possible interval.</param>
internal sealed record ImpliedIntervalResponse(
    RelationRole Role, string QuantityKey, IntervalResponse Agreed, IntervalResponse Implied, IntervalResponse Possible,
    bool Impossible, IReadOnlyList<long> ClaimsOutOfLine);

/// <summary>
/// A relation checked against the claims about its quantities, at one time: a stock stands for its claims comparable
/// with the dates the relation speaks of, so a relation among stocks may be checked once per period.
/// </summary>
/// <param name="AsOfFrom">The first date it was checked at: the relation's own date, its events' first claim date, or the start of its stocks' period. Absent for a relation of events only, which holds whenever.</param>
/// <param name="AsOfTo">The last date it was checked at.</param>
internal sealed record RelationCheckResponse(
    long RelationId, RelationKind Kind, RelationVerdict Verdict, IReadOnlyList<ImpliedIntervalResponse> Terms,
    IReadOnlyList<long> ClaimsOutOfLine, string Explanation, DateOnly? AsOfFrom, DateOnly? AsOfTo)
{
    public static RelationCheckResponse From(RelationReport report, Func<string, string> unitOf) => new(
        report.RelationId, report.Kind, report.Verdict,
        report.Terms.Select(t => new ImpliedIntervalResponse(t.Role, t.QuantityKey,
            IntervalResponse.From(t.Agreed, unitOf(t.QuantityKey)), IntervalResponse.From(t.Implied, unitOf(t.QuantityKey)),
            IntervalResponse.From(t.Possible, unitOf(t.QuantityKey)), t.Impossible, t.ClaimsOutOfLine)).ToList(),
        report.ClaimsOutOfLine, report.Explanation, report.From, report.To);
}

/// <summary>One finding: the claims it rests on, and its arithmetic in words; the sections of other kinds are null.</summary>
/// <param name="Id">The finding's identity across recomputation (its kind, claims, relation and period): what a decision names.</param>
/// <param name="Status">Where the desk left it: open, confirmed, dismissed, or reopened (decided once, but it has changed since).</param>
/// <param name="Decision">The decision that confirmed or dismissed it last, when there is one (a reopened finding keeps it on view).</param>
/// <param name="Kind">value_conflict, holds_only_by_rounding, relation_conflict, relation_holds_only_by_rounding, impossible_claim or dispersed_claims.</param>
/// <param name="Severity">
/// conflict: the claims cannot all be true, beyond wording; warning: a disagreement only at a boundary, which closes if the open
/// ends of what the claims say are closed ("over 1,300" against "up to 1,300"); note: it holds only by rounding, or sums up dispersed claims.
/// </param>
/// <param name="ClaimsAtIssue">
/// The claims the finding holds against each other or rules out: both of a pair; of a relation, the claims its arithmetic rules
/// out (not every claim it rests on), or all of them when it rules out none in particular.
/// </param>
/// <param name="Explanation">The arithmetic, in words a reader can check.</param>
/// <param name="Pair">For value_conflict and holds_only_by_rounding: the two claims and the gap between them.</param>
/// <param name="Relation">For relation findings: the relation's check.</param>
/// <param name="Groups">For dispersed_claims: the groups of claims that agree with each other.</param>
/// <param name="SourceClaimIds">On a source's findings only: which of that source's claims are at issue.</param>
internal sealed record FindingResponse(
    string Id, FindingKind Kind, Severity Severity, FindingStatus Status, DecisionResponse? Decision, IReadOnlyList<string> QuantityKeys, IReadOnlyList<long> ClaimIds, IReadOnlyList<long> SourceIds,
    IReadOnlyList<long> ClaimsAtIssue, string Explanation, ClaimPairResponse? Pair, RelationCheckResponse? Relation,
    IReadOnlyList<AgreeingGroupResponse>? Groups,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<long>? SourceClaimIds = null)
{
    public static FindingResponse From(Finding finding, Func<string, string> unitOf, DecisionBook decisions)
    {
        var unit = unitOf(finding.QuantityKeys[0]);
        return new FindingResponse(finding.Id, finding.Kind, finding.Severity, decisions.StatusOf(finding),
            decisions.Standing(finding.Id) is { } standing ? DecisionResponse.From(standing) : null, finding.QuantityKeys, finding.ClaimIds, finding.SourceIds,
            finding.ClaimsAtIssue, finding.Explanation,
            finding.Pair is { } p
                ? new ClaimPairResponse(PlacedClaimResponse.From(p.Lower, unit), PlacedClaimResponse.From(p.Upper, unit), p.Gap, p.RelativeGap, p.SameSource)
                : null,
            finding.Relation is { } r ? RelationCheckResponse.From(r, unitOf) : null,
            finding.Groups?.Select(g => AgreeingGroupResponse.From(g, unit)).ToList());
    }
}

/// <summary>Claims that compare with each other, summarised: an event's claims form one period, a stock's one per window.</summary>
/// <param name="Shared">The interval every claim of the period allows, when there is one.</param>
/// <param name="LargestGroup">Otherwise the largest group of agreeing claims (ties: more sources, then the lower interval).</param>
/// <param name="Outside">The claims outside that group.</param>
/// <param name="Supported">The figure the largest agreeing group supports (all the claims, when they share one), with its claims and sources.</param>
internal sealed record PeriodResponse(
    DateOnly From, DateOnly To, IReadOnlyList<long> ClaimIds, IntervalResponse? Shared, AgreeingGroupResponse? LargestGroup, IReadOnlyList<long> Outside,
    SupportedFigureResponse Supported);

/// <summary>The best-supported figure of a period.</summary>
/// <param name="Figure">The interval the supporting claims share.</param>
/// <param name="ClaimIds">The claims that allow it.</param>
/// <param name="SourceIds">Their sources.</param>
/// <param name="Statement">The same in words: "Best supported: 1,300 people, which 8 of the 10 claims from 22 Aug to 12 Sep 2025 allow, from 5 sources: …".</param>
internal sealed record SupportedFigureResponse(IntervalResponse Figure, IReadOnlyList<long> ClaimIds, IReadOnlyList<long> SourceIds, string Statement)
{
    public static SupportedFigureResponse From(SupportedFigure supported, string unit) =>
        new(IntervalResponse.From(supported.Figure, unit), supported.ClaimIds, supported.SourceIds, supported.Statement);
}

/// <summary>A quantity's claims checked against each other and against the relations it takes part in.</summary>
/// <param name="Verdict">consistent, conflicting, single_claim or no_claims.</param>
/// <param name="ConflictingPairs">How many pairs of comparable claims cannot both be true.</param>
/// <param name="PairsTruncated">More pairs disagree than are listed one by one: see the dispersed_claims finding.</param>
internal sealed record QuantityCheckResponse(
    string Key, string Label, string Unit, QuantityVerdict Verdict, IReadOnlyList<PlacedClaimResponse> Claims,
    IReadOnlyList<PeriodResponse> Periods, int ConflictingPairs, bool PairsTruncated,
    IReadOnlyList<RelationCheckResponse> Relations, IReadOnlyList<FindingResponse> Findings)
{
    public static QuantityCheckResponse From(QuantityFact quantity, ConsistencyReport report, Func<string, string> unitOf, DecisionBook decisions)
    {
        var q = report.Quantities.Single(r => r.Key == quantity.Key);
        var unit = quantity.Unit;
        return new QuantityCheckResponse(quantity.Key, quantity.Label, unit, q.Verdict,
            q.Claims.Select(c => PlacedClaimResponse.From(c, unit)).ToList(),
            q.Periods.Select(p => new PeriodResponse(p.From, p.To, p.ClaimIds,
                p.Shared is { } s ? IntervalResponse.From(s, unit) : null,
                p.LargestGroup is { } g ? AgreeingGroupResponse.From(g, unit) : null, p.Outside, SupportedFigureResponse.From(p.Supported, unit))).ToList(),
            q.ConflictingPairs, q.PairsTruncated,
            report.Relations.Where(r => r.Terms.Any(t => t.QuantityKey == quantity.Key)).Select(r => RelationCheckResponse.From(r, unitOf)).ToList(),
            report.Findings.Where(f => f.QuantityKeys.Contains(quantity.Key)).Select(f => FindingResponse.From(f, unitOf, decisions)).ToList());
    }
}
