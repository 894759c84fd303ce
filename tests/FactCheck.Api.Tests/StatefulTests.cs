using System.Net;
using Xunit.Abstractions;

namespace FactCheck.Api.Tests;

/// <summary>
/// Random sequences of creates, updates, deletes and restores over sources, claims and relations,
/// each step checked against a plain in-memory model of what the store must then hold: every live
/// record's state, every history's actions in order, and ids that are never handed out twice.
/// </summary>
public sealed class StatefulTests(ITestOutputHelper output)
{
    // FACTCHECK_STATEFUL_SEQUENCES runs more of them, for a longer search than the suite's.
    private static readonly int Sequences =
        int.TryParse(Environment.GetEnvironmentVariable("FACTCHECK_STATEFUL_SEQUENCES"), out var n) && n > 0 ? n : 10;
    private const int Steps = 50;
    private static readonly string[] Quantities = ["q/total", "q/a", "q/b", "q/c", "q/lone"];
    private const string AllFindings = "/findings?severity=conflict,warning,note&status=open,confirmed,dismissed,reopened&pageSize=200";

    /// <summary>What the store must hold: each item's live state (null once deleted) and its history's actions.</summary>
    private sealed class Model
    {
        public Dictionary<long, string?> Sources { get; } = [];
        public Dictionary<long, string?> Claims { get; } = [];
        /// <summary>A claim keeps its source for life here: updates and restores never move it.</summary>
        public Dictionary<long, long> ClaimSource { get; } = [];
        public Dictionary<long, string?> Relations { get; } = [];
        public Dictionary<(string Entity, long Id), List<(string Action, string State)>> History { get; } = [];

        public void Record(string entity, long id, string action, string state)
        {
            if (!History.TryGetValue((entity, id), out var revisions)) History[(entity, id)] = revisions = [];
            revisions.Add((action, state));
        }
    }

    [Fact]
    public async Task Random_sequences_of_writes_and_restores_keep_the_store_as_the_model_says()
    {
        var steps = 0;
        for (var seed = 1; seed <= Sequences; seed++)
            steps += await RunAsync(seed);
        output.WriteLine($"{Sequences} sequences, {steps} steps, each checked against the model; integrity and foreign-key checks clean after each sequence");
        Assert.Equal(Sequences * Steps, steps);
    }

