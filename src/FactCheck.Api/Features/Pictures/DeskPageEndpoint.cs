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

/// <summary>The desk page: open findings by severity, newest first</summary>
/// <remarks>Server-rendered, read-only HTML: conflicts, then warnings (dismissed findings left out). In each, every quantity whose claims disagree, with its best-supported figure, its chart (rows numbered as the claims are), its findings in words with the claims' numbers and the desk's decision on each, and links to its sources; then each relation's finding once, linked from every quantity it touches.</remarks>
internal sealed class DeskPageEndpoint(StoreReport store, Database db) : EndpointWithoutRequest<IResult>
{
    // The page's one style sheet, inline; the Content-Security-Policy names its hash, so nothing else may style or script the page.
    private const string Style = """
        body { font-family: Helvetica, Arial, sans-serif; margin: 0 auto; max-width: 760px; padding: 16px; color: #222; }
        h1 { font-size: 22px; } h2 { font-size: 20px; } h3 { font-size: 17px; margin-bottom: 2px; } h4 { font-size: 15px; margin: 8px 0 2px; }
        .key { color: #666; font-size: 12px; font-family: monospace; } .claims { font-weight: bold; color: #555; }
        .decision { color: #1f6f8b; font-style: italic; } .supported { font-weight: bold; } .touches { font-size: 13px; color: #555; }
        section.quantity, section.relations { border-top: 1px solid #ddd; padding: 12px 0; } img { max-width: 100%; height: auto; border: 1px solid #eee; }
        li, article p { margin: 4px 0; font-size: 14px; } .sources li { font-size: 13px; }
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
        var open = report.Findings.Where(f => f.Severity != Severity.Note && current.Decisions.StatusOf(f) != FindingStatus.Dismissed).ToList();

        await using var connection = await db.OpenReadAsync(ct);
        var sources = (await connection.QueryAsync<(long Id, string Publisher, string Title, string? Url, string PublishedAt)>(new CommandDefinition(SourcesSql(connection),
            new { ids = System.Text.Json.JsonSerializer.Serialize(open.SelectMany(f => f.SourceIds).Distinct()) }, cancellationToken: ct))).ToDictionary(s => s.Id);

        var html = new StringBuilder();
        html.Append($$"""
            <!DOCTYPE html>
            <html lang="en" dir="ltr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>FactCheck desk: open findings</title>
            <style>{{Style}}</style>
            </head>
            <body>
            <h1>Open findings</h1>
            """);
        var conflicts = open.Count(f => f.Severity == Severity.Conflict);
        html.Append(CultureInfo.InvariantCulture,
            $"<p>{conflicts} {(conflicts == 1 ? "conflict" : "conflicts")} and {open.Count - conflicts} {(open.Count - conflicts == 1 ? "warning" : "warnings")}, newest first; dismissed findings are left out.</p>\n");

        var charted = new HashSet<string>(StringComparer.Ordinal);
        var quantityOf = current.World.Claims.ToDictionary(c => c.Id, c => c.QuantityKey);
        foreach (var severity in new[] { Severity.Conflict, Severity.Warning })
        {
            var findings = open.Where(f => f.Severity == severity).ToList();
            if (findings.Count == 0) continue;
            var name = severity == Severity.Conflict ? "Conflicts" : "Warnings";
            html.Append(CultureInfo.InvariantCulture, $"<section class=\"severity\" id=\"{Names<Severity>.Of(severity)}s\">\n<h2>{name}</h2>\n");
            var relations = findings.Where(f => f.Relation is not null).ToList();
            // A quantity has a section for the findings of its own claims; a relation's finding is written once, below, and linked from each.
            var quantities = findings.Where(f => f.Relation is null).GroupBy(f => f.QuantityKeys[0])
                .OrderByDescending(g => newest.GetValueOrDefault(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
            foreach (var group in quantities)
            {
                var key = group.Key;
                var label = WebUtility.HtmlEncode(labels.GetValueOrDefault(key, key));
                var first = charted.Add(key);
                var id = first ? key : $"{Names<Severity>.Of(severity)}:{key}";
                html.Append(CultureInfo.InvariantCulture, $"<section class=\"quantity\" id=\"{WebUtility.HtmlEncode(id)}\">\n<h3><bdi>{label}</bdi></h3>\n<div class=\"key\">{WebUtility.HtmlEncode(key)}</div>\n");
                foreach (var period in report.Quantities.FirstOrDefault(q => q.Key == key)?.Periods ?? [])
                    html.Append(CultureInfo.InvariantCulture, $"<p class=\"supported\"><bdi>{WebUtility.HtmlEncode(period.Supported.Statement)}</bdi></p>\n");
                if (first)
                    html.Append(CultureInfo.InvariantCulture, $"<p><img src=\"/charts/quantities/{WebUtility.HtmlEncode(key)}\" alt=\"Chart of the claims about {label}, each numbered as below\" width=\"640\"></p>\n");
                else
                    html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"#{WebUtility.HtmlEncode(key)}\">Chart above</a></p>\n");
                html.Append("<ul class=\"findings\">\n");
                foreach (var finding in group)
                    html.Append(CultureInfo.InvariantCulture, $"<li id=\"finding-{finding.Id}\">{Numbers(finding.ClaimIds)} <bdi>{WebUtility.HtmlEncode(finding.Explanation)}</bdi>{DecisionNote(current.Decisions, finding)}</li>\n");
                foreach (var relation in relations.Where(r => r.QuantityKeys.Contains(key)))
                    html.Append(CultureInfo.InvariantCulture,
                        $"<li class=\"see\"><a href=\"#finding-{relation.Id}\">Relation {relation.Relation!.RelationId}</a> rules out {Numbers(relation.ClaimsAtIssue)}: its arithmetic below.</li>\n");
                html.Append("</ul>\n<ul class=\"sources\">\n");
                foreach (var sourceId in group.SelectMany(f => f.SourceIds).Distinct().Where(sources.ContainsKey).OrderBy(i => i))
                {
                    var source = sources[sourceId];
                    var href = WebUtility.HtmlEncode(source.Url ?? $"/sources/{source.Id}");
                    html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{href}\"><bdi>{WebUtility.HtmlEncode(source.Title)}</bdi></a> · <bdi>{WebUtility.HtmlEncode(source.Publisher)}</bdi>, {source.PublishedAt}</li>\n");
                }
                html.Append("</ul>\n</section>\n");
            }
            if (relations.Count > 0)
            {
                html.Append("<section class=\"relations\">\n<h3>Relations</h3>\n");
                foreach (var relation in relations)
                {
                    var touches = string.Join(" · ", relation.QuantityKeys.Select(k => quantities.Any(g => g.Key == k) || charted.Contains(k)
                        ? $"<a href=\"#{WebUtility.HtmlEncode(k)}\"><bdi>{WebUtility.HtmlEncode(labels.GetValueOrDefault(k, k))}</bdi></a>"
                        : $"<bdi>{WebUtility.HtmlEncode(labels.GetValueOrDefault(k, k))}</bdi>"));
                    html.Append(CultureInfo.InvariantCulture, $"<article id=\"finding-{relation.Id}\">\n<h4>Relation {relation.Relation!.RelationId}</h4>\n<p class=\"touches\">{touches}</p>\n");
                    // The chart of the quantity holding most of the claims it rules out, unless a section above shows it.
                    var most = relation.ClaimsAtIssue.Select(id => quantityOf.GetValueOrDefault(id)).OfType<string>()
                        .GroupBy(k => k).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
                    if (most is not null && charted.Add(most))
                        html.Append(CultureInfo.InvariantCulture, $"<p><img src=\"/charts/quantities/{WebUtility.HtmlEncode(most)}\" alt=\"Chart of the claims about {WebUtility.HtmlEncode(labels.GetValueOrDefault(most, most))}, each numbered as here\" width=\"640\"></p>\n");
                    html.Append(CultureInfo.InvariantCulture, $"<p>{Numbers(relation.ClaimsAtIssue)} <bdi>{WebUtility.HtmlEncode(relation.Explanation)}</bdi>{DecisionNote(current.Decisions, relation)}</p>\n</article>\n");
                }
                html.Append("</section>\n");
            }
            html.Append("</section>\n");
        }
        html.Append("</body>\n</html>\n");
        HttpContext.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }

    // The claims a finding is about, by the numbers the charts give their rows: "#12 #13".
    private static string Numbers(IEnumerable<long> claimIds) =>
        $"<span class=\"claims\">{string.Join(" ", claimIds.Select(id => $"#{id}"))}</span>";

    // Where the desk left a finding, in words: "Confirmed by desk, 7 Dec 2026." / "Reopened: dismissed by desk, 7 Dec 2026, and changed since."
    private static string DecisionNote(DecisionBook decisions, Finding finding)
    {
        if (decisions.Standing(finding.Id) is not { } standing) return "";
        var by = $"{Names<DecisionKind>.Of(standing.Kind)} by {standing.Author}, {Words.Date(DateOnly.FromDateTime(DateTimeOffset.Parse(standing.At, CultureInfo.InvariantCulture).UtcDateTime))}";
        var text = decisions.StatusOf(finding) == FindingStatus.Reopened ? $"Reopened: {by}, and changed since." : Words.Sentence(by);
        return $" <span class=\"decision\" data-finding=\"{finding.Id}\"><bdi>{WebUtility.HtmlEncode(text)}</bdi></span>";
    }
}
