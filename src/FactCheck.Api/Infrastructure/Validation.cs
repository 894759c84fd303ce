using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;

namespace FactCheck.Api.Infrastructure;

internal static class Validation
{
    /// <summary>Validators report each field by its JSON path ("claims[3].quote"), in the English written in them.</summary>
    public static void UseJsonFieldNames()
    {
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) => member is null ? null : JsonName(member);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : JsonName(member);
        ValidatorOptions.Global.LanguageManager.Enabled = false;
    }

    // FluentValidation asks for names as it runs each rule, not only when one fails: reading the
    // attribute each time cost a validated request more than all its middleware.
    private static readonly ConcurrentDictionary<MemberInfo, string> JsonNames = new();

    private static string JsonName(MemberInfo member) =>
        JsonNames.GetOrAdd(member, static m => m.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(m.Name));
}
