using FactCheck.Api.Infrastructure;
using FactCheck.Domain;

namespace FactCheck.Api.Features.Claims;

/// <summary>The column values of a claim about to be written, and the SQL that writes them.</summary>
internal sealed record ClaimWrite(
    long SourceId, long QuantityId, string Quote, int? QuoteStart, int? QuoteEnd, string Qualifier,
    string? Value, string? Min, string? Max, string? Precision, string? AsOf, string? AttributedTo, string? Note,
    string Signature)
{
    /// <summary>Inserts unless the same claim is already recorded; then no id comes back.</summary>
    public const string InsertSql = """
        INSERT INTO claims (source_id, quantity_id, quote, quote_start, quote_end, qualifier, value, min, max,
                            precision, as_of, attributed_to, note, signature)
        VALUES (@SourceId, @QuantityId, @Quote, @QuoteStart, @QuoteEnd, @Qualifier, @Value, @Min, @Max,
                @Precision, @AsOf, @AttributedTo, @Note, @Signature)
        ON CONFLICT DO NOTHING
        RETURNING id;
        """;

    /// <summary>Updates claim @Id unless that would make it a copy of another claim; then no row changes.</summary>
    public const string UpdateSql = """
        UPDATE claims
        SET source_id = @SourceId, quantity_id = @QuantityId, quote = @Quote, quote_start = @QuoteStart,
            quote_end = @QuoteEnd, qualifier = @Qualifier, value = @Value, min = @Min, max = @Max,
            precision = @Precision, as_of = @AsOf, attributed_to = @AttributedTo, note = @Note, signature = @Signature
        WHERE id = @Id AND NOT EXISTS (SELECT 1 FROM claims other WHERE other.signature = @Signature AND other.id <> @Id);
        """;

    public static ClaimWrite From(IClaimFields claim, long sourceId, long quantityId, string? sourceText)
    {
        var span = sourceText is null ? null : QuoteSpan.Locate(sourceText, claim.Quote, claim.QuoteStart);
        var qualifier = Names<Qualifier>.Of(claim.Qualifier!.Value);
        var value = Figures.ToText(claim.Value);
        var min = Figures.ToText(claim.Min);
        var max = Figures.ToText(claim.Max);
        var asOf = claim.AsOf is { } date ? Figures.ToText(date) : null;
        // Two claims are the same claim when the same source says the same figure about the same
        // quantity in the same words, for the same date, by the same voice. Note and precision are commentary.
        var signature = string.Join('\u001f', sourceId, quantityId, claim.Quote, qualifier, value, min, max, asOf, claim.AttributedTo);
        return new ClaimWrite(sourceId, quantityId, claim.Quote, span?.Start, span?.End, qualifier, value, min, max,
            Figures.ToText(claim.Precision), asOf, claim.AttributedTo, claim.Note, signature);
    }
}
