using System.Globalization;

namespace FactCheck.Api.Infrastructure;

/// <summary>
/// Dates and instants in a query string are ISO 8601 only (EndpointConfiguration parses them so).
/// A looser parse would take "12/09/2025" as 9 December, which a desk that writes day first means
/// as 12 September: such a value is a 400 naming the parameter.
/// </summary>
internal static class QueryDates
{
    public const string DateMessage = "Must be a date written YYYY-MM-DD, such as 2025-09-12.";

    public const string InstantMessage = "Must be an instant in ISO 8601, such as 2025-09-12 or 2025-09-12T10:00:00Z.";

    private static readonly string[] InstantFormats =
        ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    public static bool TryParseInstant(string value, out DateTimeOffset instant) =>
        DateTimeOffset.TryParseExact(value, InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant);
}
