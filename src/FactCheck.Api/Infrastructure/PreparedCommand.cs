using System.Data;
using System.Data.Common;

namespace FactCheck.Api.Infrastructure;

/// <summary>
/// One statement prepared once and run for many rows of a batch. Dapper builds and prepares a fresh command per call:
/// for thousands of rows, preparing the statement and the triggers it fires cost as much as running it.
/// </summary>
internal sealed class PreparedCommand : IAsyncDisposable
{
    private readonly DbCommand _command;

    private PreparedCommand(DbCommand command) => _command = command;

    /// <summary>Prepares <paramref name="sql"/>, whose parameters are named in the order values will be given.</summary>
    public static async Task<PreparedCommand> PrepareAsync(DbConnection connection, DbTransaction transaction, string sql,
        IEnumerable<(string Name, DbType Type)> parameters, CancellationToken ct)
    {
        var command = connection.CreateCommand();
        (command.Transaction, command.CommandText) = (transaction, sql);
        foreach (var (name, type) in parameters)
        {
            var parameter = command.CreateParameter();
            (parameter.ParameterName, parameter.DbType) = (name, type);
            command.Parameters.Add(parameter);
        }
        await command.PrepareAsync(ct);
        return new PreparedCommand(command);
    }

    /// <summary>Runs the statement on one row's values, given in the parameters' order (null is SQL NULL), and reads the id it returns.</summary>
    public async Task<long> ReturningIdAsync(object?[] values, CancellationToken ct) =>
        Convert.ToInt64(await Bind(values).ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);

    private DbCommand Bind(object?[] values)
    {
        for (var i = 0; i < values.Length; i++) _command.Parameters[i].Value = values[i] ?? DBNull.Value;
        return _command;
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