    private static async Task<int> RunAsync(int seed)
    {
        using var api = new ApiFactory(seed: false);
        api.Settings["FactCheck:RateLimit:PermitsPerMinute"] = "1000000";
        var client = api.CreateClient();
        foreach (var key in Quantities)
            await (await client.PostRawAsync("/quantities", $$"""{"key":"{{key}}","label":"{{key}}","unit":"people","kind":"event"}"""))
                .JsonAsync(HttpStatusCode.Created);

        var random = new Random(seed);
        var model = new Model();
        var used = new HashSet<(string, long)>();
        var counter = 0;
        T Any<T>(IEnumerable<T> items) { var list = items.ToList(); return list[random.Next(list.Count)]; }
        long[] Live<TState>(Dictionary<long, TState?> items) => [.. items.Where(i => i.Value is not null).Select(i => i.Key)];

        void Created(string entity, long id)
        {
            Assert.True(used.Add((entity, id)), $"seed {seed}: {entity} id {id} was handed out twice");
        }

        for (var step = 0; step < Steps; step++)
        {
            var n = ++counter;
            var liveSources = Live(model.Sources);
            var liveClaims = Live(model.Claims);
            var liveRelations = Live(model.Relations);
            var what = random.Next(11);
            string touched;
            long touchedId;
            if (what == 0 || liveSources.Length == 0)
            {
                var state = $"Title {n}";
                var id = (long)(await (await client.PostRawAsync("/sources", Source(state))).JsonAsync(HttpStatusCode.Created))["id"]!;
                Created("source", id);
                model.Sources[id] = state;
                model.Record("source", id, "create", state);
                (touched, touchedId) = ("source", id);
            }
            else if (what == 1)
            {
                var id = Any(liveSources);
                var state = $"Title {n}";
                await (await client.PutAsync($"/sources/{id}", Json(Source(state)))).JsonAsync(HttpStatusCode.OK);
                model.Sources[id] = state;
                model.Record("source", id, "update", state);
                (touched, touchedId) = ("source", id);
            }
            else if (what == 2 && liveSources.Length > 1)
            {
                var id = Any(liveSources);
                Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/sources/{id}?cascade=true")).StatusCode);
                foreach (var claim in liveClaims.Where(c => model.ClaimSource[c] == id))
                {
                    model.Record("claim", claim, "delete", model.Claims[claim]!);
                    model.Claims[claim] = null;
                }
                model.Record("source", id, "delete", model.Sources[id]!);
                model.Sources[id] = null;
                (touched, touchedId) = ("source", id);
            }
            else if (what is 3 or 4 || (what == 2 && liveClaims.Length == 0))
            {
                var source = Any(liveSources);
                var state = $"quote {n}|{random.Next(1, 2000)}";
                var id = (long)(await (await client.PostRawAsync("/claims", Claim(source, state))).JsonAsync(HttpStatusCode.Created))["id"]!;
                Created("claim", id);
                model.Claims[id] = state;
                model.ClaimSource[id] = source;
                model.Record("claim", id, "create", state);
                (touched, touchedId) = ("claim", id);
            }
            else if (what == 5 && liveClaims.Length > 0)
            {
                var id = Any(liveClaims);
                var state = $"{model.Claims[id]!.Split('|')[0]}|{random.Next(2000, 4000)}";
                await (await client.PutAsync($"/claims/{id}", Json(Claim(model.ClaimSource[id], state)))).JsonAsync(HttpStatusCode.OK);
                model.Claims[id] = state;
                model.Record("claim", id, "update", state);
                (touched, touchedId) = ("claim", id);
            }
            else if (what == 6 && liveClaims.Length > 0)
            {
                var id = Any(liveClaims);
                Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/claims/{id}")).StatusCode);
                model.Record("claim", id, "delete", model.Claims[id]!);
                model.Claims[id] = null;
                (touched, touchedId) = ("claim", id);
            }
            else if (what == 7)
            {
                var parts = Quantities[1..4].OrderBy(_ => random.Next()).Take(2).Order(StringComparer.Ordinal).ToArray();
                var state = string.Join(",", parts);
                var response = await client.PostRawAsync("/relations", $$"""{"kind":"sum","total":"q/total","parts":["{{parts[0]}}","{{parts[1]}}"]}""");
                if (model.Relations.Values.Contains(state))
                {
                    await response.ProblemAsync(HttpStatusCode.Conflict);
                    continue;
                }
                var id = (long)(await response.JsonAsync(HttpStatusCode.Created))["id"]!;
                Created("relation", id);
                model.Relations[id] = state;
                model.Record("relation", id, "create", state);
                (touched, touchedId) = ("relation", id);
            }
            else if (what == 8 && liveRelations.Length > 0)
            {
                var id = Any(liveRelations);
                Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/relations/{id}")).StatusCode);
                model.Record("relation", id, "delete", model.Relations[id]!);
                model.Relations[id] = null;
                (touched, touchedId) = ("relation", id);
            }
            else if (what == 9 && liveRelations.Length > 0)
            {
                // The same quantities may not be declared twice: moving a relation onto another's parts is a 409.
                var id = Any(liveRelations);
                var parts = Quantities[1..4].OrderBy(_ => random.Next()).Take(2).Order(StringComparer.Ordinal).ToArray();
                var state = string.Join(",", parts);
                var response = await client.PutAsync($"/relations/{id}",
                    Json($$"""{"kind":"sum","total":"q/total","parts":["{{parts[0]}}","{{parts[1]}}"]}"""));
                if (model.Relations.Any(r => r.Key != id && r.Value == state))
                {
                    await response.ProblemAsync(HttpStatusCode.Conflict);
                    continue;
                }
                await response.JsonAsync(HttpStatusCode.OK);
                model.Relations[id] = state;
                model.Record("relation", id, "update", state);
                (touched, touchedId) = ("relation", id);
            }
            else
            {
                // Restore any kept revision of any item, live or deleted; the model says whether it fits.
                var (entity, id) = Any(model.History.Keys);
                var history = (await client.GetJsonAsync($"/{entity}s/{id}/history")).AsArray();
                var pick = random.Next(history.Count);
                var state = model.History[(entity, id)][pick].State;
                var response = await client.PostAsync($"/revisions/{history[pick]!["id"]}/restore", null);
                var fits = entity switch
                {
                    "claim" => model.Sources[model.ClaimSource[id]] is not null,
                    "relation" => !model.Relations.Any(r => r.Key != id && r.Value == state),
                    _ => true,
                };
                if (!fits)
                {
                    await response.ProblemAsync(HttpStatusCode.Conflict);
                    continue;
                }
                await response.JsonAsync(HttpStatusCode.OK);
                switch (entity)
                {
                    case "source": model.Sources[id] = state; break;
                    case "claim": model.Claims[id] = state; break;
                    default: model.Relations[id] = state; break;
                }
                model.Record(entity, id, "restore", state);
                (touched, touchedId) = (entity, id);
            }

            await AssertStoreIsAsync(client, model, seed, step);
            // The instance's findings, kept through every write so far, against a check of the whole store by one just started.
            var findings = await client.GetStringAsync(AllFindings);
            if (step % 10 == 9)
            {
                using var fresh = new ApiFactory(seed: false, api.Database);
                Assert.True(findings == await fresh.CreateClient().GetStringAsync(AllFindings),
                    $"seed {seed}, step {step}: the findings kept through the writes differ from a check of the whole store");
            }
            var actions = (await client.GetJsonAsync($"/{touched}s/{touchedId}/history")).AsArray().Select(r => (string)r!["action"]!);
            Assert.True(model.History[(touched, touchedId)].Select(r => r.Action).SequenceEqual(actions),
                $"seed {seed}, step {step}: {touched} {touchedId} has revisions {string.Join(", ", actions)}; the model says {string.Join(", ", model.History[(touched, touchedId)].Select(r => r.Action))}");
        }
        StoreChecks.AssertIntact(api.Database);
        return Steps;
    }

