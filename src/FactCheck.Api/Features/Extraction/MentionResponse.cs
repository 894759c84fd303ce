using System.Data.Common;
using System.Text.Json;
using Dapper;
using FactCheck.Domain;
using FactCheck.Domain.Extraction;

namespace FactCheck.Api.Features.Extraction;

/// <summary>A number found in the text.</summary>
/// <param name="Start">Where the mention starts, in UTF-16 code units, qualifier words included.</param>
/// <param name="End">Where it ends, exclusive.</param>
/// <param name="Text">The mention's words: the quote a claim accepted from it gets.</param>
/// <param name="Kind">count, percent, money, year, date, age, duration, ordinal or other.</param>
/// <param name="Unit">percent, a currency code (usd, eur...), people or count; null for years, dates and the like.</param>
/// <param name="Noun">The noun phrase the number counts, such as "political prisoners".</param>
/// <param name="Proposed">Counts, percentages, money and bare figures are proposed as claims; years, dates, ages, durations and ordinals are not.</param>
/// <param name="SuggestedQuantityKey">The stored quantity whose label or aliases best match the noun phrase and sentence, if any.</param>
/// <param name="AcceptedClaimId">On a stored source's extraction: the claim a proposal was accepted as (the source's first claim whose quote overlaps the mention), if any.</param>
/// <param name="Attribution">For a proposed claim: whom its sentence attributes it to ("according to X", "X said", "data from X"), or the sentence before it when it opens on a pronoun; null when it names no one.</param>
internal sealed record MentionResponse(
    int Start, int End, string Text, MentionKind Kind, Qualifier Qualifier, decimal? Value, decimal? Min, decimal? Max,
    string? Unit, string? Noun, bool Proposed, string? SuggestedQuantityKey, AttributionResponse? Attribution, long? AcceptedClaimId);

/// <summary>A proposed attribution: the name as the text gives it, and where.</summary>
/// <param name="Name">The name, as written: the attributedTo an accepted claim can take.</param>
/// <param name="Start">Where the name starts in the text, in UTF-16 code units.</param>
/// <param name="End">Where it ends, exclusive.</param>
internal sealed record AttributionResponse(string Name, int Start, int End);

/// <summary>Every numeric mention of a text, in order.</summary>
internal sealed record ExtractionResponse(IReadOnlyList<MentionResponse> Mentions);

internal static class Proposals
{
    private const string QuantityNamesSql = "SELECT key, label, unit, aliases FROM quantities ORDER BY key;";

    private const string SourceTextSql = "SELECT EXISTS (SELECT 1 FROM sources WHERE id = @id); SELECT text FROM sources WHERE id = @id;";

    private const string AcceptedSql = "SELECT id, quote_start, quote_end FROM claims WHERE source_id = @sourceId AND quote_start IS NOT NULL ORDER BY id;";

    /// <summary>Whether the source exists, and its text if it keeps one.</summary>
    public static async Task<(bool Exists, string? Text)> SourceTextAsync(DbConnection connection, long id, CancellationToken ct)
    {
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(SourceTextSql, new { id }, cancellationToken: ct));
        return (await results.ReadSingleAsync<bool>(), await results.ReadSingleOrDefaultAsync<string?>());
    }

    /// <summary>
    /// The mentions of <paramref name="text"/>, each proposed one with the stored quantity it most likely measures and whom it is
    /// attributed to; for a stored source's text, with the claim each proposal was accepted as.
    /// </summary>
    public static async Task<ExtractionResponse> ReadAsync(DbConnection connection, string text, CancellationToken ct, long? sourceId = null)
    {
        var mentions = NumberExtractor.Extract(text);
        var quantities = mentions.Any(m => m.IsProposed) ? await QuantityNamesAsync(connection, ct) : [];
        // A proposal is accepted when a claim of the source quotes words that overlap it (an accept may have widened the quote).
        var accepted = sourceId is { } id
            ? (await connection.QueryAsync<(long Id, long Start, long End)>(new CommandDefinition(AcceptedSql, new { sourceId = id }, cancellationToken: ct))).ToList()
            : [];
        long? AcceptedAs(NumberMention m) => accepted.FirstOrDefault(c => c.Start < m.End && m.Start < c.End) is { Id: > 0 } claim ? claim.Id : null;
        return new ExtractionResponse(mentions.Select(m => new MentionResponse(
            m.Start, m.End, m.Text, m.Kind, m.Qualifier, m.Value, m.Min, m.Max, m.Unit, m.Noun, m.IsProposed,
            m.IsProposed ? QuantitySuggestion.Suggest(m, QuantitySuggestion.SentenceAround(text, m), quantities) : null,
            m.IsProposed && Attribution.Of(text, m) is { } a ? new AttributionResponse(a.Name, a.Start, a.End) : null,
            m.IsProposed ? AcceptedAs(m) : null)).ToList());
    }

    /// <summary>Every stored quantity by the names it goes by: label and aliases.</summary>
    public static async Task<List<QuantityName>> QuantityNamesAsync(DbConnection connection, CancellationToken ct) =>
        (await connection.QueryAsync<(string Key, string Label, string Unit, string Aliases)>(new CommandDefinition(QuantityNamesSql, cancellationToken: ct)))
            .Select(q => new QuantityName(q.Key, q.Label, q.Unit, JsonSerializer.Deserialize<string[]>(q.Aliases) ?? []))
            .ToList();
}
