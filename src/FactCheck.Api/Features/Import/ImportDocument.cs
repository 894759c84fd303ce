using System.Text.Json.Serialization;
using FactCheck.Api.Features.Claims;
using FactCheck.Api.Features.Quantities;
using FactCheck.Api.Features.Relations;
using FactCheck.Api.Features.Sources;
using FactCheck.Api.Infrastructure;
using FactCheck.Domain;
using FluentValidation;

namespace FactCheck.Api.Features.Import;

/// <summary>
/// A fact-checker's records in the interchange format of seed-claims.json (snake_case field names):
/// sources and claims carry ids local to the document, which claims and the response refer to;
/// quantities are known by key, in the document or already stored. Other fields are ignored.
/// </summary>
internal sealed record ImportDocument
{
    /// <summary>What the document records, in words; not stored.</summary>
    public string? About { get; init; }

    /// <summary>What a check of these records should report, as a gold file such as seed-claims.json keeps it; not stored.</summary>
    public System.Text.Json.JsonElement? Expected { get; init; }

    public IReadOnlyList<ImportSource>? Sources { get; init; }
    public IReadOnlyList<ImportQuantity>? Quantities { get; init; }
    public IReadOnlyList<ImportClaim>? Claims { get; init; }
    public IReadOnlyList<ImportRelation>? Relations { get; init; }
}

/// <summary>A source; stored sources are matched by URL, or without one by publisher, title and date.</summary>
internal sealed record ImportSource : ISourceFields
{
    /// <summary>The source's id within this document.</summary>
    /// <example>s4</example>
    public required string Id { get; init; }

    /// <example>Notes from Poland</example>
    public required string Publisher { get; init; }

    /// <example>Trump secures release of 52 political prisoners from Belarus</example>
    public required string Title { get; init; }

    public string? Url { get; init; }

    /// <example>2025-09-12</example>
    [JsonPropertyName("published")]
    public required DateOnly PublishedAt { get; init; }

    /// <summary>The article's text; when given, every claim's quote must occur in it.</summary>
    public string? Text { get; init; }

    /// <summary>The file the text was kept in, as seed-claims.json names it; not stored.</summary>
    public string? File { get; init; }
}

/// <summary>A quantity, matched to a stored one by key.</summary>
internal sealed record ImportQuantity : IQuantityFields
{
    /// <example>belarus/release/2025-09-11/count</example>
    public required string Key { get; init; }

    /// <example>Political prisoners released on 11 September 2025</example>
    public required string Label { get; init; }

    /// <example>people</example>
    public required string Unit { get; init; }

    /// <example>event</example>
    public required QuantityKind? Kind { get; init; }

    [JsonPropertyName("window_days")]
    public int? WindowDays { get; init; }

    public IReadOnlyList<string>? Aliases { get; init; }
}

/// <summary>A claim; a stored claim with the same source, quantity, words, figures, date and voice is the same claim.</summary>
internal sealed record ImportClaim : IClaimFields
{
    /// <summary>The claim's id within this document.</summary>
    /// <example>c4a</example>
    public string? Id { get; init; }

    /// <summary>The id of a source in this document.</summary>
    /// <example>s4</example>
    public required string Source { get; init; }

    /// <summary>The key of a quantity in this document or already stored.</summary>
    /// <example>belarus/release/2025-09-11/count</example>
    public required string Quantity { get; init; }

    /// <example>A total of 52 political prisoners</example>
    public required string Quote { get; init; }

    /// <summary>Where the quote starts in the source's text, for a quote that occurs more than once.</summary>
    [JsonPropertyName("quote_start")]
    public int? QuoteStart { get; init; }

    /// <example>exact</example>
    public required Qualifier? Qualifier { get; init; }

    /// <example>52</example>
    public decimal? Value { get; init; }

    public decimal? Min { get; init; }

    public decimal? Max { get; init; }

    public decimal? Precision { get; init; }

    [JsonPropertyName("as_of")]
    public DateOnly? AsOf { get; init; }

    [JsonPropertyName("attributed_to")]
    public string? AttributedTo { get; init; }

    public string? Note { get; init; }
}

/// <summary>A relation; a stored one with the same kind and quantities by role is the same relation.</summary>
internal sealed record ImportRelation : IRelationFields
{
    /// <summary>The relation's id within this document.</summary>
    /// <example>r1</example>
    public string? Id { get; init; }

    /// <example>percent</example>
    public required RelationKind? Kind { get; init; }

