using System.Data.Common;
using Dapper;

namespace FactCheck.Api.Features.Quantities;

internal static class QuantityQueries
{
    private const string FindSql = $"SELECT {QuantityRow.Columns} FROM quantities q WHERE q.key = @key;";

    public static async Task<QuantityRow?> FindAsync(DbConnection connection, string key, CancellationToken ct, DbTransaction? transaction = null) =>
        await connection.QuerySingleOrDefaultAsync<QuantityRow>(new CommandDefinition(FindSql, new { key }, transaction, cancellationToken: ct));

    /// <summary>
    /// The key from a catch-all route value. Swagger UI and most clients escape the key's '/' as %2F,
    /// which routing leaves escaped; keys hold no '%' of their own, so unescaping is safe.
    /// </summary>
    public static string KeyFromRoute(string key) => Uri.UnescapeDataString(key);
}
