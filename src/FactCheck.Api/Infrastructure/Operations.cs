using System.Diagnostics;
using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FactCheck.Api.Infrastructure;

/// <summary>Health and readiness for orchestrators, and one structured log line per request.</summary>
internal static partial class Operations
{
    public static IServiceCollection AddFactCheckOperations(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseReady>("database", tags: ["ready"]);
        return services;
    }

    /// <summary>/health answers while the process runs; /ready only when the database answers and is migrated.</summary>
    public static void MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health", new() { Predicate = _ => false });
        app.MapHealthChecks("/ready", new() { Predicate = check => check.Tags.Contains("ready") });
    }

    /// <summary>
    /// One structured line per request (method, path, status, duration, request id; the id is also
    /// sent back as X-Request-Id), through a generated logger. Writing a console line for every
    /// request halves throughput, so ordinary requests log at Debug and only server errors and
    /// slow requests at Information: Logging:LogLevel:FactCheck.Requests=Debug logs them all.
    /// </summary>
    public static IApplicationBuilder UseRequestLog(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("FactCheck.Requests");
        var slowMs = app.Configuration.GetValue("FactCheck:SlowRequestMilliseconds", 1000);
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            context.Response.Headers["X-Request-Id"] = context.TraceIdentifier;
            try
            {
                await next(context);
            }
            finally
            {
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                var level = context.Response.StatusCode >= 500 || elapsed >= slowMs ? LogLevel.Information : LogLevel.Debug;
                if (logger.IsEnabled(level))
                    Handled(logger, level, context.Request.Method, context.Request.Path.Value ?? "", context.Response.StatusCode, elapsed, context.TraceIdentifier);
            }
        });
    }

    [LoggerMessage(EventId = 1, Message = "{Method} {Path} answered {Status} in {ElapsedMs:0.0} ms ({RequestId})")]
    private static partial void Handled(ILogger logger, LogLevel level, string method, string path, int status, double elapsedMs, string requestId);

    private sealed class DatabaseReady(Database db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
        {
            try
            {
                await using var connection = await db.OpenAsync(ct);
                var scripts = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT count(*) FROM schema_journal;", cancellationToken: ct));
                return scripts > 0 ? HealthCheckResult.Healthy($"{scripts} migrations applied") : HealthCheckResult.Unhealthy("No migration applied.");
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
            {
                return HealthCheckResult.Unhealthy("The database does not answer.", e);
            }
        }
    }
}
