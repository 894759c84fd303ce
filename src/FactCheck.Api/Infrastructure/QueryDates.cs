using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace FactCheck.Api.Infrastructure;

/// <summary>
/// Dates and instants in a query string are ISO 8601 only. Binding alone would take "12/09/2025" as
/// 9 December, which a desk that writes day first means as 12 September: such a value is a 400
/// naming the parameter. Applied to every endpoint; one without date parameters passes through untouched.
/// </summary>
internal static class QueryDates
{
    public const string DateMessage = "Must be a date written YYYY-MM-DD, such as 2025-09-12.";

    public const string InstantMessage = "Must be an instant in ISO 8601, such as 2025-09-12 or 2025-09-12T10:00:00Z.";

    private static readonly string[] InstantFormats =
        ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    public static EndpointFilterDelegate Strict(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var fields = DateFields(context.MethodInfo).ToArray();
        if (fields.Length == 0) return next;
        return invocation =>
        {
            var query = invocation.HttpContext.Request.Query;
            Dictionary<string, string[]>? errors = null;
            foreach (var (name, instant) in fields)
                if (query.TryGetValue(name, out var value) && !IsIso(value.ToString(), instant))
                    (errors ??= [])[name] = [instant ? InstantMessage : DateMessage];
            return errors is null
                ? next(invocation)
                : ValueTask.FromResult<object?>(TypedResults.ValidationProblem(errors, title: "The request could not be read"));
        };
    }

    private static bool IsIso(string value, bool instant) => instant
        ? DateTimeOffset.TryParseExact(value, InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    // The query names of a handler's date parameters, its own or those of a request bound [AsParameters].
    private static IEnumerable<(string Name, bool Instant)> DateFields(MethodInfo handler) =>
        handler.GetParameters()
            .SelectMany(p => p.GetCustomAttribute<AsParametersAttribute>() is null
                ? [(p.Name!, p.ParameterType)]
                : p.ParameterType.GetProperties().Select(property => (property.Name, property.PropertyType)))
            .Select(field => (field.Item1, Type: Nullable.GetUnderlyingType(field.Item2) ?? field.Item2))
            .Where(field => field.Type == typeof(DateOnly) || field.Type == typeof(DateTimeOffset))
            .Select(field => (JsonNamingPolicy.CamelCase.ConvertName(field.Item1), field.Type == typeof(DateTimeOffset)));
}
