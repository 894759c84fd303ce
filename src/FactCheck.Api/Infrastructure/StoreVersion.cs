using System.Data.Common;
using Dapper;

namespace FactCheck.Api.Infrastructure;

/// <summary>
/// The counter every write to the records bumps (migration 0002; decisions and ratings too): what the caches of checks
/// and names are kept for, and dropped at.
/// </summary>
internal static class StoreVersion
{
    public static Task<long> ReadAsync(DbConnection connection, CancellationToken ct) =>
        connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT version FROM store_version;", cancellationToken: ct));
}
