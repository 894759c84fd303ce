using FactCheck.Api.Infrastructure;
using FastEndpoints;
using FluentValidation;

namespace FactCheck.Api.Features.Sources.ListSources;

internal sealed record ListSourcesRequest : IPaged
{
    /// <summary>Words to search for in titles and publishers.</summary>
    public string? Q { get; init; }

    /// <summary>Only sources of this publisher (case-insensitive).</summary>
    public string? Publisher { get; init; }

    /// <summary>Only sources published on or after this date.</summary>
    public DateOnly? PublishedFrom { get; init; }

    /// <summary>Only sources published on or before this date.</summary>
    public DateOnly? PublishedTo { get; init; }

    /// <summary>The page to read, from 1.</summary>
    public int? Page { get; init; }

    /// <summary>Sources per page, 1 to 200 (default 50).</summary>
    public int? PageSize { get; init; }
}

internal sealed class ListSourcesRequestValidator : Validator<ListSourcesRequest>
{
    public ListSourcesRequestValidator()
    {
        Include(new PagedValidator());
        RuleFor(x => x.Q).SearchText().When(x => x.Q is not null);
        RuleFor(x => x.PublishedTo).GreaterThanOrEqualTo(x => x.PublishedFrom)
            .When(x => x.PublishedFrom is not null && x.PublishedTo is not null)
            .WithMessage("Must not be before publishedFrom.");
    }
}

/// <summary>A source in a list: everything but its text.</summary>
internal sealed record SourceSummary
{
    /// <example>5</example>
    public required long Id { get; init; }

    /// <example>Reuters</example>
    public required string Publisher { get; init; }

    /// <example>Belarus frees 52 prisoners after US deal</example>
    public required string Title { get; init; }

    public string? Url { get; init; }

    /// <example>2025-09-11</example>
    public required DateOnly PublishedAt { get; init; }

    /// <summary>Whether the full text is kept; read the source to get it.</summary>
    public required bool HasText { get; init; }

    /// <example>3</example>
    public required long ClaimCount { get; init; }
}
