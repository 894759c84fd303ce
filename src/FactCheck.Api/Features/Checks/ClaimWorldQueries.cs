using System.Data.Common;
using System.Text.Json;
using Dapper;
using FactCheck.Api.Features.Relations;
using FactCheck.Api.Infrastructure;
using FactCheck.Domain;

namespace FactCheck.Api.Features.Checks;

/// <summary>Reads the records the consistency engine checks: the whole store, or what some quantities need.</summary>
internal static class ClaimWorldQueries
{
    // The three reads of a world, each narrowed by a WHERE clause that AllSql leaves out and AroundSql adds.
    private const string QuantitiesSelect = "SELECT key, label, unit, kind, window_days FROM quantities";

    private const string ClaimsSelect = """
        SELECT c.id, c.source_id, q.key AS quantity_key, c.qualifier, c.value, c.min, c.max, c.precision,
               coalesce(c.as_of, s.published_at) AS as_of, c.quote, c.attributed_to, s.publisher
        FROM claims c JOIN quantities q ON q.id = c.quantity_id JOIN sources s ON s.id = c.source_id
        """;

    private const string TermsSelect = """
        SELECT t.relation_id, r.kind, r.as_of, t.role, q.key AS quantity_key
        FROM relation_terms t JOIN relations r ON r.id = t.relation_id JOIN quantities q ON q.id = t.quantity_id
        """;

    // RelationTerms.ExplanationOrder, in SQL: the order the explanations name a relation's quantities in.
    private const string TermsOrder = """
        ORDER BY t.relation_id, CASE t.role WHEN 'result' THEN 0 WHEN 'total' THEN 1 WHEN 'minuend' THEN 2
                                            WHEN 'subtrahend' THEN 3 WHEN 'part' THEN 4 ELSE 5 END, t.position
        """;

    // Constants live only in a relation row's terms (RelationStore.StoredTerm), as a "value"; few relations have any.
    private const string ConstantsSelect = """SELECT id, terms FROM relations WHERE terms LIKE '%"value"%'""";

    private const string AllSql = $"""
        {QuantitiesSelect};
        {ClaimsSelect};
        {TermsSelect} {TermsOrder};
        {ConstantsSelect};
        """;

    // The quantities asked for, every relation that uses one of them, and every quantity those relations use.
    private static string AroundSql(DbConnection connection)
    {
        var wanted = $"""
            WITH asked AS (SELECT id FROM quantities WHERE key IN ({connection.JsonTexts("@keys")})),
            wanted AS (
                SELECT id FROM asked
                UNION
                SELECT t2.quantity_id FROM relation_terms t1 JOIN relation_terms t2 ON t2.relation_id = t1.relation_id
                WHERE t1.quantity_id IN (SELECT id FROM asked))
            """;
        return $"""
            {wanted} {QuantitiesSelect} WHERE id IN (SELECT id FROM wanted);
            {wanted} {ClaimsSelect} WHERE c.quantity_id IN (SELECT id FROM wanted);
            {wanted} {TermsSelect}
            WHERE t.relation_id IN (SELECT relation_id FROM relation_terms WHERE quantity_id IN (SELECT id FROM wanted))
            {TermsOrder};
            {ConstantsSelect};
            """;
    }

