using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace FactCheck.Api.Infrastructure;

internal static class Json
{
    /// <summary>
    /// camelCase properties, snake_case enum words ("more_than"), no enum numbers, and `required`
    /// members left to the validators: a missing field is then reported by its name, not as "$".
    /// Strict as the document says: a property the type does not declare, a property given twice,
    /// and a number sent as a string ("52") are refused, each a 400 naming the field.
    /// </summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.AllowDuplicateProperties = false;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Converters.Add(new NulCharacters.StringConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers = { LeaveRequiredToValidators },
        };
    }

    private static void LeaveRequiredToValidators(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
            property.IsRequired = false;
    }
}
