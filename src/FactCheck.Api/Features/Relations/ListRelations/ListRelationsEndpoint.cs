using Dapper;
using FactCheck.Api.Infrastructure;
using FactCheck.Domain;
using FastEndpoints;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Relations.ListRelations;

/// <summary>List relations</summary>
/// <remarks>Filters by kind and by a quantity the relation uses in any role.</remarks>
internal sealed class ListRelationsEndpoint(Database db) : Endpoint<ListRelationsRequest, Ok<Page<RelationResponse>>>
{
    private const string Filter = """
        FROM relations r
        WHERE (@Kind IS NULL OR r.kind = @Kind)
          AND (@Quantity IS NULL OR r.id IN (
                SELECT t.relation_id FROM relation_terms t JOIN quantities q ON q.id = t.quantity_id WHERE q.key = @Quantity))
        """;

    private const string PageSql = $"""
        SELECT count(*) {Filter};
        SELECT r.id {Filter} ORDER BY r.id LIMIT @Limit OFFSET @Offset;
        """;

    public override void Configure()
    {
        Get("/relations");
        Group<Reads>();
        Description(b => b.WithName("ListRelations").WithTags("Relations"));
    }

    public override async Task<Ok<Page<RelationResponse>>> ExecuteAsync(ListRelationsRequest request, CancellationToken ct)
    {
        await using var connection = await db.OpenReadAsync(ct);
        var (rows, total) = await connection.QueryPageAsync<long>(PageSql, new
        {
            request.Kind,
            request.Quantity,
        }, request, ct);
        return TypedResults.Ok(request.PageOf(await RelationStore.ReadAsync(connection, rows, ct), total));
    }
}

internal sealed record ListRelationsRequest : IPaged
{
    /// <summary>Only relations of this kind: percent, ratio, sum, parts_at_most or difference.</summary>
    public string? Kind { get; init; }

    /// <summary>Only relations that use the quantity with this key, in any role.</summary>
    public string? Quantity { get; init; }

    /// <summary>The page to read, from 1.</summary>
    public int? Page { get; init; }

    /// <summary>Relations per page, 1 to 200 (default 50).</summary>
    public int? PageSize { get; init; }
}

internal sealed class ListRelationsRequestValidator : Validator<ListRelationsRequest>
{
    public ListRelationsRequestValidator()
    {
        Include(new PagedValidator());
        RuleFor(x => x.Kind).Must(Names<RelationKind>.IsWord).When(x => x.Kind is not null)
            .WithMessage($"Must be one of: {Names<RelationKind>.All}.");
    }
}