    public string? Result { get; init; }
    public string? Part { get; init; }
    public string? Whole { get; init; }
    public string? Total { get; init; }
    public IReadOnlyList<string>? Parts { get; init; }
    public string? Minuend { get; init; }
    public string? Subtrahend { get; init; }
    public string? Meaning { get; init; }

    /// <summary>The date the arithmetic holds at, if it names one.</summary>
    [JsonPropertyName("as_of")]
    public DateOnly? AsOf { get; init; }

    /// <summary>Numbers in roles no quantity takes, such as the 1 of "Tsikhanouski and 13 others".</summary>
    public IReadOnlyList<ConstantTerm>? Constants { get; init; }
}

internal sealed class ImportDocumentValidator : FastEndpoints.Validator<ImportDocument>
{
    public const int MaxItems = 100_000;

    // Must, not NotNull: the schema would read NotNull on the items as the list itself being required.
    private const string ItemMessage = "Must be an object, not null.";

    public ImportDocumentValidator()
    {
        RuleFor(x => x.Sources).Must(l => l is null || l.Count <= MaxItems).WithMessage($"At most {MaxItems} items.");
        RuleFor(x => x.Quantities).Must(l => l is null || l.Count <= MaxItems).WithMessage($"At most {MaxItems} items.");
        RuleFor(x => x.Claims).Must(l => l is null || l.Count <= MaxItems).WithMessage($"At most {MaxItems} items.");
        RuleFor(x => x.Relations).Must(l => l is null || l.Count <= MaxItems).WithMessage($"At most {MaxItems} items.");

        RuleForEach(x => x.Sources).Must(item => item is not null).WithMessage(ItemMessage).SetValidator(new ImportSourceValidator());
        RuleForEach(x => x.Quantities).Must(item => item is not null).WithMessage(ItemMessage).SetValidator(new ImportQuantityValidator());
        RuleForEach(x => x.Claims).Must(item => item is not null).WithMessage(ItemMessage).SetValidator(new ImportClaimValidator());
        RuleForEach(x => x.Relations).Must(item => item is not null).WithMessage(ItemMessage).SetValidator(new ImportRelationValidator());

        RuleFor(x => x).Custom((document, context) =>
        {
            var sources = document.Sources?.Where(s => s is not null).ToList() ?? [];
            Repeats(context, "sources", document.Sources, s => s.Id, "id", "Another source in this document has this id.");
            Repeats(context, "sources", document.Sources, s => s.Url, "url", "Another source in this document has this URL.");
            Repeats(context, "sources", document.Sources, s => s.Url is null ? $"{s.Publisher}\u001f{s.Title}\u001f{s.PublishedAt}" : null,
                "title", "Another source in this document has this publisher, title and date.");
            Repeats(context, "quantities", document.Quantities, q => q.Key, "key", "Another quantity in this document has this key.");
            Repeats(context, "claims", document.Claims, c => c.Id, "id", "Another claim in this document has this id.");
            Repeats(context, "relations", document.Relations, r => r.Id, "id", "Another relation in this document has this id.");

            var sourceIds = sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < (document.Claims?.Count ?? 0); i++)
                if (document.Claims![i] is { } claim && claim.Source is not null && !sourceIds.Contains(claim.Source))
                    context.AddFailure($"claims[{i}].source", $"No source in this document has the id '{claim.Source}'.");
        });
    }

    private static void Repeats<T>(ValidationContext<ImportDocument> context, string list, IReadOnlyList<T>? items,
        Func<T, string?> identity, string field, string message) where T : class
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (items?.Count ?? 0); i++)
            if (items![i] is { } item && identity(item) is { } id && !seen.Add(id))
                context.AddFailure($"{list}[{i}].{field}", message);
    }
}

internal sealed class ImportSourceValidator : AbstractValidator<ImportSource>
{
    public ImportSourceValidator()
    {
        RuleFor(x => x.Id).RequiredText(100);
        Include(new SourceFieldsValidator());
    }
}

internal sealed class ImportQuantityValidator : AbstractValidator<ImportQuantity>
{
    public ImportQuantityValidator() => Include(new QuantityFieldsValidator());
}

internal sealed class ImportClaimValidator : AbstractValidator<ImportClaim>
{
    public ImportClaimValidator()
    {
        RuleFor(x => x.Id).OptionalText(100);
        RuleFor(x => x.Source).RequiredText(100);
        RuleFor(x => x.Quantity).QuantityKey();
        Include(new ClaimFieldsValidator());
    }
}

internal sealed class ImportRelationValidator : AbstractValidator<ImportRelation>
{
    public ImportRelationValidator()
    {
        RuleFor(x => x.Id).OptionalText(100);
        Include(new RelationFieldsValidator());
    }
}
