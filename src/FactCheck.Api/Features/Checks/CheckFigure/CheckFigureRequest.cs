using FactCheck.Api.Features.Claims;
using FactCheck.Api.Infrastructure;
using FactCheck.Domain;
using FluentValidation;

namespace FactCheck.Api.Features.Checks.CheckFigure;

/// <summary>A figure that is not stored, such as a sentence about to be published, to check against the stored claims.</summary>
internal sealed record CheckFigureRequest : IClaimFigures
{
    /// <summary>The key of the quantity the figure measures.</summary>
    /// <example>belarus/political-prisoners/held</example>
    public required string QuantityKey { get; init; }

    /// <example>exact</example>
    public required Qualifier? Qualifier { get; init; }

    /// <summary>The figure, for every qualifier but 'between'; the decimals written set the rounding grain.</summary>
    /// <example>1500</example>
    public decimal? Value { get; init; }

    /// <summary>The lower figure, for 'between' only.</summary>
    public decimal? Min { get; init; }

    /// <summary>The upper figure, for 'between' only.</summary>
    public decimal? Max { get; init; }

    /// <summary>The grain the figure was rounded to, when known better than the digits.</summary>
    public decimal? Precision { get; init; }

    /// <summary>The date the figure describes: required for a stock, which changes over time; an event's figures are timeless.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The source it would appear in, if already recorded: conflicts with that source's own claims are then flagged as such.</summary>
    public long? SourceId { get; init; }
}

internal sealed class CheckFigureRequestValidator : FastEndpoints.Validator<CheckFigureRequest>
{
    public CheckFigureRequestValidator()
    {
        RuleFor(x => x.QuantityKey).QuantityKey();
        RuleFor(x => x.SourceId).GreaterThan(0);
        Include(new ClaimFiguresValidator());
    }
}

/// <summary>What the stored claims and relations say of the figure; nothing was written.</summary>
/// <param name="Interval">The values the figure allows.</param>
/// <param name="Verdict">
/// conflicts: a comparable claim, a relation at the figure's date or the unit rules it out (the findings say which);
/// fits: comparable claims or relations exist and none does; no_comparable_claims: nothing stored speaks of the quantity
/// at that date. Each relation is judged by what the stored records imply for the quantity: the figure moves no other side.
/// </param>
/// <param name="Fits">The verdict is not conflicts.</param>
/// <param name="Findings">The findings that rest on the figure; it is named "the checked figure" (claim id 0). Rounding notes do not make it conflict.</param>
internal sealed record CheckFigureResponse(string QuantityKey, IntervalResponse Interval, FigureVerdict Verdict, bool Fits, IReadOnlyList<FindingResponse> Findings);
