using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Text;
using Dapper;
using FactCheck.Api.Features.Checks;
using FactCheck.Api.Features.Decisions;
using FactCheck.Api.Infrastructure;
using FactCheck.Domain;
using FastEndpoints;

namespace FactCheck.Api.Features.Pictures;

/// <summary>The desk page: quantities with open conflicts, newest first</summary>
/// <remarks>Server-rendered, read-only HTML: each conflicting quantity with its chart, its findings in words, and links to its sources.</remarks>
internal sealed class DeskPageEndpoint(StoreReport store, Database db) : EndpointWithoutRequest<IResult>
{
    // The page's one style sheet, inline; the Content-Security-Policy names its hash, so nothing else may style or script the page.
    private const string Style = """
        body { font-family: Helvetica, Arial, sans-serif; margin: 0 auto; max-width: 760px; padding: 16px; color: #222; }
        h1 { font-size: 22px; } h2 { font-size: 18px; margin-bottom: 2px; } .key { color: #666; font-size: 12px; font-family: monospace; }
        section { border-top: 1px solid #ddd; padding: 12px 0; } img { max-width: 100%; height: auto; border: 1px solid #eee; }
        li { margin: 4px 0; font-size: 14px; } .sources li { font-size: 13px; }
        """;

    /// <summary>What the page may load: its own style sheet (by hash) and the charts it embeds; no script, no frame, no form.</summary>
    internal static readonly string ContentSecurityPolicy =
        $"default-src 'none'; img-src 'self'; style-src 'sha256-{Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Style)))}'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static string SourcesSql(DbConnection connection) =>
        $"SELECT id, publisher, title, url, published_at FROM sources WHERE id IN ({connection.JsonIds("@ids")}) ORDER BY published_at DESC, id;";

    public override void Configure()
    {
        Get("/desk");
        Group<Reads>();
        Description(b => b.WithName("GetDeskPage").WithTags("Pictures")
            .Produces<string>(StatusCodes.Status200OK, "text/html")
            .ProducesProblem(StatusCodes.Status429TooManyRequests));
    }

    public override async Task<IResult> ExecuteAsync(CancellationToken ct)
    {
        var current = await store.GetAsync(ct);
        var report = current.Report;
        var labels = current.World.Quantities.ToDictionary(q => q.Key, q => q.Label);
        var newest = current.World.Claims.GroupBy(c => c.QuantityKey).ToDictionary(g => g.Key, g => g.Max(c => c.AsOf));
        var open = report.Findings.Where(f => f.Severity != Severity.Note && current.Decisions.StatusOf(f) != FindingStatus.Dismissed)
            .SelectMany(f => f.QuantityKeys.Take(f.Relation is null ? 1 : int.MaxValue).Select(k => (Key: k, Finding: f)))
            .Where(p => p.Finding.Relation is null || p.Finding.Relation.Terms.Any(t => t.QuantityKey == p.Key && (t.ClaimsOutOfLine.Count > 0 || t.Impossible)))
            .GroupBy(p => p.Key)
            .OrderByDescending(g => newest.GetValueOrDefault(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();

        await using var connection = await db.OpenAsync(ct);
        var sourceIds = open.SelectMany(g => g.SelectMany(p => p.Finding.SourceIds)).Distinct().ToList();
        var sources = (await connection.QueryAsync<(long Id, string Publisher, string Title, string? Url, string PublishedAt)>(new CommandDefinition(SourcesSql(connection),
            new { ids = System.Text.Json.JsonSerializer.Serialize(sourceIds) }, cancellationToken: ct))).ToDictionary(s => s.Id);

        var html = new StringBuilder();
        html.Append($$"""
            <!DOCTYPE html>
            <html lang="en" dir="ltr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>FactCheck desk: open conflicts</title>
            <style>{{Style}}</style>
            </head>
            <body>
            <h1>Open conflicts</h1>
            """);
        html.Append(CultureInfo.InvariantCulture, $"<p>{open.Count} quantities whose claims cannot all be true, newest first.</p>\n");
        foreach (var group in open)
        {
            var key = group.Key;
            var label = WebUtility.HtmlEncode(labels.GetValueOrDefault(key, key));
            html.Append(CultureInfo.InvariantCulture, $"<section id=\"{WebUtility.HtmlEncode(key)}\">\n<h2><bdi>{label}</bdi></h2>\n<div class=\"key\">{WebUtility.HtmlEncode(key)}</div>\n");
            foreach (var period in report.Quantities.FirstOrDefault(q => q.Key == key)?.Periods ?? [])
                html.Append(CultureInfo.InvariantCulture, $"<p class=\"supported\"><bdi>{WebUtility.HtmlEncode(period.Supported.Statement)}</bdi></p>\n");
            html.Append(CultureInfo.InvariantCulture, $"<p><img src=\"/charts/quantities/{WebUtility.HtmlEncode(key)}\" alt=\"Chart of the claims about {label}\" width=\"640\"></p>\n<ul class=\"findings\">\n");
            foreach (var (_, finding) in group)
                html.Append(CultureInfo.InvariantCulture, $"<li><bdi>{WebUtility.HtmlEncode(Words.Sentence(finding.Explanation))}</bdi>{DecisionNote(current.Decisions, finding)}</li>\n");
            html.Append("</ul>\n<ul class=\"sources\">\n");
            foreach (var id in group.SelectMany(p => p.Finding.SourceIds).Distinct().Where(sources.ContainsKey).OrderBy(id => id))
            {
                var s = sources[id];
                var href = WebUtility.HtmlEncode(s.Url ?? $"/sources/{s.Id}");
                html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{href}\"><bdi>{WebUtility.HtmlEncode(s.Title)}</bdi></a> · <bdi>{WebUtility.HtmlEncode(s.Publisher)}</bdi>, {s.PublishedAt}</li>\n");
            }
            html.Append("</ul>\n</section>\n");
        }
        html.Append("</body>\n</html>\n");
        HttpContext.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }

    // Where the desk left a finding, in words: "Confirmed by desk, 7 Dec 2026." / "Reopened: dismissed by desk, 7 Dec 2026, and changed since."
    private static string DecisionNote(DecisionBook decisions, Finding finding)
    {
        if (decisions.Standing(finding.Id) is not { } standing) return "";
        var by = $"{Names<DecisionKind>.Of(standing.Kind)} by {standing.Author}, {Words.Date(DateOnly.FromDateTime(DateTimeOffset.Parse(standing.At, CultureInfo.InvariantCulture).UtcDateTime))}";
        var text = decisions.StatusOf(finding) == FindingStatus.Reopened ? $"Reopened: {by}, and changed since." : Words.Sentence(by);
        return $" <span class=\"decision\" data-finding=\"{finding.Id}\"><bdi>{WebUtility.HtmlEncode(text)}</bdi></span>";
    }
}
