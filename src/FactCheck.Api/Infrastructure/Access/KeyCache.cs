using System.Collections.Concurrent;

namespace FactCheck.Api.Infrastructure.Access;

/// <summary>
/// What each presented API key was found to be (a live key's name, or nothing), kept for
/// FactCheck:Access:KeyCacheSeconds (5 by default), so a busy key costs one database lookup per
/// interval rather than one per request. A key revoked (or created) with the keys command is
/// therefore refused (or accepted) within that many seconds on every instance.
/// </summary>
internal sealed class KeyCache(Database db, IConfiguration configuration, TimeProvider time)
{
    // Past this many distinct keys (a flood of made-up ones), the cache starts again rather than grow.
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, (string? Name, long Until)> _entries = new(StringComparer.Ordinal);
    private readonly long _lifetime = (long)(configuration.GetValue("FactCheck:Access:KeyCacheSeconds", 5.0) * time.TimestampFrequency);
    private long _lookups;

    /// <summary>How many times a key was looked up in the database.</summary>
    public long Lookups => Interlocked.Read(ref _lookups);

    /// <summary>The name of a key already known to be live, without asking the database; else null.</summary>
    public string? KnownLive(string key) => Cached(key, out var name) ? name : null;

    /// <summary>The name of the live key, or null for a key that is unknown or revoked.</summary>
    public async ValueTask<string?> NameOfAsync(string key, CancellationToken ct)
    {
        if (Cached(key, out var cached)) return cached;

        Interlocked.Increment(ref _lookups);
        string? name;
        await using (var connection = await db.OpenReadAsync(ct))
            name = await ApiKeys.NameOfAsync(connection, key, ct);
        if (_entries.Count >= MaxEntries) _entries.Clear();
        _entries[key] = (name, time.GetTimestamp() + _lifetime);
        return name;
    }

    // What the key was found to be, while that finding is fresh: its name, or null for a key that is not live.
    private bool Cached(string key, out string? name)
    {
        var fresh = _entries.TryGetValue(key, out var entry) && entry.Until > time.GetTimestamp();
        name = fresh ? entry.Name : null;
        return fresh;
    }
}
