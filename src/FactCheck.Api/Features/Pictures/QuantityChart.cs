using System.Globalization;
using System.Security;
using System.Text;
using FactCheck.Domain;

namespace FactCheck.Api.Features.Pictures;

/// <summary>One claim as the chart draws it: its interval, who says it and where, and whether it conflicts.</summary>
internal sealed record ChartClaim(long Id, Interval Interval, DateOnly AsOf, string Voice, string Source, bool Conflicting)
{
    public string Label => $"{Voice} ({Source}, {AsOf:yyyy-MM-dd})";
}

/// <summary>What a relation implies for the quantity, drawn as a band behind the claims.</summary>
internal sealed record ChartBand(Interval Interval, string Label, bool Conflicting);

/// <summary>
/// Draws a quantity's claims as SVG, 640 pixels wide: one row per claim in date order, a dot and
/// its rounding interval for a figure, a bar for a range, an arrow for an open bound; red where the
/// claim conflicts; relation-implied intervals as shaded bands. Text labels, a title and a
/// description make it readable by screen readers; the same records always give the same bytes.
/// </summary>
internal static class QuantityChart
{
    private const int Width = 640;
    private const int PlotLeft = 270;
    private const int PlotRight = 610;
    private const int Top = 56;
    private const int Row = 30;
    private const string Conflict = "#c0392b";
    private const string Fits = "#1f6f8b";

    public static string Svg(string title, string unit, IReadOnlyList<ChartClaim> claims, IReadOnlyList<ChartBand> bands)
    {
        var rows = claims.OrderBy(c => c.AsOf).ThenBy(c => c.Id).ToList();
        var height = Top + Math.Max(1, rows.Count) * Row + bands.Count * 22 + 50;
        var (low, high) = Scale(rows.Select(r => r.Interval).Concat(bands.Select(b => b.Interval)));
        // Geometry is in doubles: a picture needs no exact decimals, and doubles cannot overflow on any figure.
        double X(decimal? value, double edge) => PlotLeft + ((value is { } v ? (double)v : edge) - low) / (high - low) * (PlotRight - PlotLeft);
        string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        var conflicting = rows.Count(r => r.Conflicting);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{Width}" height="{height}" viewBox="0 0 {Width} {height}" role="img" aria-labelledby="chart-title chart-desc" font-family="Helvetica, Arial, sans-serif">""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"chart-title\">{Escape(title)}</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"chart-desc\">{Escape($"{rows.Count} claims about {title}, {conflicting} of them in conflict. " + string.Join(" ", rows.Select(r => $"{r.Label}: {Words.Of(r.Interval, unit)}{(r.Conflicting ? " (conflicts)" : "")}.")) + string.Join(" ", bands.Select(b => b.Label + ".")))}</desc>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{Width}\" height=\"{height}\" fill=\"#ffffff\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"16\" y=\"26\" font-size=\"16\" font-weight=\"bold\" fill=\"#222\">{Escape(Shorten(title, 70))}</text>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"16\" y=\"44\" font-size=\"11\" fill=\"#555\">{rows.Count} claims · {conflicting} in conflict · {Escape(unit)}</text>\n");

        var plotBottom = Top + Math.Max(1, rows.Count) * Row;
        foreach (var band in bands)
        {
            var (from, to) = (X(band.Interval.Low, low), X(band.Interval.High, high));
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(from)}\" y=\"{Top - 6}\" width=\"{N(Math.Max(2, to - from))}\" height=\"{plotBottom - Top + 6}\" fill=\"{(band.Conflicting ? "#f5b7b1" : "#d4efdf")}\" opacity=\"0.55\"/>\n");
        }
        foreach (var tick in Ticks(low, high))
        {
            var x = N(X(null, tick));
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" y1=\"{Top - 6}\" x2=\"{x}\" y2=\"{plotBottom}\" stroke=\"#ddd\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{plotBottom + 14}\" font-size=\"10\" fill=\"#555\" text-anchor=\"middle\">{Escape(Words.Number((decimal)tick))}</text>\n");
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var claim = rows[i];
            var y = Top + i * Row + Row / 2;
            var color = claim.Conflicting ? Conflict : Fits;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"16\" y=\"{y - 1}\" font-size=\"11\" fill=\"#222\">{Escape(Shorten(claim.Voice, 38))}</text>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"16\" y=\"{y + 11}\" font-size=\"9\" fill=\"#666\">{Escape(Shorten($"{claim.Source} · {claim.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", 48))}</text>\n");
            var interval = claim.Interval;
            var from = X(interval.Low, low);
            var to = X(interval.High, high);
            if (interval.Low == interval.High)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(from)}\" cy=\"{y}\" r=\"5\" fill=\"{color}\"/>\n");
            }
            else
            {
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(from)}\" y1=\"{y}\" x2=\"{N(to)}\" y2=\"{y}\" stroke=\"{color}\" stroke-width=\"6\" stroke-linecap=\"butt\"/>\n");
                if (interval.High is null) svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M{N(to)},{y - 7} L{N(to + 10)},{y} L{N(to)},{y + 7} Z\" fill=\"{color}\"/>\n");
                if (interval.Low is null) svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M{N(from)},{y - 7} L{N(from - 10)},{y} L{N(from)},{y + 7} Z\" fill=\"{color}\"/>\n");
            }
            var anchorRight = to > PlotRight - 90;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(anchorRight ? from - 6 : to + 8)}\" y=\"{y - 7}\" font-size=\"10\" fill=\"{color}\" text-anchor=\"{(anchorRight ? "end" : "start")}\">{Escape(Words.Of(interval, unit))}</text>\n");
        }

        var legend = plotBottom + 34;
        foreach (var band in bands)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"16\" y=\"{legend - 10}\" width=\"12\" height=\"12\" fill=\"{(band.Conflicting ? "#f5b7b1" : "#d4efdf")}\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"34\" y=\"{legend}\" font-size=\"11\" fill=\"#222\">{Escape(Shorten(band.Label, 95))}</text>\n");
            legend += 22;
        }
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    // The span every finite end fits in, with a margin; open ends run to the edge.
    private static (double Low, double High) Scale(IEnumerable<Interval> intervals)
    {
        var ends = intervals.SelectMany(i => new[] { i.Low, i.High }).Where(e => e is not null).Select(e => (double)e!.Value).ToList();
        if (ends.Count == 0) return (0, 1);
        var (low, high) = (ends.Min(), ends.Max());
        var margin = high > low ? (high - low) / 10 : Math.Max(1, Math.Abs(low) / 10);
        return (low - margin, high + margin);
    }

    // Round steps of 1, 2 or 5 times a power of ten, counted rather than summed so that a step
    // below a double's resolution at that magnitude cannot stall the loop; none past a decimal's range.
    private static IEnumerable<double> Ticks(double low, double high)
    {
        var raw = (high - low) / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        var first = Math.Ceiling(low / step);
        for (var k = 0; k <= 10 && (first + k) * step <= high; k++)
            if (Math.Abs((first + k) * step) < (double)decimal.MaxValue)
                yield return (first + k) * step;
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string Escape(string text) => SecurityElement.Escape(text) ?? "";
}
