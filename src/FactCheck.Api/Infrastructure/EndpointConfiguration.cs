using System.Diagnostics;
using System.Globalization;
using FastEndpoints;
using FluentValidation.Results;

namespace FactCheck.Api.Infrastructure;

/// <summary>
/// FastEndpoints, configured to answer as the API always has: RFC 9457 problem details whose
/// <c>errors</c> map each JSON field path ("claims[3].quote") to its messages, query dates in ISO
/// 8601 only, and a message that says what a value that does not read should have been.
/// FastEndpoints keeps this configuration process-wide (the first host started sets it), so
/// nothing here depends on one host's settings: those are read by the middleware and policies.
/// </summary>
internal static class EndpointConfiguration
{
    private const string Unreadable = "The request could not be read";

    public static IServiceCollection AddFactCheckEndpoints(this IServiceCollection services) =>
        services.AddFastEndpoints(o =>
        {
            o.DisableAutoDiscovery = true;
            o.Assemblies = [typeof(EndpointConfiguration).Assembly];
        });

    public static IApplicationBuilder UseFactCheckEndpoints(this IApplicationBuilder app) =>
        app.Use(RefuseBodiesWithoutMediaType).UseFastEndpoints(c =>
        {
            // The field names the validators report are the JSON names (Validation.cs), not FastEndpoints' guess at them.
            c.Validation.UsePropertyNamingPolicy = false;
            // Query parameters are the camelCase names the document gives them.
            c.Binding.UsePropertyNamingPolicy = true;
            c.Errors.ProducesMetadataType = typeof(HttpValidationProblemDetails);
            c.Errors.ResponseBuilder = Problem;
            c.Binding.JsonExceptionTransformer = json =>
            {
                var (field, message) = ProblemExceptionHandler.JsonFailure(json);
                return new ValidationFailure(field, message) { CustomState = Unreadable };
            };
            c.Binding.FailureMessage = (type, _, value) =>
                $"'{value}': {ProblemExceptionHandler.Expected((Nullable.GetUnderlyingType(type) ?? type).Name)}";
            c.Binding.ValueParserFor<DateOnly>(value => new ParseResult(
                DateOnly.TryParseExact(value.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date), date));
            c.Binding.ValueParserFor<DateTimeOffset>(value => new ParseResult(QueryDates.TryParseInstant(value.ToString(), out var instant), instant));
        });

    /// <summary>A body sent without a Content-Type to an operation that reads JSON: 415, as problem details (FastEndpoints answers with no body).</summary>
    private static Task RefuseBodiesWithoutMediaType(HttpContext context, RequestDelegate next)
    {
        if (context.Request.ContentType is not null
            || context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>() is not { } accepts
            || accepts.ContentTypes.Contains("*/*"))
            return next(context);

        context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = StatusCodes.Status415UnsupportedMediaType,
                Title = "Send the body as application/json",
                Detail = $"This operation reads a body of type {string.Join(" or ", accepts.ContentTypes)}; the request named no Content-Type.",
            },
        }).AsTask();
    }

    private static HttpValidationProblemDetails Problem(List<ValidationFailure> failures, HttpContext context, int status) =>
        new(failures.GroupBy(f => f.PropertyName, f => f.ErrorMessage)
            .ToDictionary(g => g.Key, g => g.Distinct().ToArray(), StringComparer.Ordinal))
        {
            Status = status,
            Title = failures.Any(f => f.CustomState is Unreadable) ? Unreadable : "One or more validation errors occurred.",
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            Extensions = { ["traceId"] = Activity.Current?.Id ?? context.TraceIdentifier },
        };
}
