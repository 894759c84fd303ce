using FactCheck.Api.Infrastructure;

namespace FactCheck.Api.Features.Sources;

/// <summary>A stored source.</summary>
internal sealed record SourceResponse
{
    /// <example>5</example>
    public required long Id { get; init; }

    /// <example>Reuters</example>
    public required string Publisher { get; init; }

    /// <example>Belarus frees 52 prisoners after US deal</example>
    public required string Title { get; init; }

    /// <example>https://www.reuters.com/world/europe/belarus-frees-52-prisoners-2025-09-11/</example>
    public string? Url { get; init; }

    /// <example>2025-09-11</example>
    public required DateOnly PublishedAt { get; init; }

    /// <summary>The full text, when kept; null otherwise.</summary>
    public string? Text { get; init; }

    /// <summary>How many claims are recorded from this source.</summary>
    /// <example>3</example>
    public required long ClaimCount { get; init; }
}

/// <summary>A source's row, as Dapper reads it.</summary>
internal sealed class SourceRow
{
    public const string Columns = """
        s.id, s.publisher, s.title, s.url, s.published_at, s.text,
        (SELECT count(*) FROM claims c WHERE c.source_id = s.id) AS claim_count
        """;

    public long Id { get; init; }
    public string Publisher { get; init; } = "";
    public string Title { get; init; } = "";
    public string? Url { get; init; }
    public string PublishedAt { get; init; } = "";
    public string? Text { get; init; }
    public long ClaimCount { get; init; }

    public SourceResponse ToResponse() => new()
    {
        Id = Id,
        Publisher = Publisher,
        Title = Title,
        Url = Url,
        PublishedAt = Figures.DateFromText(PublishedAt),
        Text = Text,
        ClaimCount = ClaimCount,
    };

    /// <summary>The input as SQL parameters: @Publisher, @Title, @Url, @PublishedAt, @Text.</summary>
    public static object Parameters(ISourceFields input) => new
    {
        input.Publisher,
        input.Title,
        input.Url,
        PublishedAt = Figures.ToText(input.PublishedAt),
        input.Text,
    };
}
