#if !POSTGRES
using System.Net;

namespace FactCheck.Api.Tests;

/// <summary>
/// A store made before DbUp ran the migrations: fixtures/store-before-dbup.db, written by the hand-written
/// migrator of that time (scripts 0001 to 0005, the seed loaded, its newest claim, 26, deleted). Started
/// on today's API it upgrades in place: the scripts it had are not run again, the new ones are, and no
/// row or revision is lost.
/// </summary>
public sealed class MigrationTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public MigrationTests() =>
        File.Copy(Path.Combine(AppContext.BaseDirectory, "fixtures", "store-before-dbup.db"), _database.Path);

    public void Dispose() => _database.Dispose();

    private string Journal() => string.Join(",", Enumerable.Range(0, 5).Select(i =>
        _database.Scalar($"SELECT script || '@' || applied_at FROM schema_journal ORDER BY script LIMIT 1 OFFSET {i};")));

    [Fact]
    public async Task A_store_the_hand_written_migrator_made_upgrades_in_place_without_running_a_script_twice()
    {
        var journalBefore = Journal();
        var revisionsBefore = Convert.ToInt64(_database.Scalar("SELECT count(*) FROM revisions;"));
        Assert.Equal(5L, Convert.ToInt64(_database.Scalar("SELECT count(*) FROM schema_journal;")));

        using var api = new ApiFactory(seed: true, _database);
        var client = api.CreateClient();

        // The five scripts it had keep their journal rows as they were: none ran again (0001 would fail on its tables).
        Assert.Equal(journalBefore, Journal());
        Assert.Equal(TestDatabase.MigrationScripts, Convert.ToInt64(_database.Scalar("SELECT count(*) FROM schema_journal;")));
        Assert.Equal(25, (int)(await client.GetJsonAsync("/claims"))["totalItems"]!);
        Assert.Equal(revisionsBefore, Convert.ToInt64(_database.Scalar("SELECT count(*) FROM revisions;")));
        Assert.Equal(["create", "delete"], (await client.GetJsonAsync("/claims/26/history")).AsArray().Select(r => (string)r!["action"]!));

        var created = await (await client.PostRawAsync("/claims",
            """{"sourceId":1,"quantityKey":"belarus/political-prisoners/held","quote":"over 1,300 political prisoners","qualifier":"exact","value":1301}""")).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(27, (long)created["id"]!);
        StoreChecks.AssertIntact(_database);
    }
}
#endif
