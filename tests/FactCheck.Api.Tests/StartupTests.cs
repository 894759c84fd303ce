using System.Net;

namespace FactCheck.Api.Tests;

public sealed class StartupTests
{
    [Fact]
    public async Task A_new_database_is_loaded_with_the_seed_articles_claims_once()
    {
        using var database = new TestDatabase();
        using (var first = new ApiFactory(seed: true, database))
        {
            var client = first.CreateClient();
            Assert.Equal(5, (long)(await client.GetJsonAsync("/sources"))["totalItems"]!);
            Assert.Equal(26, (long)(await client.GetJsonAsync("/claims"))["totalItems"]!);
            var held = await client.GetJsonAsync("/sources?publisher=Notes%20from%20Poland");
            Assert.True((bool)held["items"]![0]!["hasText"]!);
        }
        using (var second = new ApiFactory(seed: true, database))
            Assert.Equal(26, (long)(await second.CreateClient().GetJsonAsync("/claims"))["totalItems"]!);
    }

    [Fact]
    public async Task Seed_claims_know_where_their_quotes_stand_in_the_articles()
    {
        using var api = new ApiFactory(seed: true);
        var client = api.CreateClient();
        var claims = (await client.GetJsonAsync("/claims?pageSize=200"))["items"]!.AsArray();
        foreach (var claim in claims)
        {
            var text = (string)(await client.GetJsonAsync($"/sources/{claim!["sourceId"]}"))["text"]!;
            var start = (int)claim["quoteStart"]!;
            var end = (int)claim["quoteEnd"]!;
            Assert.Equal((string)claim["quote"]!, text[start..end]);
        }
    }

    [Fact]
    public async Task The_seed_can_be_turned_off()
    {
        using var api = new ApiFactory(seed: false);
        Assert.Equal(0, (long)(await api.CreateClient().GetJsonAsync("/sources"))["totalItems"]!);
    }

    [Fact]
    public async Task Starting_twice_applies_each_migration_once_and_keeps_the_data()
    {
        using var database = new TestDatabase();
        long sourceId;
        using (var first = new ApiFactory(seed: false, database))
            sourceId = await Records.SourceAsync(first.CreateClient());
        var journal = Journal(database);

        using (var second = new ApiFactory(seed: false, database))
            await (await second.CreateClient().GetAsync($"/sources/{sourceId}")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(journal, Journal(database));
        Assert.Contains(journal, j => j.StartsWith("0001_initial.sql", StringComparison.Ordinal));
        if (TestDatabase.Engine == "sqlite")
            Assert.Equal("wal", database.Scalar("PRAGMA journal_mode;"));
    }

    private static List<string> Journal(TestDatabase database)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT script || ' ' || applied_at FROM schema_journal ORDER BY script;";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(reader.GetString(0));
        return rows;
    }
}
