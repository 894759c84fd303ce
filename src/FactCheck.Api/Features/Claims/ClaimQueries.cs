using System.Data.Common;
using Dapper;

namespace FactCheck.Api.Features.Claims;

internal static class ClaimQueries
{
    private const string FindSql = $"SELECT {ClaimRow.Columns} FROM {ClaimRow.From} WHERE c.id = @id;";

    public static async Task<ClaimResponse?> FindAsync(DbConnection connection, long id, CancellationToken ct, DbTransaction? transaction = null)
    {
        var row = await connection.QuerySingleOrDefaultAsync<ClaimRow>(new CommandDefinition(FindSql, new { id }, transaction, cancellationToken: ct));
        return row?.ToResponse();
    }
}
