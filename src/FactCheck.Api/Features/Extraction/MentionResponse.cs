using System.Data.Common;
using System.Text.Json;
using Dapper;
using FactCheck.Api.Infrastructure;
using FactCheck.Domain;
using FactCheck.Domain.Extraction;

namespace FactCheck.Api.Features.Extraction;

/// <summary>A number found in the text.</summary>
/// <param name="Start">Where the mention starts, in UTF-16 code units, qualifier words included.</param>
/// <param name="End">Where it ends, exclusive.</param>
/// <param name="Text">The mention's words: the quote a claim accepted from it gets.</param>
/// <param name="Kind">count, percent, money, measure (a length, mass, area, volume, temperature, energy, power or speed), year, date (or a time of day), age, duration, ordinal or other (a bare figure, or a share said as a fraction).</param>
/// <param name="Unit">percent, a currency code (usd, eur...), a unit of measure (km, kg, ha, km2, l, m3, celsius, kwh, mw, km_h...), fraction (0.5 for "half of"), people or count; null for years, dates and the like.</param>
/// <param name="Dimension">For a measure, what its unit measures: length, mass, area, volume, temperature, energy, power or speed; else null.</param>
/// <param name="Noun">The noun phrase the number counts, such as "political prisoners".</param>
/// <param name="Proposed">Counts, percentages, money and bare figures are proposed as claims; years, dates, ages, durations and ordinals are not.</param>
/// <param name="SuggestedQuantityKey">The best-ranked candidate, when its score reaches 0.45: the quantity an accept takes unless told otherwise.</param>
/// <param name="Candidates">For a proposal: up to three stored quantities it may measure, best first, each with its score and the reason in words.</param>
/// <param name="NewQuantity">For a proposal no stored quantity fits: a quantity to define for it (pass it as an accept's quantity); else null.</param>
/// <param name="AcceptedClaimId">On a stored source's extraction: the claim a proposal was accepted as (the source's first claim whose quote overlaps the mention), if any.</param>
/// <param name="Attribution">For a proposed claim: whom its sentence attributes it to ("according to X", "X said", "data from X"), or the sentence before it when it opens on a pronoun; null when it names no one.</param>
internal sealed record MentionResponse(
    int Start, int End, string Text, MentionKind Kind, Qualifier Qualifier, decimal? Value, decimal? Min, decimal? Max,
    string? Unit, string? Dimension, string? Noun, bool Proposed, string? SuggestedQuantityKey, IReadOnlyList<CandidateResponse> Candidates, NewQuantityResponse? NewQuantity,
    AttributionResponse? Attribution, long? AcceptedClaimId);

/// <summary>A stored quantity a proposal may measure.</summary>
/// <param name="Score">How well it fits, from 0 to 1: the words of its name the figure's words give (the rarer and nearer, the more), times how its date fits the figure's.</param>
/// <param name="Reason">Why, in words: which of its name's words are said and where, and its date against the figure's.</param>
internal sealed record CandidateResponse(string Key, string Label, double Score, string Reason);

/// <summary>A quantity to define for a figure no stored one fits: the same measure at the figure's date, or one named from its noun phrase.</summary>
/// <param name="WindowDays">For a stock, how many days apart its claims still compare; null for an event.</param>
internal sealed record NewQuantityResponse(string Key, string Label, string Unit, QuantityKind Kind, int? WindowDays);

/// <summary>A proposed attribution: the name as the text gives it, and where.</summary>
/// <param name="Name">The name, as written: the attributedTo an accepted claim can take.</param>
/// <param name="Start">Where the name starts in the text, in UTF-16 code units.</param>
/// <param name="End">Where it ends, exclusive.</param>
internal sealed record AttributionResponse(string Name, int Start, int End);

/// <summary>Every numeric mention of a text, in order.</summary>
internal sealed record ExtractionResponse(IReadOnlyList<MentionResponse> Mentions);

internal static class Proposals
{
    // Each quantity with the dates its claims describe: an event's, or a stock's span, weighs in its suggestion.
    private const string QuantityNamesSql = """
        SELECT q.key, q.label, q.unit, q.aliases, q.kind, q.window_days AS WindowDays,
               MIN(COALESCE(c.as_of, s.published_at)) AS FirstClaimed, MAX(COALESCE(c.as_of, s.published_at)) AS LastClaimed
        FROM quantities q
        LEFT JOIN claims c ON c.quantity_id = q.id
        LEFT JOIN sources s ON s.id = c.source_id
        GROUP BY q.id, q.key, q.label, q.unit, q.aliases, q.kind, q.window_days
        ORDER BY q.key;
        """;

