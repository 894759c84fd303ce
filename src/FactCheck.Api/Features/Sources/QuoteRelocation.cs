using System.Data.Common;
using Dapper;
using FactCheck.Domain;

namespace FactCheck.Api.Features.Sources;

/// <summary>When a source's text changes, its claims' quotes are located again in the new text.</summary>
internal static class QuoteRelocation
{
    private const string QuotesSql = "SELECT id, quote, quote_start FROM claims WHERE source_id = @sourceId ORDER BY id;";

    private const string PlaceSql = "UPDATE claims SET quote_start = @Start, quote_end = @End WHERE id = @Id;";

    /// <summary>Places every claim's quote in <paramref name="text"/>; returns the claims whose quote it no longer holds.</summary>
    public static async Task<IReadOnlyList<long>> RelocateAsync(
        DbConnection connection, DbTransaction transaction, long sourceId, string? text, CancellationToken ct)
    {
        var quotes = await connection.QueryAsync<(long Id, string Quote, long? Start)>(
            new CommandDefinition(QuotesSql, new { sourceId }, transaction, cancellationToken: ct));
        var lost = new List<long>();
        foreach (var (claimId, quote, start) in quotes)
        {
            // A quote still where it stood keeps its place; one that moved is taken where it first occurs.
            var span = text is null ? null : QuoteSpan.Locate(text, quote, (int?)start) ?? QuoteSpan.Locate(text, quote);
            if (text is not null && span is null) lost.Add(claimId);
            // A quote that stays where it was is not written again: that would be a revision of a claim nobody changed.
            if (span?.Start == start) continue;
            await connection.ExecuteAsync(new CommandDefinition(PlaceSql,
                new { Id = claimId, span?.Start, span?.End }, transaction, cancellationToken: ct));
        }
        return lost;
    }
}
