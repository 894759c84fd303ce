using FactCheck.Api.Infrastructure;
using FluentValidation;

namespace FactCheck.Api.Features.Sources;

/// <summary>A source as the fact-checker records it: the body of create and update.</summary>
internal sealed record SourceInput : ISourceFields
{
    /// <summary>Who published it.</summary>
    /// <example>Reuters</example>
    public required string Publisher { get; init; }

    /// <summary>The headline.</summary>
    /// <example>Belarus frees 52 prisoners after US deal</example>
    public required string Title { get; init; }

    /// <summary>Where it can be read, unique among sources. Leave it out for print, broadcast or a report with no address.</summary>
    /// <example>https://www.reuters.com/world/europe/belarus-frees-52-prisoners-2025-09-11/</example>
    public string? Url { get; init; }

    /// <summary>The publication date; a claim's asOf defaults to it.</summary>
    /// <example>2025-09-11</example>
    public required DateOnly PublishedAt { get; init; }

    /// <summary>The article's full text, if kept: every claim's quote must then occur in it, and claims report where.</summary>
    /// <example>A total of 52 political prisoners have been freed by Belarusian President Alexander Lukashenko.</example>
    public string? Text { get; init; }
}

/// <summary>The fields a source has, wherever it is written from: the API or a bulk import.</summary>
internal interface ISourceFields
{
    string Publisher { get; }
    string Title { get; }
    string? Url { get; }
    DateOnly PublishedAt { get; }
    string? Text { get; }
}

internal sealed class SourceFieldsValidator : AbstractValidator<ISourceFields>
{
    public const int MaxTextLength = 2_000_000;

    public SourceFieldsValidator()
    {
        RuleFor(x => x.Publisher).RequiredText(200).PlainText();
        RuleFor(x => x.Title).RequiredText(500).PlainText();
        RuleFor(x => x.Url).MaximumLength(2000)
            .Must(url => url is null || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            .WithMessage("Must be an absolute http or https URL.");
        RuleFor(x => x.PublishedAt).NotEmpty().Must(d => Rules.IsPlausibleDate(d)).WithMessage(Rules.DateMessage);
        RuleFor(x => x.Text).OptionalText(MaxTextLength);
    }
}

internal sealed class SourceInputValidator : FastEndpoints.Validator<SourceInput>
{
    public SourceInputValidator() => Include(new SourceFieldsValidator());
}