    private const string SourceTextSql = "SELECT EXISTS (SELECT 1 FROM sources WHERE id = @id); SELECT text, published_at AS PublishedAt FROM sources WHERE id = @id;";

    private const string AcceptedSql = "SELECT id, quote_start, quote_end FROM claims WHERE source_id = @sourceId AND quote_start IS NOT NULL ORDER BY id;";

    /// <summary>Whether the source exists, and its text (if it keeps one) and publication date.</summary>
    public static async Task<(bool Exists, string? Text, DateOnly? Published)> SourceTextAsync(DbConnection connection, long id, CancellationToken ct)
    {
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(SourceTextSql, new { id }, cancellationToken: ct));
        var exists = await results.ReadSingleAsync<bool>();
        var row = await results.ReadSingleOrDefaultAsync<SourceRow>();
        return (exists, row?.Text, Day(row?.PublishedAt));
    }

    private static DateOnly? Day(string? stored) => stored is null ? null : Figures.DateFromText(stored);

    private sealed class SourceRow
    {
        public string? Text { get; init; }
        public string? PublishedAt { get; init; }
    }

    private sealed class QuantityRow
    {
        public required string Key { get; init; }
        public required string Label { get; init; }
        public required string Unit { get; init; }
        public required string Aliases { get; init; }
        public required string Kind { get; init; }
        public long? WindowDays { get; init; }
        public string? FirstClaimed { get; init; }
        public string? LastClaimed { get; init; }
    }

    /// <summary>
    /// The mentions of <paramref name="text"/>, each proposed one with the stored quantity it most likely measures and whom it is
    /// attributed to; for a stored source's text, with the claim each proposal was accepted as.
    /// </summary>
    /// <param name="published">The text's publication date, which dates the figures it does not date itself.</param>
    public static async Task<ExtractionResponse> ReadAsync(DbConnection connection, QuantityNames names, string text, DateOnly? published, CancellationToken ct, long? sourceId = null)
    {
        var mentions = NumberExtractor.Extract(text);
        var suggestions = mentions.Any(m => m.IsProposed)
            ? (await names.GetAsync(connection, ct)).Suggester.Suggest(text, mentions, published)
            : mentions.Select(_ => Suggestion.None).ToList();
        // A proposal is accepted when a claim of the source quotes words that overlap it (an accept may have widened the quote).
        var accepted = sourceId is { } id
            ? (await connection.QueryAsync<(long Id, long Start, long End)>(new CommandDefinition(AcceptedSql, new { sourceId = id }, cancellationToken: ct))).ToList()
            : [];
        long? AcceptedAs(NumberMention m) => accepted.FirstOrDefault(c => c.Start < m.End && m.Start < c.End) is { Id: > 0 } claim ? claim.Id : null;
        return new ExtractionResponse(mentions.Zip(suggestions, (m, s) => new MentionResponse(
            m.Start, m.End, m.Text, m.Kind, m.Qualifier, m.Value, m.Min, m.Max, m.Unit, m.Dimension, m.Noun, m.IsProposed,
            s.SuggestedKey,
            s.Candidates.Select(c => new CandidateResponse(c.Key, c.Label, c.Score, c.Reason)).ToList(),
            s.NewQuantity is { } q ? new NewQuantityResponse(q.Key, q.Label, q.Unit, q.Kind, q.WindowDays) : null,
            m.IsProposed && Attribution.Of(text, m) is { } a ? new AttributionResponse(a.Name, a.Start, a.End) : null,
            m.IsProposed ? AcceptedAs(m) : null)).ToList());
    }

    /// <summary>Every stored quantity by the names it goes by: label and aliases.</summary>
    public static async Task<List<QuantityName>> QuantityNamesAsync(DbConnection connection, CancellationToken ct) =>
        (await connection.QueryAsync<QuantityRow>(new CommandDefinition(QuantityNamesSql, cancellationToken: ct)))
            .Select(q => new QuantityName(q.Key, q.Label, q.Unit, JsonSerializer.Deserialize<string[]>(q.Aliases) ?? [],
                q.Kind == "stock" ? QuantityKind.Stock : QuantityKind.Event, (int?)q.WindowDays, Day(q.FirstClaimed), Day(q.LastClaimed)))
            .ToList();
}
