using SkiaSharp;
using Svg.Skia;

namespace FactCheck.Api.Features.Pictures;

/// <summary>
/// A chart as PNG: the very SVG the API serves, drawn by Svg.Skia at twice its size on white, so the two never differ but
/// in pixels. Text is set in whatever fontconfig gives the SVG's families (DejaVu Sans on Debian's fonts-dejavu-core).
/// </summary>
internal static class ChartPng
{
    private const float Scale = 2f;

    public static byte[] Of(string svg)
    {
        using var document = new SKSvg();
        document.FromSvg(svg);
        using var png = new MemoryStream();
        if (!document.Save(png, SKColors.White, SKEncodedImageFormat.Png, 100, Scale, Scale))
            throw new InvalidOperationException("The chart's SVG could not be drawn.");
        return png.ToArray();
    }
}
