using System.Data.Common;
using FactCheck.Api.Infrastructure;
using FactCheck.Domain.Extraction;

namespace FactCheck.Api.Features.Extraction;

/// <summary>
/// The stored quantities as suggestion sees them (names, units, kinds, claim dates) and the suggester built on them,
/// read once per change to the records (the store_version counter every write bumps) and shared until the next:
/// reading every quantity's claim dates is a scan of the claims, too dear for every extraction.
/// </summary>
internal sealed class QuantityNames
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Known? _current;

    internal sealed record Known(long Version, IReadOnlyList<QuantityName> Names, QuantitySuggester Suggester);

    public async Task<Known> GetAsync(DbConnection connection, CancellationToken ct)
    {
        var version = await StoreVersion.ReadAsync(connection, ct);
        if (_current is { } current && current.Version == version) return current;
        await _gate.WaitAsync(ct);
        try
        {
            if (_current is { } fresh && fresh.Version == version) return fresh;
            var names = await Proposals.QuantityNamesAsync(connection, ct);
            // Read after the names: a write between the two reads leaves a newer version cached with older names, never the reverse.
            return _current = new Known(await StoreVersion.ReadAsync(connection, ct) == version ? version : -1, names, new QuantitySuggester(names));
        }
        finally
        {
            _gate.Release();
        }
    }
}
