using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FactCheck.Api.Infrastructure;

/// <summary>The expected failures, returned (not thrown) as RFC 9457 problem details.</summary>
internal static class Problems
{
    /// <summary>404 for an id or key in the route that names nothing.</summary>
    public static ProblemHttpResult NotFound(string what, object id) =>
        TypedResults.Problem(
            title: $"{Capitalised(what)} not found",
            detail: $"No {what} has the id or key '{id}'.",
            statusCode: StatusCodes.Status404NotFound);

    /// <summary>404 for a reference in the body that names nothing, keyed by the field that holds it.</summary>
    public static ProblemHttpResult UnknownReference(string field, string what, object id) =>
        UnknownReferences(what, [(field, id)]);

    /// <summary>404 for every reference in the body that names nothing, each keyed by its field.</summary>
    public static ProblemHttpResult UnknownReferences(string what, IEnumerable<(string Field, object Id)> references) =>
        TypedResults.Problem(new HttpValidationProblemDetails(
            references.ToDictionary(r => r.Field, r => new[] { $"No {what} has the id or key '{r.Id}'." }))
        {
            Title = $"{Capitalised(what)} not found",
            Status = StatusCodes.Status404NotFound,
        });

    public static ProblemHttpResult Conflict(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status409Conflict);

    /// <summary>400 for input that is well-formed but does not fit what is stored, keyed by field.</summary>
    public static ProblemHttpResult Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Title = "One or more validation errors occurred.",
            Status = StatusCodes.Status400BadRequest,
        });

    private static string Capitalised(string what) => char.ToUpperInvariant(what[0]) + what[1..];
}