    private static async Task AssertStoreIsAsync(HttpClient client, Model model, int seed, int step)
    {
        var sources = (await client.GetJsonAsync("/sources?pageSize=200"))["items"]!.AsArray()
            .ToDictionary(s => (long)s!["id"]!, s => (string)s!["title"]!);
        Assert.Equal(model.Sources.Where(s => s.Value is not null).ToDictionary(s => s.Key, s => s.Value!), sources);

        var claims = (await client.GetJsonAsync("/claims?pageSize=200"))["items"]!.AsArray()
            .ToDictionary(c => (long)c!["id"]!, c => $"{(string)c!["quote"]!}|{(int)c["value"]!}");
        Assert.True(model.Claims.Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value!).OrderBy(c => c.Key).SequenceEqual(claims.OrderBy(c => c.Key)),
            $"seed {seed}, step {step}: the claims differ from the model");

        var relations = (await client.GetJsonAsync("/relations?pageSize=200"))["items"]!.AsArray()
            .ToDictionary(r => (long)r!["id"]!, r => string.Join(",", r!["parts"]!.AsArray().Select(p => (string)p!).Order(StringComparer.Ordinal)));
        Assert.Equal(model.Relations.Where(r => r.Value is not null).ToDictionary(r => r.Key, r => r.Value!), relations);
    }

    // The publisher moves with the title: what a finding's explanation names a claim's source by.
    private static string Source(string title) =>
        $$"""{"publisher":"Stateful Desk {{title[^1] % 3}}","title":"{{title}}","publishedAt":"2025-09-12"}""";

    // Of a relation's total, of one of its parts, or of a quantity no relation reaches, by the quote's number and the
    // value: an update that changes the value may move the claim to another quantity.
    private static string Claim(long source, string state)
    {
        var (quote, value) = (state.Split('|')[0], state.Split('|')[1]);
        var quantity = ((int.Parse(quote.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture)
                         + int.Parse(value, System.Globalization.CultureInfo.InvariantCulture)) % 3) switch
        {
            0 => "q/total",
            1 => "q/a",
            _ => "q/lone",
        };
        return $$"""{"sourceId":{{source}},"quantityKey":"{{quantity}}","quote":"{{quote}}","qualifier":"exact","value":{{value}}}""";
    }

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
