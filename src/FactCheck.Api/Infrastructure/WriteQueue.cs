namespace FactCheck.Api.Infrastructure;

/// <summary>
/// Lets one write at a time at the database, first come first served. SQLite admits one writer
/// anyway; left to its busy handler, the others sleep and retry with back-offs of up to 100 ms,
/// and under load an unlucky write waits for many of them. Queued here, a write waits only for the
/// writes ahead of it. Reads never queue. The busy timeout stays as the guard for writers outside
/// this process, such as the keys command.
/// </summary>
internal static class WriteQueue
{
    /// <summary>The mark a write endpoint carries (the <see cref="Writes"/> group puts it there).</summary>
    public static readonly object Queued = new QueuedWrite();

    /// <summary>Runs each marked endpoint's request in turn; the last middleware before the endpoints.</summary>
    public static IApplicationBuilder UseWriteQueue(this IApplicationBuilder app)
    {
        var turn = new SemaphoreSlim(1, 1);
        return app.Use((context, next) => context.GetEndpoint()?.Metadata.GetMetadata<QueuedWrite>() is null
            ? next(context)
            : InTurnAsync(context, next, turn));
    }

    private static async Task InTurnAsync(HttpContext context, RequestDelegate next, SemaphoreSlim turn)
    {
        await turn.WaitAsync(context.RequestAborted);
        try
        {
            await next(context);
        }
        finally
        {
            turn.Release();
        }
    }

    private sealed class QueuedWrite;
}
