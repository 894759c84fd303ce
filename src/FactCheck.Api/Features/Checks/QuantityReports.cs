using System.Collections.Concurrent;

namespace FactCheck.Api.Features.Checks;

/// <summary>
/// Each quantity's check as GET /checks/quantities answered it, kept for the store version it was worked out at (the
/// store_version counter every write bumps, decisions and ratings included). A CMS asks for the same quantity again and
/// again between writes, and the records, the check and its sentences are nearly all of the answer's cost. The first
/// read after a write starts afresh; at most <see cref="MaxQuantities"/> quantities are kept per version.
/// </summary>
internal sealed class QuantityReports
{
    public const int MaxQuantities = 10_000;

    private Kept _kept = new(-1);

    private sealed class Kept(long version)
    {
        public long Version { get; } = version;
        public ConcurrentDictionary<string, QuantityCheckResponse> ByKey { get; } = new(StringComparer.Ordinal);
    }

    public QuantityCheckResponse? Find(long version, string key) =>
        _kept is { } kept && kept.Version == version && kept.ByKey.TryGetValue(key, out var response) ? response : null;

    public void Keep(long version, string key, QuantityCheckResponse response)
    {
        var kept = _kept;
        // Versions only move forward: an answer of an older version is not kept, and a newer one starts afresh.
        if (kept.Version < version)
        {
            Interlocked.CompareExchange(ref _kept, new Kept(version), kept);
            kept = _kept;
        }
        if (kept.Version == version && kept.ByKey.Count < MaxQuantities) kept.ByKey[key] = response;
    }
}
