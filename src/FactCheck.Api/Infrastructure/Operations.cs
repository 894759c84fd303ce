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
    /// Logs method, path, status, duration and request id once per request, through a generated
    /// logger that costs nothing when the category is off; the id is also sent back as X-Request-Id.
    /// </summary>
    public static IApplicationBuilder UseRequestLog(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("FactCheck.Requests");
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            context.Response.Headers["X-Request-Id"] = context.TraceIdentifier;
            try
            {
                await next();
            }
            finally
            {
                if (logger.IsEnabled(LogLevel.Information))
                    Handled(logger, context.Request.Method, context.Request.Path.Value ?? "", context.Response.StatusCode,
                        Stopwatch.GetElapsedTime(started).TotalMilliseconds, context.TraceIdentifier);
            }
        });
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Method} {Path} answered {Status} in {ElapsedMs:0.0} ms ({RequestId})")]
    private static partial void Handled(ILogger logger, string method, string path, int status, double elapsedMs, string requestId);

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
            catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
            {
                return HealthCheckResult.Unhealthy("The database does not answer.", e);
            }
        }
    }
}
