using FactCheck.Api.Infrastructure;

namespace FactCheck.Api.Features.Decisions;

/// <summary>A decision a desk recorded on a finding.</summary>
/// <param name="Id">The decision's own id.</param>
/// <param name="FindingId">The finding it was taken on.</param>
/// <param name="Decision">confirmed, dismissed or note.</param>
/// <param name="Text">The reason for a dismissal, the text of a note, or what a confirmation adds.</param>
/// <param name="Author">The API key's name that recorded it.</param>
/// <param name="At">When, in UTC.</param>
internal sealed record DecisionResponse(long Id, string FindingId, DecisionKind Decision, string? Text, string Author, DateTimeOffset At)
{
    public static DecisionResponse From(DecisionRow row) => new(row.Id, row.FindingId, row.Kind, row.Text, row.Author,
        DateTimeOffset.Parse(row.At, System.Globalization.CultureInfo.InvariantCulture));
}