    /// <summary>The whole store, read in <paramref name="transaction"/>.</summary>
    public static async Task<ClaimWorld> AllAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(AllSql, transaction: transaction, cancellationToken: ct));
        return await ReadAsync(results);
    }

    public static async Task<ClaimWorld> AroundAsync(DbConnection connection, IEnumerable<string> quantityKeys, CancellationToken ct)
    {
        await using var transaction = connection.BeginSnapshot();
        return await AroundAsync(connection, transaction, quantityKeys, ct);
    }

    public static async Task<ClaimWorld> AroundAsync(DbConnection connection, DbTransaction transaction, IEnumerable<string> quantityKeys, CancellationToken ct)
    {
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            AroundSql(connection), new { keys = JsonSerializer.Serialize(quantityKeys) }, transaction, cancellationToken: ct));
        return await ReadAsync(results);
    }

    // The last revision of every item at the instant, unless it was a delete.
    private const string AsOfSql = """
        WITH latest AS (
            SELECT entity, entity_id, action, data,
                   row_number() OVER (PARTITION BY entity, entity_id ORDER BY revision DESC) AS rank
            FROM revisions WHERE at <= @at)
        SELECT entity, entity_id, data FROM latest WHERE rank = 1 AND action <> 'delete';
        """;

    /// <summary>The store as its revisions say it stood at <paramref name="instant"/>: what a check said when an article went out.</summary>
    public static async Task<ClaimWorld> AsOfAsync(DbConnection connection, DateTimeOffset instant, CancellationToken ct)
    {
        var at = Figures.ToText(instant);
        var rows = (await connection.QueryAsync<(string Entity, long EntityId, string Data)>(new CommandDefinition(AsOfSql, new { at }, cancellationToken: ct)))
            .Select(r => (r.Entity, r.EntityId, Data: JsonDocument.Parse(r.Data).RootElement)).ToList();
        string Text(JsonElement data, string name) => data.GetProperty(name).GetString()!;
        string? Optional(JsonElement data, string name) => data.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        var published = rows.Where(r => r.Entity == "source").ToDictionary(r => r.EntityId, r => Text(r.Data, "published_at"));
        var publishers = rows.Where(r => r.Entity == "source").ToDictionary(r => r.EntityId, r => Text(r.Data, "publisher"));
        var quantities = rows.Where(r => r.Entity == "quantity").ToDictionary(r => r.EntityId, r => new QuantityFact(
            Text(r.Data, "key"), Text(r.Data, "label"), Text(r.Data, "unit"), Names<QuantityKind>.Parse(Text(r.Data, "kind")),
            r.Data.GetProperty("window_days").ValueKind == JsonValueKind.Number ? r.Data.GetProperty("window_days").GetInt32() : null));
        var claims = rows.Where(r => r.Entity == "claim")
            .Select(r => (r.EntityId, r.Data, Source: r.Data.GetProperty("source_id").GetInt64(), Quantity: r.Data.GetProperty("quantity_id").GetInt64()))
            .Where(c => published.ContainsKey(c.Source) && quantities.ContainsKey(c.Quantity))
            .Select(c => new ClaimFact(c.EntityId, c.Source, quantities[c.Quantity].Key,
                new ClaimFigures(Names<Domain.Qualifier>.Parse(Text(c.Data, "qualifier")), Figures.FromText(Optional(c.Data, "value")),
                    Figures.FromText(Optional(c.Data, "min")), Figures.FromText(Optional(c.Data, "max")), Figures.FromText(Optional(c.Data, "precision"))),
                Figures.DateFromText(Optional(c.Data, "as_of") ?? published[c.Source]))
            {
                Cited = new Citation(publishers[c.Source], Text(c.Data, "quote"), Optional(c.Data, "attributed_to")),
            })
            .ToList();
        var relations = rows.Where(r => r.Entity == "relation")
            .Select(r => (r.EntityId, Kind: Text(r.Data, "kind"), AsOf: Optional(r.Data, "as_of"),
                Terms: JsonSerializer.Deserialize<List<RelationStore.StoredTerm>>(r.Data.GetProperty("terms").GetRawText(), RelationStore.StoredTerm.Json)!))
            .Where(r => r.Terms.All(t => t.QuantityId is not { } id || quantities.ContainsKey(id)))
            .Select(r => RelationTerms.Fact(r.EntityId, Names<RelationKind>.Parse(r.Kind),
                r.Terms.Select(t => (Names<RelationRole>.Parse(t.Role), t.Position,
                    t.QuantityId is { } id ? quantities[id].Key : null, Figures.FromText(t.Value))),
                r.AsOf is { } asOf ? Figures.DateFromText(asOf) : null))
            .ToList();
        return new ClaimWorld(quantities.Values.ToList(), claims, relations);
    }

    private static async Task<ClaimWorld> ReadAsync(SqlMapper.GridReader results)
    {
        var quantities = (await results.ReadAsync<QuantityRow>()).Select(q => q.ToFact()).ToList();
        var claims = (await results.ReadAsync<ClaimRow>()).Select(c => c.ToFact()).ToList();
        var terms = (await results.ReadAsync<TermRow>()).ToList();
        var constants = (await results.ReadAsync<(long Id, string Terms)>())
            .ToDictionary(r => r.Id, r => RelationStore.StoredTerm.ConstantsIn(r.Terms).OrderBy(c => RelationTerms.ExplanationOrder(c.Role)).ThenBy(c => c.Position)
                .Select(c => new RelationConstant(c.Role, c.Value)).ToList());
        var relations = terms.GroupBy(t => t.RelationId)
            .Select(g => new RelationFact(g.Key, Names<RelationKind>.Parse(g.First().Kind),
                g.Select(t => new RelationTermFact(Names<RelationRole>.Parse(t.Role), t.QuantityKey)).ToList(),
                g.First().AsOf is { } asOf ? Figures.DateFromText(asOf) : null)
            {
                Constants = constants.GetValueOrDefault(g.Key) ?? [],
            })
            .ToList();
        return new ClaimWorld(quantities, claims, relations);
    }

    private sealed class QuantityRow
    {
        public string Key { get; init; } = "";
        public string Label { get; init; } = "";
        public string Unit { get; init; } = "";
        public string Kind { get; init; } = "";
        public long? WindowDays { get; init; }

        public QuantityFact ToFact() => new(Key, Label, Unit, Names<QuantityKind>.Parse(Kind), (int?)WindowDays);
    }

    private sealed class ClaimRow
    {
        public long Id { get; init; }
        public long SourceId { get; init; }
        public string QuantityKey { get; init; } = "";
        public string Qualifier { get; init; } = "";
        public string? Value { get; init; }
        public string? Min { get; init; }
        public string? Max { get; init; }
        public string? Precision { get; init; }
        public string AsOf { get; init; } = "";
        public string Quote { get; init; } = "";
        public string? AttributedTo { get; init; }
        public string Publisher { get; init; } = "";

        public ClaimFact ToFact() => new(Id, SourceId, QuantityKey,
            new ClaimFigures(Names<Domain.Qualifier>.Parse(Qualifier), Figures.FromText(Value), Figures.FromText(Min),
                Figures.FromText(Max), Figures.FromText(Precision)),
            Figures.DateFromText(AsOf))
        {
            Cited = new Citation(Publisher, Quote, AttributedTo),
        };
    }

    private sealed class TermRow
    {
        public long RelationId { get; init; }
        public string Kind { get; init; } = "";
        public string? AsOf { get; init; }
        public string Role { get; init; } = "";
        public string QuantityKey { get; init; } = "";
    }
}
