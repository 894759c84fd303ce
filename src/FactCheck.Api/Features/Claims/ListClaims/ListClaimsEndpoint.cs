using Dapper;
using FactCheck.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Claims.ListClaims;

internal static class ListClaimsEndpoint
{
    private const string Filter = $"""
        FROM {ClaimRow.From}
        WHERE (@Quantity IS NULL OR q.key = @Quantity)
          AND (@SourceId IS NULL OR c.source_id = @SourceId)
          AND (@AttributedTo IS NULL OR c.attributed_to = @AttributedTo COLLATE NOCASE)
          AND (@AsOfFrom IS NULL OR coalesce(c.as_of, s.published_at) >= @AsOfFrom)
          AND (@AsOfTo IS NULL OR coalesce(c.as_of, s.published_at) <= @AsOfTo)
        """;

    private const string PageSql = $"""
        SELECT count(*) {Filter};
        SELECT {ClaimRow.Columns} {Filter}
        ORDER BY c.id
        LIMIT @Limit OFFSET @Offset;
        """;

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/claims", HandleAsync)
            .WithName("ListClaims").WithTags("Claims")
            .WithSummary("List claims in the order they were recorded")
            .WithDescription("Filters by quantity key, source, who the figure is attributed to (case-insensitive, exact) and an asOf date range.")
            .Validate<ListClaimsRequest>();

    internal static async Task<Ok<Page<ClaimResponse>>> HandleAsync(
        [AsParameters] ListClaimsRequest request, Database db, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var (rows, total) = await connection.QueryPageAsync<ClaimRow>(PageSql, new
        {
            request.Quantity,
            request.SourceId,
            request.AttributedTo,
            AsOfFrom = request.AsOfFrom is { } from ? Figures.ToText(from) : null,
            AsOfTo = request.AsOfTo is { } to ? Figures.ToText(to) : null,
        }, request, ct);
        return TypedResults.Ok(request.PageOf(rows.Select(r => r.ToResponse()).ToList(), total));
    }
}
