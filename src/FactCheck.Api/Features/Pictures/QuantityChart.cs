using System.Globalization;
using System.Security;
using System.Text;
using FactCheck.Domain;

namespace FactCheck.Api.Features.Pictures;

/// <summary>
/// One claim as the chart draws it: its number, its interval, who says it and where, and whether it is out of line
/// (outside its period's largest agreeing group, or ruled out by a relation).
/// </summary>
/// <param name="Reading">What the claim says, its qualifier in words ("up to 1,300 people").</param>
internal sealed record ChartClaim(long Id, Interval Interval, DateOnly AsOf, string Voice, string Source, bool Conflicting, string Reading)
{
    public string Label => $"#{Id} {Voice} ({Source}, {Words.Date(AsOf)})";
}

/// <summary>What a relation implies for the quantity, drawn as a band behind the claims.</summary>
internal sealed record ChartBand(Interval Interval, string Label, bool Conflicting);

/// <summary>
/// Draws a quantity's claims as SVG, 640 pixels wide: one row per claim in date order, numbered as the claim is, a dot
/// and its rounding interval for a figure, a bar for a range, an arrow for an open bound; red where the claim is out of
/// line; relation-implied intervals as shaded bands; a stock's periods each under a heading of its dates. Long titles
/// and legends wrap rather than being cut. Text labels, a title and a description make it readable by screen readers;
/// the same records always give the same bytes.
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

    private const int PeriodHeading = 18;
    private const int LegendLine = 14;

    /// <param name="periods">The periods the claims fall in; with more than one (a stock's windows), each gets a heading.</param>
    public static string Svg(string title, string unit, IReadOnlyList<ChartClaim> claims, IReadOnlyList<ChartBand> bands,
        IReadOnlyList<(DateOnly From, DateOnly To)> periods)
    {
        var rows = claims.OrderBy(c => c.AsOf).ThenBy(c => c.Id).ToList();
        var headed = periods.Count > 1 ? periods : [];
        int? PeriodOf(ChartClaim c) => headed.Count == 0 ? null : headed.Select((p, i) => (p, i)).First(x => c.AsOf <= x.p.To || x.i == headed.Count - 1).i;
        var titleLines = Wrap(title, 70);
        var top = Top + (titleLines.Count - 1) * 18;
        var legends = bands.Select(b => Wrap(b.Label, 95)).ToList();
        var rowTops = new List<int>();
        var headings = new List<(int Y, string Text)>();
        var y0 = top;
        int? period = null;
        foreach (var row in rows)
        {
            if (PeriodOf(row) is { } p && p != period)
            {
                period = p;
                headings.Add((y0 + 12, $"{(headed[p].From == headed[p].To ? Words.Date(headed[p].From) : Words.Span(headed[p].From, headed[p].To))}"));
                y0 += PeriodHeading;
            }
            rowTops.Add(y0);
            y0 += Row;
        }
        var plotBottom = Math.Max(y0, top + Row);
        var height = plotBottom + 34 + legends.Sum(l => l.Count * LegendLine + 8) + 16;
        var (low, high) = Scale(rows.Select(r => r.Interval).Concat(bands.Select(b => b.Interval)));
        // Geometry is in doubles: a picture needs no exact decimals, and doubles cannot overflow on any figure.
        double X(decimal? value, double edge) => PlotLeft + ((value is { } v ? (double)v : edge) - low) / (high - low) * (PlotRight - PlotLeft);
        string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        var conflicting = rows.Count(r => r.Conflicting);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{Width}" height="{height}" viewBox="0 0 {Width} {height}" role="img" aria-labelledby="chart-title chart-desc" font-family="Helvetica, Arial, sans-serif">""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"chart-title\">{Escape(title)}</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"chart-desc\">{Escape($"{rows.Count} claims about {title}, {conflicting} of them out of line. " + string.Join(" ", rows.Select(r => $"{r.Label}: {r.Reading}{(r.Conflicting ? " (out of line)" : "")}.")) + string.Join(" ", bands.Select(b => b.Label + ".")))}</desc>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{Width}\" height=\"{height}\" fill=\"#ffffff\"/>\n");
        for (var i = 0; i < titleLines.Count; i++)
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"16\" y=\"{26 + i * 18}\" font-size=\"16\" font-weight=\"bold\" fill=\"#222\">{Escape(titleLines[i])}</text>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"16\" y=\"{top - 12}\" font-size=\"11\" fill=\"#555\">{rows.Count} claims · {conflicting} out of line · {Escape(unit)}</text>\n");

        foreach (var band in bands)
        {
            var (from, to) = (X(band.Interval.Low, low), X(band.Interval.High, high));
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(from)}\" y=\"{top - 6}\" width=\"{N(Math.Max(2, to - from))}\" height=\"{plotBottom - top + 6}\" fill=\"{(band.Conflicting ? "#f5b7b1" : "#d4efdf")}\" opacity=\"0.55\"/>\n");
        }
        foreach (var (y, text) in headings)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"16\" y1=\"{y - 12}\" x2=\"{PlotRight}\" y2=\"{y - 12}\" stroke=\"#999\" stroke-dasharray=\"4 3\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"16\" y=\"{y + 2}\" font-size=\"10\" font-weight=\"bold\" fill=\"#555\">{Escape(text)}</text>\n");
        }
        foreach (var tick in Ticks(low, high, whole: Units.ValuesOf(unit) is UnitValues.Whole or UnitValues.WholeNonNegative))
        {
            var x = N(X(null, tick));
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" y1=\"{top - 6}\" x2=\"{x}\" y2=\"{plotBottom}\" stroke=\"#ddd\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{plotBottom + 14}\" font-size=\"10\" fill=\"#555\" text-anchor=\"middle\">{Escape(Words.Number((decimal)tick))}</text>\n");
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var claim = rows[i];
            var y = rowTops[i] + Row / 2;
            var color = claim.Conflicting ? Conflict : Fits;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"16\" y=\"{y - 1}\" font-size=\"11\" fill=\"#222\"><tspan font-weight=\"bold\">#{claim.Id}</tspan> {Escape(Shorten(claim.Voice, 34))}</text>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"16\" y=\"{y + 11}\" font-size=\"9\" fill=\"#666\">{Escape(Shorten($"{claim.Source} · {Words.Date(claim.AsOf)}", 48))}</text>\n");
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
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(anchorRight ? from - 6 : to + 8)}\" y=\"{y - 7}\" font-size=\"10\" fill=\"{color}\" text-anchor=\"{(anchorRight ? "end" : "start")}\">{Escape(claim.Reading)}</text>\n");
        }

        var legend = plotBottom + 34;
        for (var b = 0; b < bands.Count; b++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"16\" y=\"{legend - 10}\" width=\"12\" height=\"12\" fill=\"{(bands[b].Conflicting ? "#f5b7b1" : "#d4efdf")}\"/>\n");
            foreach (var line in legends[b])
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"34\" y=\"{legend}\" font-size=\"11\" fill=\"#222\">{Escape(line)}</text>\n");
                legend += LegendLine;
            }
            legend += 8;
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
    // A count's ticks are whole numbers.
    private static IEnumerable<double> Ticks(double low, double high, bool whole)
    {
        var raw = Math.Max((high - low) / 5, whole ? 1 : 0);
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        var first = Math.Ceiling(low / step);
        for (var k = 0; k <= 10 && (first + k) * step <= high; k++)
            if (Math.Abs((first + k) * step) < (double)decimal.MaxValue)
                yield return (first + k) * step;
    }

    // Lines of at most about `width` characters, broken between words; a word longer than a line stands alone.
    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0 || lines.Count == 0) lines.Add(line.ToString());
        return lines;
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string Escape(string text) => SecurityElement.Escape(text) ?? "";
}
