using System.Data;
using System.Data.Common;
using System.Globalization;

namespace FactCheck.Api.Infrastructure;

/// <summary>
/// Many rows through one INSERT … RETURNING id. Dapper builds and prepares a fresh command per row: for thousands of
/// rows, preparing the statement and the triggers it fires cost as much as running it, and on PostgreSQL each row
/// was a round trip.
/// </summary>
internal static class BatchInsert
{
    /// <summary>Rows sent in one round trip where the engine takes a batch of statements (PostgreSQL).</summary>
    private const int RowsPerRoundTrip = 1_000;

    /// <summary>
    /// Runs <paramref name="sql"/> on each row (its values in the order of <paramref name="parameters"/>, null for SQL
    /// NULL) and reads the id each returns, in order. SQLite, in process, runs one prepared statement row by row;
    /// an engine across the network takes <see cref="RowsPerRoundTrip"/> rows a round trip.
    /// </summary>
    public static async Task<List<long>> ReturningIdsAsync(DbConnection connection, DbTransaction transaction, string sql,
        IReadOnlyList<(string Name, DbType Type)> parameters, IReadOnlyCollection<object?[]> rows, CancellationToken ct)
    {
        var ids = new List<long>(rows.Count);
        if (rows.Count == 0) return ids;
        if (connection.CanCreateBatch)
        {
            foreach (var chunk in rows.Chunk(RowsPerRoundTrip))
            {
                await using var batch = connection.CreateBatch();
                batch.Transaction = transaction;
                foreach (var row in chunk)
                {
                    var command = batch.CreateBatchCommand();
                    command.CommandText = sql;
                    for (var i = 0; i < parameters.Count; i++) command.Parameters.Add(Bound(command.CreateParameter(), parameters[i], row[i]));
                    batch.BatchCommands.Add(command);
                }
                await using var reader = await batch.ExecuteReaderAsync(ct);
                do
                {
                    await reader.ReadAsync(ct);
                    ids.Add(reader.GetInt64(0));
                }
                while (await reader.NextResultAsync(ct));
            }
            return ids;
        }

        await using var insert = connection.CreateCommand();
        (insert.Transaction, insert.CommandText) = (transaction, sql);
        foreach (var parameter in parameters) insert.Parameters.Add(Bound(insert.CreateParameter(), parameter, null));
        await insert.PrepareAsync(ct);
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++) insert.Parameters[i].Value = row[i] ?? DBNull.Value;
            ids.Add(Convert.ToInt64(await insert.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture));
        }
        return ids;
    }

    private static DbParameter Bound(DbParameter parameter, (string Name, DbType Type) of, object? value)
    {
        (parameter.ParameterName, parameter.DbType, parameter.Value) = (of.Name, of.Type, value ?? DBNull.Value);
        return parameter;
    }
}
