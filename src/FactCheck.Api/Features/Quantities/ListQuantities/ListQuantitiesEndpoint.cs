using Dapper;
using FactCheck.Api.Infrastructure;
using FactCheck.Domain;
using FluentValidation;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Quantities.ListQuantities;

/// <summary>List quantities by key</summary>
/// <remarks>Filters by kind, unit, key prefix (keyPrefix=belarus/release/ lists every release) and q, words searched in keys, labels and aliases.</remarks>
internal sealed class ListQuantitiesEndpoint(Database db) : Endpoint<ListQuantitiesRequest, Ok<Page<QuantityResponse>>>
{
    private const string Filter = """
        FROM quantities q
        WHERE (@Kind IS NULL OR q.kind = @Kind)
          AND (@Unit IS NULL OR q.unit = @Unit)
          AND (@KeyPrefix IS NULL OR substr(q.key, 1, length(@KeyPrefix)) = @KeyPrefix)
        """;

    private static string PageSql(string searched) => $"""
        SELECT count(*) {Filter} {searched};
        SELECT {QuantityRow.Columns} {Filter} {searched}
        ORDER BY q.key
        LIMIT @Limit OFFSET @Offset;
        """;

    public override void Configure()
    {
        Get("/quantities");
        Group<Reads>();
        Description(b => b.WithName("ListQuantities").WithTags("Quantities"));
    }

    public override async Task<Ok<Page<QuantityResponse>>> ExecuteAsync(ListQuantitiesRequest request, CancellationToken ct)
    {
        await using var connection = await db.OpenReadAsync(ct);
        var match = Search.MatchOf(connection, request.Q);
        var (rows, total) = await connection.QueryPageAsync<QuantityRow>(PageSql(match is null ? "" : Search.QuantitiesCondition(connection)), new
        {
            Match = match,
            request.Kind,
            request.Unit,
            request.KeyPrefix,
        }, request, ct);
        return TypedResults.Ok(request.PageOf(rows.Select(r => r.ToResponse()).ToList(), total));
    }
}

internal sealed record ListQuantitiesRequest : IPaged
{
    /// <summary>Words to search for in keys, labels and aliases.</summary>
    public string? Q { get; init; }

    /// <summary>Only quantities of this kind: event or stock.</summary>
    public string? Kind { get; init; }

    /// <summary>Only quantities in this unit.</summary>
    public string? Unit { get; init; }

    /// <summary>Only quantities whose key starts with this.</summary>
    public string? KeyPrefix { get; init; }

    /// <summary>The page to read, from 1.</summary>
    public int? Page { get; init; }

    /// <summary>Quantities per page, 1 to 200 (default 50).</summary>
    public int? PageSize { get; init; }
}

internal sealed class ListQuantitiesRequestValidator : Validator<ListQuantitiesRequest>
{
    public ListQuantitiesRequestValidator()
    {
        Include(new PagedValidator());
        RuleFor(x => x.Q).SearchText().When(x => x.Q is not null);
        RuleFor(x => x.Kind).Must(Names<QuantityKind>.IsWord).When(x => x.Kind is not null)
            .WithMessage($"Must be one of: {Names<QuantityKind>.All}.");
    }
}
