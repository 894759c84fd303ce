using FactCheck.Api.Infrastructure;
using FactCheck.Domain;

namespace FactCheck.Api.Features.Checks;

/// <summary>
/// The severities a list of findings shows: conflicts and warnings unless the request names others
/// (a comma-separated list, such as "conflict,warning,note"), or asks for a kind, which then shows
/// whatever its severity.
/// </summary>
internal static class Severities
{
    public const string Pattern = "^(conflict|warning|note)(,(conflict|warning|note))*$";
    public const string Message = "Must be conflict, warning or note, or several of them comma-separated.";

    public static Func<Severity, bool> Shown(string? severity, string? kind)
    {
        if (severity is null)
            return kind is null ? s => s != Severity.Note : _ => true;
        var wanted = severity.Split(',').Select(Names<Severity>.Parse).ToHashSet();
        return wanted.Contains;
    }

    public static Func<Finding, bool> Filter(string? severity, string? kind)
    {
        var shown = Shown(severity, kind);
        return f => shown(f.Severity);
    }

    public static bool IsList(string? severity) =>
        severity is null || severity.Split(',').All(Names<Severity>.IsWord);
}
