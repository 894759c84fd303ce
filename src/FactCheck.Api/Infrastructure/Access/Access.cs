using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace FactCheck.Api.Infrastructure.Access;

/// <summary>
/// Who may do what: writes need an API key; reads are open unless FactCheck:Access:ReadsNeedKey
/// says otherwise. Every key and every address gets its own budget of requests per minute.
/// </summary>
internal static class Access
{
    public const string Write = "write";

    /// <summary>The mark a read endpoint carries (the Reads group puts it there).</summary>
    public static readonly ReadMetadata ReadEndpoint = new();

    public static IServiceCollection AddFactCheckAccess(this IServiceCollection services, IConfiguration configuration)
    {
        // The key scheme answers challenges and refusals, but is no default for authenticating (a lone
        // scheme would be, and would run for every request): UseApiKeyAuthentication runs it only for
        // requests that carry a key.
        AppContext.SetSwitch("Microsoft.AspNetCore.Authentication.SuppressAutoDefaultScheme", true);
        services.AddAuthentication(o =>
            {
                o.DefaultChallengeScheme = ApiKeyAuthentication.SchemeName;
                o.DefaultForbidScheme = ApiKeyAuthentication.SchemeName;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<KeyCache>();
        services.AddAuthorizationBuilder().AddPolicy(Write, p => p.RequireAuthenticatedUser());

        var permits = configuration.GetValue("FactCheck:RateLimit:PermitsPerMinute", 1200);
        var window = new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 };
        Func<string, FixedWindowRateLimiterOptions> windowOf = _ => window;
        services.AddRateLimiter(options =>
        {
            // Counted before any key is looked up in the database. A presented key has a budget of its
            // own; a request without a key known to be live (none, a made-up one, a live one not yet
            // seen) also counts against its address, so made-up keys buy no budget of their own.
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                // Each limiter keeps one partition per key, whatever kind it was made as: the exempt
                // partition's key ("") is one no address or presented key can have.
                PartitionedRateLimiter.Create<HttpContext, string>(context => KnownLiveKey(context) is null
                    ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", windowOf)
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(context => context.Request.Headers.TryGetValue(ApiKeys.Header, out var key)
                    ? RateLimitPartition.GetFixedWindowLimiter("key " + key, windowOf)
                    : RateLimitPartition.GetNoLimiter("")));
            options.OnRejected = async (rejected, ct) =>
            {
                var response = rejected.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await rejected.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = rejected.HttpContext,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = $"Each API key and each address may make {permits} requests a minute. Retry after the Retry-After header's seconds.",
                    },
                });
            };
        });
        return services;
    }

    /// <summary>
    /// Authenticates only the requests that carry a key, so an anonymous read costs nothing here;
    /// a write without a live key is then challenged by the authorization middleware.
    /// </summary>
    public static IApplicationBuilder UseApiKeyAuthentication(this IApplicationBuilder app)
    {
        // This is the authentication middleware: the mark UseAuthentication leaves keeps WebApplication
        // from adding the stock one as well, which would run for every request and find no default scheme.
        app.Properties["__AuthenticationMiddlewareSet"] = true;
        return app.Use((context, next) =>
            context.Request.Headers.ContainsKey(ApiKeys.Header) ? AuthenticateAsync(context, next) : next(context));

        // A key that is presented must be live, whatever the call: a CMS learns at its first read, not its first write, that its key is bad.
        static async Task AuthenticateAsync(HttpContext context, RequestDelegate next)
        {
            if (await context.AuthenticateAsync(ApiKeyAuthentication.SchemeName) is not { Succeeded: true } result)
            {
                await context.ChallengeAsync(ApiKeyAuthentication.SchemeName);
                return;
            }
            context.User = result.Principal;
            Actor.Is(result.Principal.Identity!.Name!);
            await next(context);
        }
    }

    /// <summary>With FactCheck:Access:ReadsNeedKey, a read without a live key is challenged (401) like a write.</summary>
    public static IApplicationBuilder UseReadKeys(this WebApplication app)
    {
        if (!app.Configuration.GetValue("FactCheck:Access:ReadsNeedKey", false)) return app;
        return app.Use((context, next) =>
            context.GetEndpoint()?.Metadata.GetMetadata<ReadMetadata>() is not null && context.User.Identity?.IsAuthenticated != true
                ? context.ChallengeAsync(ApiKeyAuthentication.SchemeName)
                : next(context));
    }

    private static string? KnownLiveKey(HttpContext context) =>
        context.Request.Headers.TryGetValue(ApiKeys.Header, out var key)
            ? context.RequestServices.GetRequiredService<KeyCache>().KnownLive(key.ToString())
            : null;

    /// <summary>Refuses a body declared larger than the limit at once, as 413; Kestrel enforces the same limit on bodies that do not declare their size.</summary>
    public static IApplicationBuilder UseRequestSizeLimit(this WebApplication app)
    {
        var limit = app.Configuration.GetValue("FactCheck:MaxRequestBodyBytes", 32L * 1024 * 1024);
        return app.Use((context, next) =>
        {
            if (context.Request.ContentLength > limit) return RefuseAsync(context, limit);
            if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
                feature.MaxRequestBodySize = limit;
            return next(context);
        });

        static Task RefuseAsync(HttpContext context, long limit)
        {
            context.Response.StatusCode = StatusCodes.Status413RequestEntityTooLarge;
            return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status413RequestEntityTooLarge,
                    Title = "The request body is too large",
                    Detail = $"Bodies may be at most {limit} bytes; split a large import into several.",
                },
            }).AsTask();
        }
    }

    public static bool NeedsKey(this EndpointMetadataCollection metadata, bool readsNeedKey) =>
        metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == Write) || (readsNeedKey && metadata.GetMetadata<ReadMetadata>() is not null);

    internal sealed class ReadMetadata;
}
