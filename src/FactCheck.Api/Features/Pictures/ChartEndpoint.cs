using System.Data.Common;
using Dapper;
using FactCheck.Api.Features.Checks;
using FactCheck.Api.Features.Quantities;
using FactCheck.Api.Infrastructure;
using FactCheck.Domain;
using FastEndpoints;
using FluentValidation;

namespace FactCheck.Api.Features.Pictures;

/// <summary>A quantity's claims as a chart, SVG or PNG</summary>
/// <remarks>Each claim as the interval it allows, numbered as the claim is, at its date, labelled by source and attribution, red where it is out of line (outside its period's largest agreeing group, or ruled out by a relation); relation-implied intervals as bands; a stock's periods under headings. Embed it with one tag: &lt;img src=".../charts/quantities/belarus/political-prisoners/held" alt="..."&gt;. SVG by default; PNG (the same chart, drawn at twice the size) with format=png or a request that accepts image/png and not SVG, for a CMS or a newsletter that cannot embed SVG.</remarks>
internal sealed class ChartEndpoint(Database db) : Endpoint<ChartRequest, IResult>
{
    public const string ContentType = "image/svg+xml";
    public const string PngType = "image/png";

    private const string LabelsSql = """
        SELECT c.id, s.publisher, c.attributed_to FROM claims c JOIN quantities q ON q.id = c.quantity_id JOIN sources s ON s.id = c.source_id
        WHERE q.key = @key;
        """;

    public override void Configure()
    {
        Get("/charts/quantities/{**key}");
        Group<Reads>();
        Description(b => b.WithName("GetQuantityChart").WithTags("Pictures")
            .Produces<string>(StatusCodes.Status200OK, ContentType, PngType)
            .ProducesProblem(StatusCodes.Status404NotFound));
    }

    /// <summary>An SVG opened on its own is a document: it may run nothing and load nothing. A CMS still embeds it anywhere.</summary>
    internal const string ContentSecurityPolicy = "default-src 'none'";

    public override async Task<IResult> ExecuteAsync(ChartRequest request, CancellationToken ct)
    {
        var key = Route<string>("key")!;
        key = QuantityQueries.KeyFromRoute(key);
        await using var connection = await db.OpenReadAsync(ct);
        var svg = await SvgAsync(connection, key, ct);
        if (svg is null) return Problems.NotFound("quantity", key);
        HttpContext.Response.Headers.Vary = "Accept";
        HttpContext.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        return WantsPng(request.Format, HttpContext.Request.Headers.Accept.ToString())
            ? Results.Bytes(ChartPng.Of(svg), PngType)
            : Results.Text(svg, ContentType + "; charset=utf-8");
    }

    // format decides; else PNG only for a request that accepts PNG and not SVG (a browser's <img> accepts both, and gets SVG).
    private static bool WantsPng(string? format, string accept) => format is { } f
        ? f == "png"
        : accept.Contains(PngType, StringComparison.OrdinalIgnoreCase) && !accept.Contains(ContentType, StringComparison.OrdinalIgnoreCase);

    /// <summary>The chart of the quantity, or null when there is no such quantity.</summary>
    public static async Task<string?> SvgAsync(DbConnection connection, string key, CancellationToken ct)
    {
        var world = await ClaimWorldQueries.AroundAsync(connection, [key], ct);
        if (world.Quantities.FirstOrDefault(q => q.Key == key) is not { } quantity) return null;
        var report = ConsistencyEngine.Check(world);
        var labels = (await connection.QueryAsync<(long Id, string Publisher, string? AttributedTo)>(new CommandDefinition(LabelsSql, new { key }, cancellationToken: ct)))
            .ToDictionary(l => l.Id);

        var relations = report.Relations.Where(r => r.Terms.Any(t => t.QuantityKey == key)).ToList();
        var own = report.Quantities.Single(q => q.Key == key);
        // Out of line: outside its period's largest agreeing group, or ruled out by a relation; the majority stays unmarked.
        var conflicting = own.Periods.SelectMany(p => p.Outside)
            .Concat(relations.SelectMany(r => r.Terms.Where(t => t.QuantityKey == key).SelectMany(t => t.ClaimsOutOfLine)))
            .ToHashSet();
        var claims = own.Claims
            .Select(c => new ChartClaim(c.ClaimId, c.Interval, c.AsOf, labels[c.ClaimId].AttributedTo ?? labels[c.ClaimId].Publisher,
                labels[c.ClaimId].Publisher, conflicting.Contains(c.ClaimId),
                Words.Written(c.Fact.Figures, quantity.Unit)))
            .ToList();
        var units = world.UnitOf();
        var labelsByKey = world.Quantities.ToDictionary(q => q.Key, q => q.Label);
        var claimed = world.Claims.Select(c => c.QuantityKey).ToHashSet();
        var bands = relations.Select(r =>
        {
            var term = r.Terms.First(t => t.QuantityKey == key);
            // Labels as written, each with what its claims agree on, as the explanations give them.
            var given = string.Join(" and ", r.Terms.Where(t => t != term)
                .Select(t => $"{labelsByKey[t.QuantityKey]} ({(claimed.Contains(t.QuantityKey) ? Words.Of(t.Agreed, units(t.QuantityKey)) : "no claims")})")
                .Concat(world.Relations.First(x => x.Id == r.RelationId).Constants.Select(c => $"the number {Words.Number(c.Value)}")));
            return new ChartBand(term.Possible, $"⇒ {Words.Of(term.Possible, quantity.Unit)} by relation {r.RelationId}, from {given}", term.ClaimsOutOfLine.Count > 0 || term.Impossible);
        }).Where(b => !b.Interval.IsEmpty).ToList();

        return QuantityChart.Svg(quantity.Label, quantity.Unit, claims, bands, own.Periods.Select(p => (p.From, p.To)).ToList());
    }
}

internal sealed record ChartRequest
{
    /// <summary>svg (the default) or png; without it, a request that accepts image/png and not image/svg+xml gets PNG.</summary>
    public string? Format { get; init; }
}

internal sealed class ChartRequestValidator : Validator<ChartRequest>
{
    public ChartRequestValidator() =>
        RuleFor(x => x.Format).Must(f => f is null or "svg" or "png").WithMessage("Must be svg or png.");
}
