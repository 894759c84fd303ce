// Every [Fact] and [Theory] of the linked suite becomes one that is skipped, with the reason, on a
// machine where no PostgreSQL server answers, so that `dotnet test` still works with the .NET SDK
// alone. Under CI (the CI variable, which .ci/run sets after starting the server) nothing is skipped:
// a server that does not answer fails every test.
global using FactAttribute = FactCheck.Api.Tests.PostgresFactAttribute;
global using TheoryAttribute = FactCheck.Api.Tests.PostgresTheoryAttribute;

using Npgsql;

namespace FactCheck.Api.Tests;

public sealed class PostgresFactAttribute : Xunit.FactAttribute
{
    public PostgresFactAttribute() => Skip = PostgresServer.SkipReason;
}

public sealed class PostgresTheoryAttribute : Xunit.TheoryAttribute
{
    public PostgresTheoryAttribute() => Skip = PostgresServer.SkipReason;
}

internal static class PostgresServer
{
    private static readonly Lazy<string?> Reason = new(() =>
    {
        if (Environment.GetEnvironmentVariable("CI") is not null) return null;
        try
        {
            using var connection = new NpgsqlConnection(TestDatabase.Server + ";Timeout=3");
            connection.Open();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            return $"No PostgreSQL server answers ({e.Message}): run .ci/postgres, or name one in FACTCHECK_TEST_POSTGRES.";
        }
    });

    public static string? SkipReason => Reason.Value;
}
