using FactCheck.Api.Infrastructure;
using FluentValidation;

namespace FactCheck.Api.Features.Claims.ListClaims;

internal sealed record ListClaimsRequest : IPaged
{
    /// <summary>Words to search for in quotes, attributions, quantity keys, labels and aliases, and source titles and publishers.</summary>
    public string? Q { get; init; }

    /// <summary>id (default), asOf, or relevance (with q); prefix '-' to descend (-id, -asOf).</summary>
    public string? Sort { get; init; }

    /// <summary>The nextCursor of the previous page: the page after it, stable while claims are added. Overrides page.</summary>
    public string? Cursor { get; init; }

    /// <summary>Only claims about the quantity with this key.</summary>
    public string? Quantity { get; init; }

    /// <summary>Only claims made by this source.</summary>
    public long? SourceId { get; init; }

    /// <summary>Only claims attributed to this voice (case-insensitive).</summary>
    public string? AttributedTo { get; init; }

    /// <summary>Only claims whose asOf date is on or after this date.</summary>
    public DateOnly? AsOfFrom { get; init; }

    /// <summary>Only claims whose asOf date is on or before this date.</summary>
    public DateOnly? AsOfTo { get; init; }

    /// <summary>The page to read, from 1.</summary>
    public int? Page { get; init; }

    /// <summary>Claims per page, 1 to 200 (default 50).</summary>
    public int? PageSize { get; init; }

    /// <summary>What a cursor is tied to: the order and the filters, not the page size.</summary>
    internal string CursorContext => Cursors.Context(Sort ?? "id", Q, Quantity, SourceId, AttributedTo, AsOfFrom, AsOfTo);
}

internal sealed class ListClaimsRequestValidator : FastEndpoints.Validator<ListClaimsRequest>
{
    public ListClaimsRequestValidator()
    {
        Include(new PagedValidator());
        RuleFor(x => x.Quantity).QuantityKey().When(x => x.Quantity is not null);
        RuleFor(x => x.Q).SearchText().When(x => x.Q is not null);
        RuleFor(x => x.Sort).Must(s => ListClaimsEndpoint.SortNames.Contains(s)).When(x => x.Sort is not null)
            .WithMessage($"Must be one of: {string.Join(", ", ListClaimsEndpoint.SortNames)}.");
        RuleFor(x => x.Sort).NotEqual("relevance").When(x => x.Q is null).WithMessage("Sorting by relevance needs q.");
        RuleFor(x => x.AsOfTo).GreaterThanOrEqualTo(x => x.AsOfFrom)
            .When(x => x.AsOfFrom is not null && x.AsOfTo is not null)
            .WithMessage("Must not be before asOfFrom.");
    }
}
