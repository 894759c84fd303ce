using FactCheck.Api.Infrastructure;
using FactCheck.Domain;

namespace FactCheck.Api.Features.Claims;

/// <summary>A stored claim: one source asserting a figure for one quantity.</summary>
internal sealed record ClaimResponse
{
    /// <example>16</example>
    public required long Id { get; init; }

    /// <example>5</example>
    public required long SourceId { get; init; }

    /// <example>belarus/release/2025-09-11/count</example>
    public required string QuantityKey { get; init; }

    /// <example>A total of 52 political prisoners</example>
    public required string Quote { get; init; }

    /// <summary>Where the quote starts in the source's text (UTF-16 code units, as JavaScript and .NET index strings); null when the source keeps no text.</summary>
    /// <example>136</example>
    public int? QuoteStart { get; init; }

    /// <summary>Where the quote ends, exclusive.</summary>
    /// <example>169</example>
    public int? QuoteEnd { get; init; }

    /// <example>exact</example>
    public required Qualifier Qualifier { get; init; }

    /// <summary>The figure, exactly as recorded (4.0 stays 4.0); null for 'between'.</summary>
    /// <example>52</example>
    public decimal? Value { get; init; }

    /// <summary>The lower figure of a 'between'.</summary>
    public decimal? Min { get; init; }

    /// <summary>The upper figure of a 'between'.</summary>
    public decimal? Max { get; init; }

    /// <summary>The grain the figure was rounded to, when the fact-checker set it.</summary>
    public decimal? Precision { get; init; }

    /// <summary>The date the figure describes: as given, or else the source's publication date.</summary>
    /// <example>2025-09-12</example>
    public required DateOnly AsOf { get; init; }

    /// <example>BelTA</example>
    public string? AttributedTo { get; init; }

    public string? Note { get; init; }
}

/// <summary>A claim's row, as Dapper reads it.</summary>
internal class ClaimRow
{
    public const string Columns = """
        c.id, c.source_id, q.key AS quantity_key, c.quote, c.quote_start, c.quote_end, c.qualifier,
        c.value, c.min, c.max, c.precision, coalesce(c.as_of, s.published_at) AS as_of, c.attributed_to, c.note
        """;

    /// <summary>The claims and their quantities (q), for what reads nothing of the source.</summary>
    public const string FromWithoutSource = """
        claims c
        JOIN quantities q ON q.id = c.quantity_id
        """;

    /// <summary>The claims, their quantities (q) and their sources (s).</summary>
    public const string From = $"{FromWithoutSource} JOIN sources s ON s.id = c.source_id";

    public long Id { get; init; }
    public long SourceId { get; init; }
    public string QuantityKey { get; init; } = "";
    public string Quote { get; init; } = "";
    public long? QuoteStart { get; init; }
    public long? QuoteEnd { get; init; }
    public string Qualifier { get; init; } = "";
    public string? Value { get; init; }
    public string? Min { get; init; }
    public string? Max { get; init; }
    public string? Precision { get; init; }
    public string AsOf { get; init; } = "";
    public string? AttributedTo { get; init; }
    public string? Note { get; init; }

    public ClaimResponse ToResponse() => new()
    {
        Id = Id,
        SourceId = SourceId,
        QuantityKey = QuantityKey,
        Quote = Quote,
        QuoteStart = (int?)QuoteStart,
        QuoteEnd = (int?)QuoteEnd,
        Qualifier = Names<Qualifier>.Parse(Qualifier),
        Value = Figures.FromText(Value),
        Min = Figures.FromText(Min),
        Max = Figures.FromText(Max),
        Precision = Figures.FromText(Precision),
        AsOf = Figures.DateFromText(AsOf),
        AttributedTo = AttributedTo,
        Note = Note,
    };
}
