namespace FactCheck.Api.Infrastructure;

/// <summary>
/// Lets one write at a time at the database, first come first served. SQLite admits one writer
/// anyway; left to its busy handler, the others sleep and retry with back-offs of up to 100 ms,
/// and under load an unlucky write waits for many of them. Queued here, a write waits only for the
/// writes ahead of it. Reads never queue. The busy timeout stays as the guard for writers outside
/// this process, such as the keys command.
/// </summary>
internal sealed class WriteQueue : IEndpointFilter
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        await _turn.WaitAsync(context.HttpContext.RequestAborted);
        try
        {
            return await next(context);
        }
        finally
        {
            _turn.Release();
        }
    }
}
