using System.Globalization;
using System.Text.Json.Nodes;
using FactCheck.Domain;

namespace FactCheck.Domain.Tests;

/// <summary>The seed case (db/seed/seed-claims.json) as a claim world: claim "c0a" gets id 1, and so on in file order.</summary>
internal sealed class GoldWorld
{
    public static readonly GoldWorld Instance = new();

    private GoldWorld()
    {
        Json = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "seed-claims.json")))!;
        var sources = Json["sources"]!.AsArray().Select((s, i) => (Id: (string)s!["id"]!, Number: i + 1L,
            Published: DateOnly.Parse((string)s["published"]!, CultureInfo.InvariantCulture), Publisher: (string)s["publisher"]!)).ToDictionary(s => s.Id);
        var claims = Json["claims"]!.AsArray();
        ClaimIds = claims.Select((c, i) => ((string)c!["id"]!, i + 1L)).ToDictionary(p => p.Item1, p => p.Item2);
        var relations = Json["relations"]!.AsArray();
        RelationIds = relations.Select((r, i) => ((string)r!["id"]!, i + 1L)).ToDictionary(p => p.Item1, p => p.Item2);
        World = new ClaimWorld(
            Json["quantities"]!.AsArray().Select(q => new QuantityFact((string)q!["key"]!, (string)q["label"]!, (string)q["unit"]!,
                Enum.Parse<QuantityKind>((string)q["kind"]!, ignoreCase: true), (int?)q["window_days"])).ToList(),
            claims.Select(c =>
            {
                var source = sources[(string)c!["source"]!];
                return new ClaimFact(ClaimIds[(string)c["id"]!], source.Number, (string)c["quantity"]!, Figures(c), source.Published)
                {
                    Cited = new Citation(source.Publisher, (string)c["quote"]!, (string?)c["attributed_to"]),
                };
            }).ToList(),
            relations.Select(r => new RelationFact(RelationIds[(string)r!["id"]!],
                Enum.Parse<RelationKind>(((string)r["kind"]!).Replace("_", "", StringComparison.Ordinal), ignoreCase: true),
                Terms(r))).ToList());
    }

    public JsonNode Json { get; }

    public ClaimWorld World { get; }

    public Dictionary<string, long> ClaimIds { get; }

    public Dictionary<string, long> RelationIds { get; }

    public static ClaimFigures Figures(JsonNode claim) => new(
        Enum.Parse<Qualifier>(((string)claim["qualifier"]!).Replace("_", "", StringComparison.Ordinal), ignoreCase: true),
        (decimal?)claim["value"], (decimal?)claim["min"], (decimal?)claim["max"]);

    private static List<RelationTermFact> Terms(JsonNode relation)
    {
        var terms = new List<RelationTermFact>();
        foreach (var role in new[] { RelationRole.Result, RelationRole.Part, RelationRole.Whole, RelationRole.Total })
            if (relation[role.ToString().ToLowerInvariant()] is { } key)
                terms.Add(new RelationTermFact(role, (string)key!));
        foreach (var part in relation["parts"]?.AsArray() ?? [])
            terms.Add(new RelationTermFact(RelationRole.Part, (string)part!));
        return terms;
    }
}
