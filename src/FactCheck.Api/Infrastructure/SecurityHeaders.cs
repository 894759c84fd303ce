namespace FactCheck.Api.Infrastructure;

/// <summary>
/// Headers a browser expects of every answer: no content sniffing, and, where CMS origins may call
/// the API from a browser, Vary: Origin, so that a shared cache never hands one origin's CORS
/// answer (or a same-origin one without CORS headers) to another. Set as the response starts, so
/// they survive the exception handler clearing a response.
/// </summary>
internal static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this WebApplication app)
    {
        var corsCanAnswer = (app.Configuration.GetSection("FactCheck:Cors:Origins").Get<string[]>() ?? []).Length > 0;
        Func<object, Task> onStarting = corsCanAnswer ? WithVary : WithoutVary;
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(onStarting, context);
            return next(context);
        });
    }

    private static Task WithoutVary(object state)
    {
        ((HttpContext)state).Response.Headers.XContentTypeOptions = "nosniff";
        return Task.CompletedTask;
    }

    private static Task WithVary(object state)
    {
        var headers = ((HttpContext)state).Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        if (!headers.Vary.Any(v => v?.Contains("Origin", StringComparison.OrdinalIgnoreCase) == true))
            headers.Append("Vary", "Origin");
        return Task.CompletedTask;
    }
}
