using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactCheck.Api.Infrastructure;

/// <summary>
/// Text may not hold U+0000. PostgreSQL cannot store it and SQLite cuts strings at it in places, so
/// both engines refuse it at the door, with a 400 naming the field: in JSON bodies (through the
/// serializer), in query strings (here), in CSV (the CSV import). A path (ids and keys) holds no
/// control character at all: Kestrel hands a "%00" in it on as U+0001 (<see cref="RequestLineNul"/>),
/// and both are refused here, naming <c>path</c>.
/// </summary>
internal static class NulCharacters
{
    public const string Message = "Must not contain the NUL character (U+0000).";
    public const string PathMessage = "Must not contain control characters, such as the NUL character (%00).";

    public static IApplicationBuilder UseNulCharacterRefusal(this WebApplication app) =>
        app.Use((context, next) =>
        {
            var path = context.Request.Path.Value.AsSpan();
            if (path.ContainsAnyInRange('\0', '\u001f') || path.Contains('\u007f'))
                return Refuse(context, "path", PathMessage);
            // A query string can only carry U+0000 percent-encoded: most requests are passed on
            // without parsing their query here.
            if (context.Request.QueryString.Value?.Contains("%00", StringComparison.Ordinal) != true)
                return next(context);
            foreach (var (name, values) in context.Request.Query)
                if (values.Any(v => v?.Contains('\0') == true) || name.Contains('\0'))
                    return Refuse(context, name, Message);
            return next(context);
        });

    private static Task Refuse(HttpContext context, string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] },
            title: "The request could not be read").ExecuteAsync(context);

    /// <summary>Reads strings as the default converter does, refusing U+0000; writes them unchanged.</summary>
    public sealed class StringConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString();
            return text is not null && text.Contains('\0') ? throw new JsonException(Message) : text;
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value);
    }
}
