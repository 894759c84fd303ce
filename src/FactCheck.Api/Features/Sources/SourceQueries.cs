using System.Data.Common;
using Dapper;

namespace FactCheck.Api.Features.Sources;

internal static class SourceQueries
{
    private const string FindSql = $"SELECT {SourceRow.Columns} FROM sources s WHERE s.id = @id;";

    public static async Task<SourceResponse?> FindAsync(DbConnection connection, long id, CancellationToken ct, DbTransaction? transaction = null)
    {
        var row = await connection.QuerySingleOrDefaultAsync<SourceRow>(
            new CommandDefinition(FindSql, new { id }, transaction, cancellationToken: ct));
        return row?.ToResponse();
    }
}
