using System.Data.Common;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactCheck.Domain;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace FactCheck.Api.Infrastructure;

/// <summary>
/// The one place exceptions become responses: a request the framework could not read becomes a 400
/// naming the field, a busy or unreachable database a 503 to retry, anything else a 500 that shows no internals.
/// </summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var problem = exception switch
        {
            BadHttpRequestException bad => Unreadable(bad),
            DbException db when db.IsRetryable() => new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The database is unavailable for the moment",
                Detail = "Other writes held it for too long, or the connection to it was lost. Retry the request.",
            },
            _ => null,
        };

        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", context.Request.Method, context.Request.Path);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "An unexpected error occurred",
            };
        }
        else if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = "1";
        }

        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Unreadable(BadHttpRequestException bad)
    {
        if (bad.StatusCode != StatusCodes.Status400BadRequest)
            return new ProblemDetails { Status = bad.StatusCode, Title = bad.Message };

        var (field, message) = bad.InnerException switch
        {
            JsonException json => JsonFailure(json),
            _ when bad.Message.Contains("no body was provided", StringComparison.Ordinal) => ("", "A JSON body is required."),
            _ => ("", bad.Message),
        };
        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request could not be read",
        };
    }

    /// <summary>The field a body that did not read names, and what it should have held.</summary>
    public static (string Field, string Message) JsonFailure(JsonException json) => json switch
    {
        _ when UnmappedProperty().Match(json.Message) is { Success: true } m =>
            (Join(FieldOf(json.Path), m.Groups["name"].Value), "Is not a field of this request; the OpenAPI document lists the fields it takes."),
        _ when DuplicateProperty().Match(json.Message) is { Success: true } m =>
            (Join(FieldOf(json.Path), m.Groups["name"].Value), "Is given twice; send each field once."),
        _ when json.Message.Contains("does not contain any JSON tokens", StringComparison.Ordinal) && FieldOf(json.Path) == "" =>
            ("", "A JSON body is required."),
        _ => (FieldOf(json.Path), JsonMessage(json)),
    };

    // "$.claims[3].value" names the field "claims[3].value", the same path the validators report.
    private static string FieldOf(string? path) =>
        path is null or "$" ? "" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    // The path of an undeclared or repeated property may end at the object that holds it, or at the property itself.
    private static string Join(string path, string name) =>
        path.EndsWith(name, StringComparison.Ordinal) ? path : path.Length == 0 ? name : $"{path}.{name}";

    private static string JsonMessage(JsonException json)
    {
        if (ConversionFailure().Match(json.Message) is { Success: true } m)
            return Expected(m.Groups["type"].Value);
        var cut = json.Message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? json.Message[..cut] : json.Message;
    }

    /// <summary>What a value of this type (its .NET name) must look like, in words.</summary>
    public static string Expected(string type) => type switch
    {
        _ when type.Contains(nameof(Qualifier), StringComparison.Ordinal) => $"Must be one of: {Names<Qualifier>.All}.",
        _ when type.Contains(nameof(QuantityKind), StringComparison.Ordinal) => $"Must be one of: {Names<QuantityKind>.All}.",
        _ when type.Contains(nameof(RelationKind), StringComparison.Ordinal) => $"Must be one of: {Names<RelationKind>.All}.",
        _ when type.Contains("DateOnly", StringComparison.Ordinal) => QueryDates.DateMessage,
        _ when type.Contains("DateTime", StringComparison.Ordinal) => QueryDates.InstantMessage,
        _ when type.Contains("Decimal", StringComparison.Ordinal) => Rules.FigureMessage,
        _ when type.Contains("Int64", StringComparison.Ordinal) || type.Contains("long", StringComparison.Ordinal) =>
            $"Must be a whole number from {long.MinValue} to {long.MaxValue}.",
        _ when type.Contains("Int", StringComparison.OrdinalIgnoreCase) => $"Must be a whole number from {int.MinValue} to {int.MaxValue}.",
        _ when type.Contains("Boolean", StringComparison.Ordinal) || type.Contains("bool", StringComparison.Ordinal) => "Must be true or false.",
        _ when type.Contains("List", StringComparison.Ordinal) || type.EndsWith("[]", StringComparison.Ordinal) => "Must be an array.",
        _ when type.Contains("String", StringComparison.Ordinal) => "Must be a string.",
        _ => "Must be an object of the documented shape.",
    };

    [GeneratedRegex("The JSON property '(?<name>[^']*)' could not be mapped")]
    private static partial Regex UnmappedProperty();

    [GeneratedRegex("Duplicate property '(?<name>[^']*)'")]
    private static partial Regex DuplicateProperty();

    [GeneratedRegex("could not be converted to (?<type>[^ ]+)\\.")]
    private static partial Regex ConversionFailure();
}
