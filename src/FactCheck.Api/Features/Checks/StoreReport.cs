using Dapper;
using FactCheck.Api.Features.Decisions;
using FactCheck.Api.Infrastructure;
using FactCheck.Domain;

namespace FactCheck.Api.Features.Checks;

/// <summary>
/// The consistency report of the whole store, computed once per change to the records (the
/// store_version counter that every write bumps) and shared by every reader until the next change.
/// </summary>
internal sealed class StoreReport(Database db)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Checked? _current;

    /// <summary>The records, their check, and the desk's decisions on its findings (adding one bumps the version too).</summary>
    internal sealed record Checked(long Version, ClaimWorld World, ConsistencyReport Report, DecisionBook Decisions);

    public async Task<Checked> GetAsync(CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var version = await StoreVersion.ReadAsync(connection, ct);
        if (_current is { } current && current.Version == version) return current;

        await _gate.WaitAsync(ct);
        try
        {
            if (_current is { } fresh && fresh.Version == version) return fresh;
            var (readVersion, world) = await ClaimWorldQueries.AllAsync(connection, ct);
            _current = new Checked(readVersion, world, ConsistencyEngine.Check(world), await DecisionBook.ReadAsync(connection, ct));
            return _current;
        }
        finally
        {
            _gate.Release();
        }
    }
}
