using FastEndpoints;

namespace FactCheck.Api.Infrastructure;

/// <summary>
/// Reads: open, unless FactCheck:Access:ReadsNeedKey. UseReadKeys decides that for each host from
/// its own settings, so endpoints are configured alike in every host of one process.
/// </summary>
internal sealed class Reads : Group
{
    public Reads() => Configure("", endpoint =>
    {
        endpoint.AllowAnonymous();
        endpoint.Metadata(Access.Access.ReadEndpoint);
    });
}

/// <summary>Writes: a live API key, and one write at a time (<see cref="WriteQueue"/>).</summary>
internal sealed class Writes : Group
{
    public Writes() => Configure("", endpoint =>
    {
        endpoint.Policies(Access.Access.Write);
        endpoint.Metadata(WriteQueue.Queued);
    });
}
