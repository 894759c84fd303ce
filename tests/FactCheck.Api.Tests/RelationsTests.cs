using System.Net;
using System.Net.Http.Json;

namespace FactCheck.Api.Tests;

public sealed class RelationsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task A_percent_relation_is_read_back_by_role()
    {
        var share = await Records.QuantityAsync(_client, unit: "percent");
        var released = await Records.QuantityAsync(_client);
        var held = await Records.QuantityAsync(_client, kind: "stock");

        var response = await _client.PostJsonAsync("/relations", new { kind = "percent", result = share, part = released, whole = held, meaning = "share = 100 * released / held" });
        var created = await response.JsonAsync(HttpStatusCode.Created);

        var read = await _client.GetJsonAsync($"/relations/{created["id"]}");
        Assert.Equal("percent", (string)read["kind"]!);
        Assert.Equal(share, (string)read["result"]!);
        Assert.Equal(released, (string)read["part"]!);
        Assert.Equal(held, (string)read["whole"]!);
        Assert.Null(read["parts"]);
        Assert.Equal("share = 100 * released / held", (string)read["meaning"]!);
    }

    [Fact]
    public async Task A_relation_may_name_its_date_which_its_history_keeps_and_the_same_arithmetic_at_another_date_is_another_relation()
    {
        var share = await Records.QuantityAsync(_client, unit: "percent");
        var released = await Records.QuantityAsync(_client);
        var held = await Records.QuantityAsync(_client, kind: "stock");
        object Percent(string? asOf) => new { kind = "percent", result = share, part = released, whole = held, asOf };

        var dated = await (await _client.PostJsonAsync("/relations", Percent("2025-06-22"))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("2025-06-22", (string)dated["asOf"]!);
        await (await _client.PostJsonAsync("/relations", Percent("2025-06-22"))).ProblemAsync(HttpStatusCode.Conflict);
        var undated = await (await _client.PostJsonAsync("/relations", Percent(null))).JsonAsync(HttpStatusCode.Created);
        Assert.Null(undated["asOf"]);

        Assert.Equal(HttpStatusCode.OK, (await _client.PutAsJsonAsync($"/relations/{dated["id"]}", Percent("2025-09-11"))).StatusCode);
        var history = (await _client.GetJsonAsync($"/relations/{dated["id"]}/history")).AsArray();
        Assert.Equal(["2025-06-22", "2025-09-11"], history.Select(r => (string)r!["data"]!["as_of"]!));
        await (await _client.PostAsync($"/revisions/{history[0]!["id"]}/restore", null)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("2025-06-22", (string)(await _client.GetJsonAsync($"/relations/{dated["id"]}"))["asOf"]!);
    }

    [Theory]
    [InlineData("\"22/06/2025\"")]
    [InlineData("\"2025-13-01\"")]
    [InlineData("20250622")]
    public async Task A_relation_date_that_is_not_yyyy_mm_dd_is_refused_naming_it(string asOf)
    {
        var share = await Records.QuantityAsync(_client, unit: "percent");
        var response = await _client.PostRawAsync("/relations",
            $$"""{"kind":"percent","result":"{{share}}","part":"a/p","whole":"a/w","asOf":{{asOf}}}""");
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("asOf"), problem.ToJsonString());
    }

    [Fact]
    public async Task The_same_sum_with_its_parts_in_another_order_is_a_conflict()
    {
        var total = await Records.QuantityAsync(_client);
        var a = await Records.QuantityAsync(_client);
        var b = await Records.QuantityAsync(_client);
        var created = await (await _client.PostJsonAsync("/relations", new { kind = "sum", total, parts = new[] { a, b } })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal([a, b], created["parts"]!.AsArray().Select(p => (string)p!).ToArray());

        await (await _client.PostJsonAsync("/relations", new { kind = "sum", total, parts = new[] { b, a } })).ProblemAsync(HttpStatusCode.Conflict);
        await (await _client.PostJsonAsync("/relations", new { kind = "parts_at_most", total, parts = new[] { b, a } })).JsonAsync(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("""{"kind":"percent","result":"a/r","part":"a/p"}""", new[] { "whole" })]
    [InlineData("""{"kind":"sum","total":"a/t"}""", new[] { "parts" })]
    [InlineData("""{"kind":"sum","total":"a/t","parts":["a/p"],"whole":"a/w"}""", new[] { "whole" })]
    [InlineData("""{"kind":"difference","result":"a/r","minuend":"a/m","subtrahend":"a/m"}""", new[] { "subtrahend" })]
    [InlineData("""{"kind":"ratio","result":"a/r","part":"a/p","whole":"Bad Key"}""", new[] { "whole" })]
    [InlineData("""{"kind":"product","result":"a/r"}""", new[] { "kind" })]
    [InlineData("""{"result":"a/r"}""", new[] { "kind" })]
    [InlineData("""{"kind":"sum","total":"a/t","parts":[null]}""", new[] { "parts[0]" })]
    [InlineData("""{"kind":"percent","result":"a/r","part":"a/p","whole":"a/w","constants":[{"role":"whole","value":100}]}""", new[] { "constants[0].role" })]
    [InlineData("""{"kind":"percent","result":"a/r","part":"a/p","constants":[{"role":"whole","value":1},{"role":"whole","value":2}]}""", new[] { "constants[1].role" })]
    [InlineData("""{"kind":"sum","constants":[{"role":"total","value":3},{"role":"part","value":1}]}""", new[] { "constants" })]
    [InlineData("""{"kind":"sum","total":"a/t","parts":["a/p"],"constants":[{"role":"whole","value":1}]}""", new[] { "constants[0].role" })]
    [InlineData("""{"kind":"sum","total":"a/t","parts":["a/p"],"constants":[{"role":"numerator","value":1}]}""", new[] { "constants[0].role" })]
    [InlineData("""{"kind":"sum","total":"a/t","parts":["a/p"],"constants":[{"role":"part"}]}""", new[] { "constants[0].value" })]
    [InlineData("""{"kind":"sum","total":"a/t","parts":["a/p"],"constants":[{"role":"part","value":0.00000000001}]}""", new[] { "constants[0].value" })]
    [InlineData("""{"kind":"sum","total":"a/t","parts":["a/p"],"constants":[null]}""", new[] { "constants[0]" })]
    public async Task A_relation_missing_or_misusing_roles_is_refused_naming_them(string json, string[] keys)
    {
        var problem = await (await _client.PostRawAsync("/relations", json)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(keys, problem.ErrorKeys());
    }

    [Fact]
    public async Task A_relation_on_an_unknown_quantity_is_not_found_naming_the_role()
    {
        var known = await Records.QuantityAsync(_client);
        var problem = await (await _client.PostJsonAsync("/relations", new { kind = "difference", result = known, minuend = "no/such/one", subtrahend = "no/such/two" }))
            .ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(["minuend", "subtrahend"], problem.ErrorKeys());
    }

    [Fact]
    public async Task A_relation_is_replaced_listed_and_deleted()
    {
        var total = await Records.QuantityAsync(_client);
        var part = await Records.QuantityAsync(_client);
        var id = (long)(await (await _client.PostJsonAsync("/relations", new { kind = "parts_at_most", total, parts = new[] { part } }))
            .JsonAsync(HttpStatusCode.Created))["id"]!;

        var updated = await (await _client.PutAsJsonAsync($"/relations/{id}", new { kind = "sum", total, parts = new[] { part }, meaning = "all of them" }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal("sum", (string)updated["kind"]!);
        Assert.Equal("all of them", (string)updated["meaning"]!);

        var listed = await _client.GetJsonAsync($"/relations?quantity={part}&kind=sum");
        Assert.Equal(1, (long)listed["totalItems"]!);
        Assert.Equal(id, (long)listed["items"]![0]!["id"]!);

        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/relations/{id}")).StatusCode);
        await (await _client.GetAsync($"/relations/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync($"/quantities/{part}")).JsonAsync(HttpStatusCode.OK);
        await (await _client.PutAsJsonAsync($"/relations/{id}", new { kind = "sum", total, parts = new[] { part } })).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_constant_takes_a_role_is_read_back_kept_in_history_and_makes_part_of_the_arithmetic()
    {
        var sourceId = await Records.SourceAsync(_client, "Tsikhanouski and 13 others were freed, 14 in all; a later report said 16 were freed.");
        var freed = await Records.QuantityAsync(_client);
        var others = await Records.QuantityAsync(_client);
        await Records.ClaimAsync(_client, sourceId, others, "13 others", "exactly", 13);
        await Records.ClaimAsync(_client, sourceId, freed, "14 in all", "exactly", 14);
        object Sum(decimal constant) => new { kind = "sum", total = freed, parts = new[] { others }, constants = new[] { new { role = "part", value = constant } } };

        var created = await (await _client.PostJsonAsync("/relations", Sum(1))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal([others], created["parts"]!.AsArray().Select(p => (string)p!));
        Assert.Equal("part", (string)created["constants"]![0]!["role"]!);
        Assert.Equal(1m, (decimal)created["constants"]![0]!["value"]!);
        // 1.0 is the number 1: the same arithmetic again.
        await (await _client.PostJsonAsync("/relations", Sum(1.0m))).ProblemAsync(HttpStatusCode.Conflict);

        var report = await _client.GetJsonAsync($"/checks/quantities/{freed}");
        var relation = report["relations"]!.AsArray().Single(r => (long)r!["relationId"]! == (long)created["id"]!)!;
        Assert.Equal("consistent", (string)relation["verdict"]!);
        Assert.StartsWith("A test quantity (13 people) + 1 = 14 people, which must equal A test quantity (14 people).", (string)relation["explanation"]!, StringComparison.Ordinal);
        Assert.Contains("by relation " + created["id"] + ", from A test quantity (13 people) and the number 1", await _client.GetStringAsync($"/charts/quantities/{freed}"), StringComparison.Ordinal);

        await Records.ClaimAsync(_client, sourceId, freed, "16 were freed", "exactly", 16);
        relation = (await _client.GetJsonAsync($"/checks/quantities/{freed}"))["relations"]!.AsArray().Single(r => (long)r!["relationId"]! == (long)created["id"]!)!;
        Assert.Equal("conflicting", (string)relation["verdict"]!);

        // Replaced by 2, then set back: the history keeps the constant and the restore brings it back.
        var id = (long)created["id"]!;
        Assert.Equal(2m, (decimal)(await (await _client.PutAsJsonAsync($"/relations/{id}", Sum(2))).JsonAsync(HttpStatusCode.OK))["constants"]![0]!["value"]!);
        var history = (await _client.GetJsonAsync($"/relations/{id}/history")).AsArray();
        await (await _client.PostAsync($"/revisions/{history[0]!["id"]}/restore", null)).JsonAsync(HttpStatusCode.OK);
        var restored = await _client.GetJsonAsync($"/relations/{id}");
        Assert.Equal(1m, (decimal)restored["constants"]![0]!["value"]!);
        Assert.Equal([others], restored["parts"]!.AsArray().Select(p => (string)p!));
        var listed = await _client.GetJsonAsync($"/relations?quantity={others}");
        Assert.Equal(1, (long)listed["totalItems"]!);
    }

    [Fact]
    public async Task A_role_a_constant_takes_reads_back_null_and_the_constant_names_it()
    {
        var share = await Records.QuantityAsync(_client, unit: "percent");
        var released = await Records.QuantityAsync(_client);
        var created = await (await _client.PostJsonAsync("/relations",
            new { kind = "percent", result = share, part = released, constants = new[] { new { role = "whole", value = 1300 } } })).JsonAsync(HttpStatusCode.Created);

        Assert.Null(created["whole"]);
        Assert.Equal("whole", (string)created["constants"]![0]!["role"]!);
        Assert.Equal(1300m, (decimal)created["constants"]![0]!["value"]!);
        var plain = await (await _client.PostJsonAsync("/relations", new { kind = "sum", total = share, parts = new[] { released } })).JsonAsync(HttpStatusCode.Created);
        Assert.Null(plain["constants"]);
    }
}
