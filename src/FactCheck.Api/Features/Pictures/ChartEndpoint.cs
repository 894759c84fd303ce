using System.Data.Common;
using Dapper;
using FactCheck.Api.Features.Checks;
using FactCheck.Api.Features.Quantities;
using FactCheck.Api.Infrastructure;
using FactCheck.Domain;
using FastEndpoints;

namespace FactCheck.Api.Features.Pictures;

/// <summary>A quantity's claims as an SVG chart</summary>
/// <remarks>Each claim as the interval it allows, at its date, labelled by source and attribution and coloured by whether it conflicts; relation-implied intervals as bands. Embed it with one tag: &lt;img src=".../charts/quantities/belarus/political-prisoners/held" alt="..."&gt;.</remarks>
internal sealed class ChartEndpoint(Database db) : EndpointWithoutRequest<IResult>
{
    public const string ContentType = "image/svg+xml";

    private const string LabelsSql = """
        SELECT c.id, s.publisher, c.attributed_to FROM claims c JOIN quantities q ON q.id = c.quantity_id JOIN sources s ON s.id = c.source_id
        WHERE q.key = @key;
        """;

    public override void Configure()
    {
        Get("/charts/quantities/{**key}");
        Group<Reads>();
        Description(b => b.WithName("GetQuantityChart").WithTags("Pictures")
            .Produces<string>(StatusCodes.Status200OK, ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound));
    }

    /// <summary>An SVG opened on its own is a document: it may run nothing and load nothing. A CMS still embeds it anywhere.</summary>
    internal const string ContentSecurityPolicy = "default-src 'none'";

    public override async Task<IResult> ExecuteAsync(CancellationToken ct)
    {
        var key = Route<string>("key")!;
        key = QuantityQueries.KeyFromRoute(key);
        await using var connection = await db.OpenAsync(ct);
        var svg = await SvgAsync(connection, key, ct);
        if (svg is null) return Problems.NotFound("quantity", key);
        HttpContext.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        return Results.Text(svg, ContentType + "; charset=utf-8");
    }

    /// <summary>The chart of the quantity, or null when there is no such quantity.</summary>
    public static async Task<string?> SvgAsync(DbConnection connection, string key, CancellationToken ct)
    {
        var world = await ClaimWorldQueries.AroundAsync(connection, [key], ct);
        if (world.Quantities.FirstOrDefault(q => q.Key == key) is not { } quantity) return null;
        var report = ConsistencyEngine.Check(world);
        var labels = (await connection.QueryAsync<(long Id, string Publisher, string? AttributedTo)>(new CommandDefinition(LabelsSql, new { key }, cancellationToken: ct)))
            .ToDictionary(l => l.Id);

        var relations = report.Relations.Where(r => r.Terms.Any(t => t.QuantityKey == key)).ToList();
        var conflicting = report.Findings.Where(f => f.Kind == FindingKind.ValueConflict && f.QuantityKeys[0] == key).SelectMany(f => f.ClaimIds)
            .Concat(relations.SelectMany(r => r.ClaimsOutOfLine))
            .ToHashSet();
        var claims = report.Quantities.Single(q => q.Key == key).Claims
            .Select(c => new ChartClaim(c.ClaimId, c.Interval, c.AsOf, labels[c.ClaimId].AttributedTo ?? labels[c.ClaimId].Publisher,
                labels[c.ClaimId].Publisher, conflicting.Contains(c.ClaimId)))
            .ToList();
        var units = world.UnitOf();
        var labelsByKey = world.Quantities.ToDictionary(q => q.Key, q => q.Label);
        var bands = relations.Select(r =>
        {
            var term = r.Terms.First(t => t.QuantityKey == key);
            var given = string.Join(" and ", r.Terms.Where(t => t != term).Select(t => $"{Words.Of(t.Agreed, units(t.QuantityKey))} {labelsByKey[t.QuantityKey].ToLowerInvariant()}")
                .Concat(world.Relations.First(x => x.Id == r.RelationId).Constants.Select(c => $"the number {Words.Number(c.Value)}")));
            return new ChartBand(term.Possible, $"⇒ {Words.Of(term.Possible, quantity.Unit)} by relation {r.RelationId}, from {given}", term.ClaimsOutOfLine.Count > 0 || term.Impossible);
        }).Where(b => !b.Interval.IsEmpty).ToList();

        return QuantityChart.Svg(quantity.Label, quantity.Unit, claims, bands);
    }
}
