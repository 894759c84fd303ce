using Microsoft.AspNetCore.Http.Features;

namespace FactCheck.Api.Infrastructure;

/// <summary>
/// Conditional GETs for CMS plugins: every successful read carries a strong ETag (a hash of its
/// body) and a Cache-Control; a request whose If-None-Match holds that ETag gets 304 and no body.
/// Writes are never cached. CORS is open to the origins FactCheck:Cors:Origins names, and to no other.
/// </summary>
internal static class HttpCaching
{
    public static IServiceCollection AddFactCheckCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection("FactCheck:Cors:Origins").Get<string[]>() ?? [];
        services.AddCors(o => o.AddDefaultPolicy(p => p.WithOrigins(origins).AllowAnyHeader().AllowAnyMethod()
            .WithExposedHeaders("ETag", "Location", "Retry-After", "X-Request-Id")));
        return services;
    }

    public static IApplicationBuilder UseConditionalGets(this WebApplication app)
    {
        var maxAge = app.Configuration.GetValue("FactCheck:Cache:MaxAgeSeconds", 30);
        var visibility = app.Configuration.GetValue("FactCheck:Access:ReadsNeedKey", false) ? "private" : "public";
        var cacheControl = $"{visibility}, max-age={maxAge}, must-revalidate";
        return app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.CacheControl = "no-store";
                    return Task.CompletedTask;
                });
                await next(context);
                return;
            }

            var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
            using var buffer = new BodyBuffer();
            context.Features.Set<IHttpResponseBodyFeature>(buffer);
            try
            {
                await next(context);
            }
            finally
            {
                context.Features.Set(body);
            }

            var written = buffer.Written;
            if (context.Response.StatusCode == StatusCodes.Status200OK)
            {
                var etag = ETags.Of(written.Span);
                context.Response.Headers.ETag = etag;
                context.Response.Headers.CacheControl = cacheControl;
                if (ETags.Names(context.Request.Headers.IfNoneMatch, etag))
                {
                    context.Response.StatusCode = StatusCodes.Status304NotModified;
                    context.Response.ContentLength = null;
                    return;
                }
            }
            // The whole body is at hand: one write, with its length instead of chunks. An empty error
            // is left without a length, for the status code pages to give it a problem body.
            if (written.Length == 0) return;
            context.Response.ContentLength = written.Length;
            await body.Writer.WriteAsync(written, context.RequestAborted);
        });
    }
}
