using System.Data.Common;
using Dapper;
using FactCheck.Api.Infrastructure;
using FactCheck.Domain;

namespace FactCheck.Api.Features.Decisions;

/// <summary>What a desk decided on a finding: it is right (confirmed), it is known and explained (dismissed, with a reason), or a note.</summary>
internal enum DecisionKind
{
    Confirmed,
    Dismissed,
    Note,
}

/// <summary>
/// Where a finding stands with the desk: open (nobody decided), confirmed, dismissed, or reopened: decided once, but the
/// finding has said something else since (an edited claim), so that decision no longer holds.
/// </summary>
internal enum FindingStatus
{
    Open,
    Confirmed,
    Dismissed,
    Reopened,
}

/// <summary>One decision as stored.</summary>
internal sealed record DecisionRow(long Id, string FindingId, string Decision, string? Text, string Fingerprint, string Author, string At)
{
    public DecisionKind Kind => Names<DecisionKind>.Parse(Decision);
}

/// <summary>Every decision taken, by finding, oldest first: what a list of findings reads their status from.</summary>
internal sealed class DecisionBook
{
    private const string ReadSql = "SELECT id, finding_id, decision, text, fingerprint, author, at FROM decisions ORDER BY id;";

    public static readonly DecisionBook Empty = new([]);

    private readonly ILookup<string, DecisionRow> _byFinding;

    private DecisionBook(IEnumerable<DecisionRow> rows) => _byFinding = rows.ToLookup(r => r.FindingId, StringComparer.Ordinal);

    /// <summary>The decisions, or those taken by <paramref name="asOf"/>.</summary>
    public static async Task<DecisionBook> ReadAsync(DbConnection connection, CancellationToken ct, DateTimeOffset? asOf = null)
    {
        var rows = await connection.QueryAsync<DecisionRow>(new CommandDefinition(ReadSql, cancellationToken: ct));
        return new DecisionBook(asOf is { } instant ? rows.Where(r => DateTimeOffset.Parse(r.At, System.Globalization.CultureInfo.InvariantCulture) <= instant) : rows);
    }

    /// <summary>No decision taken yet: every finding is open.</summary>
    public bool IsEmpty => _byFinding.Count == 0;

    public IReadOnlyList<DecisionRow> Of(string findingId) => [.. _byFinding[findingId]];

    /// <summary>The last decision that confirmed or dismissed the finding; notes leave its standing as it was.</summary>
    public DecisionRow? Standing(string findingId) => _byFinding[findingId].LastOrDefault(r => r.Kind != DecisionKind.Note);

    public FindingStatus StatusOf(Finding finding) => IsEmpty ? FindingStatus.Open : Standing(finding.Id) switch
    {
        null => FindingStatus.Open,
        { } d when d.Fingerprint != finding.Fingerprint => FindingStatus.Reopened,
        { Kind: DecisionKind.Dismissed } => FindingStatus.Dismissed,
        _ => FindingStatus.Confirmed,
    };
}

/// <summary>
/// The statuses a list of findings shows: all but dismissed, unless the request names them (a comma-separated list such
/// as "dismissed" or "open,reopened").
/// </summary>
internal static class Statuses
{
    public const string Pattern = "^(open|confirmed|dismissed|reopened)(,(open|confirmed|dismissed|reopened))*$";
    public const string Message = "Must be open, confirmed, dismissed or reopened, or several of them comma-separated.";

    public static Func<FindingStatus, bool> Shown(string? status)
    {
        if (status is null) return s => s != FindingStatus.Dismissed;
        var wanted = status.Split(',').Select(Names<FindingStatus>.Parse).ToHashSet();
        return wanted.Contains;
    }

    public static Func<Finding, bool> Filter(string? status, DecisionBook decisions)
    {
        var shown = Shown(status);
        return f => shown(decisions.StatusOf(f));
    }

    public static bool IsList(string? status) => status is null || status.Split(',').All(Names<FindingStatus>.IsWord);
}
