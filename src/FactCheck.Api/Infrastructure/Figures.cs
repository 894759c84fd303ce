using System.Globalization;

namespace FactCheck.Api.Infrastructure;

/// <summary>
/// Claim figures travel as decimals and rest as invariant text, so "4.0" comes back as 4.0 in any
/// thread culture: the decimals written set the rounding grain.
/// </summary>
internal static class Figures
{
    public static string? ToText(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>The figure without trailing zeros: 1.50 and 1.5 are one number.</summary>
    public static string Normalized(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    public static decimal? FromText(string? text) =>
        text is null ? null : decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>An instant as the store keeps it (as the history triggers write it): UTC, to the millisecond, "2025-09-12T10:00:00.000Z".</summary>
    public static string ToText(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string ToText(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly DateFromText(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
