using Dapper;
using FactCheck.Api.Infrastructure;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Sources.ListSources;

/// <summary>List sources, newest first</summary>
/// <remarks>Filters by publisher (case-insensitive, exact), a publication date range and q, words searched in titles and publishers; the text is left out, read one source for it.</remarks>
internal sealed class ListSourcesEndpoint(Database db) : Endpoint<ListSourcesRequest, Ok<Page<SourceSummary>>>
{
    private const string Filter = """
        FROM sources s
        WHERE (@Publisher IS NULL OR lower(s.publisher) = lower(@Publisher))
          AND (@PublishedFrom IS NULL OR s.published_at >= @PublishedFrom)
          AND (@PublishedTo IS NULL OR s.published_at <= @PublishedTo)
        """;

    private static string PageSql(string searched) => $"""
        SELECT count(*) {Filter} {searched};
        SELECT s.id, s.publisher, s.title, s.url, s.published_at, s.text IS NOT NULL AS has_text,
               (SELECT count(*) FROM claims c WHERE c.source_id = s.id) AS claim_count
        {Filter} {searched}
        ORDER BY s.published_at DESC, s.id DESC
        LIMIT @Limit OFFSET @Offset;
        """;

    public override void Configure()
    {
        Get("/sources");
        Group<Reads>();
        Description(b => b.WithName("ListSources").WithTags("Sources"));
    }

    public override async Task<Ok<Page<SourceSummary>>> ExecuteAsync(ListSourcesRequest request, CancellationToken ct)
    {
        await using var connection = await db.OpenReadAsync(ct);
        var match = Search.MatchOf(connection, request.Q);
        var (rows, total) = await connection.QueryPageAsync<SummaryRow>(PageSql(match is null ? "" : Search.SourcesCondition(connection)), new
        {
            Match = match,
            request.Publisher,
            PublishedFrom = request.PublishedFrom is { } from ? Figures.ToText(from) : null,
            PublishedTo = request.PublishedTo is { } to ? Figures.ToText(to) : null,
        }, request, ct);
        return TypedResults.Ok(request.PageOf(rows.Select(r => r.ToSummary()).ToList(), total));
    }

    private sealed class SummaryRow
    {
        public long Id { get; init; }
        public string Publisher { get; init; } = "";
        public string Title { get; init; } = "";
        public string? Url { get; init; }
        public string PublishedAt { get; init; } = "";
        public bool HasText { get; init; }
        public long ClaimCount { get; init; }

        public SourceSummary ToSummary() => new()
        {
            Id = Id, Publisher = Publisher, Title = Title, Url = Url,
            PublishedAt = Figures.DateFromText(PublishedAt), HasText = HasText, ClaimCount = ClaimCount,
        };
    }
}
