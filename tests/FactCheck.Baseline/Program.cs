using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dapper;
using FactCheck.Domain;
using Microsoft.Data.Sqlite;

// The load run's yardstick: the least code that does what the API's get, list, report, create and import do, sharing none of
// the API's code. Reads go through a pooled read-only connection that registers nothing and runs no PRAGMA; the one
// write registers the two functions the store's triggers call. The report runs the same engine (FactCheck.Domain) on
// the same records, read by the same SQL.
// import STORE MIGRATIONS CLAIMS QUANTITIES SOURCES: the bulk import's yardstick (BareImport), instead of the server.
if (args is ["import", var store, var migrations, var claims, var quantities, var sources])
    Environment.Exit(BareImport.Run(store, migrations, int.Parse(claims, CultureInfo.InvariantCulture),
        int.Parse(quantities, CultureInfo.InvariantCulture), int.Parse(sources, CultureInfo.InvariantCulture)));

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
    o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
});
var file = new SqliteConnectionStringBuilder(builder.Configuration.GetConnectionString("FactCheck"));
var reads = new SqliteConnectionStringBuilder(file.ConnectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = true }.ToString();
var writes = new SqliteConnectionStringBuilder(file.ConnectionString) { Pooling = true, DefaultTimeout = 5 }.ToString();
DefaultTypeMap.MatchNamesWithUnderscores = true;
var app = builder.Build();

const string Columns = """
    c.id, c.source_id, q.key AS quantity_key, c.quote, c.quote_start, c.quote_end, c.qualifier,
    c.value, c.min, c.max, c.precision, coalesce(c.as_of, s.published_at) AS as_of, c.attributed_to, c.note
    FROM claims c JOIN sources s ON s.id = c.source_id JOIN quantities q ON q.id = c.quantity_id
    """;

app.MapGet("/claims/{id:long}", async (long id) =>
{
    await using var connection = new SqliteConnection(reads);
    var row = await connection.QuerySingleOrDefaultAsync<Row>($"SELECT {Columns} WHERE c.id = @id;", new { id });
    return row is null ? Results.NotFound() : Results.Ok(row.Claim());
});

app.MapGet("/claims", async (string quantity) =>
{
    await using var connection = new SqliteConnection(reads);
    await using var results = await connection.QueryMultipleAsync($"""
        SELECT count(*) FROM claims c JOIN quantities q ON q.id = c.quantity_id WHERE q.key = @quantity;
        SELECT {Columns} WHERE q.key = @quantity ORDER BY c.id LIMIT 51;
        """, new { quantity });
    var total = await results.ReadSingleAsync<long>();
    var rows = (await results.ReadAsync<Row>()).ToList();
    var next = rows.Count > 50 ? Convert.ToBase64String(BitConverter.GetBytes(rows[49].Id)) : null;
    return Results.Ok(new { items = rows.Take(50).Select(r => r.Claim()), pageNumber = 1, pageSize = 50, totalItems = total, nextCursor = next });
});

app.MapGet("/checks/quantities/{**key}", async (string key) =>
{
    await using var connection = new SqliteConnection(reads);
    await connection.OpenAsync();
    await using var snapshot = await connection.BeginTransactionAsync();
    const string Wanted = """
        WITH asked AS (SELECT id FROM quantities WHERE key = @key),
        wanted AS (SELECT id FROM asked UNION
                   SELECT t2.quantity_id FROM relation_terms t1 JOIN relation_terms t2 ON t2.relation_id = t1.relation_id
                   WHERE t1.quantity_id IN (SELECT id FROM asked))
        """;
    await using var results = await connection.QueryMultipleAsync($"""
        {Wanted} SELECT key, label, unit, kind, window_days FROM quantities WHERE id IN (SELECT id FROM wanted);
        {Wanted} SELECT c.id, c.source_id, q.key AS quantity_key, c.qualifier, c.value, c.min, c.max, c.precision,
                        coalesce(c.as_of, s.published_at) AS as_of, c.quote, c.attributed_to, s.publisher
                 FROM claims c JOIN quantities q ON q.id = c.quantity_id JOIN sources s ON s.id = c.source_id
                 WHERE c.quantity_id IN (SELECT id FROM wanted);
        {Wanted} SELECT t.relation_id, r.kind, r.as_of, t.role, q.key AS quantity_key, r.terms
                 FROM relation_terms t JOIN relations r ON r.id = t.relation_id JOIN quantities q ON q.id = t.quantity_id
                 WHERE t.relation_id IN (SELECT relation_id FROM relation_terms WHERE quantity_id IN (SELECT id FROM wanted))
                 ORDER BY t.relation_id, CASE t.role WHEN 'result' THEN 0 WHEN 'total' THEN 1 WHEN 'minuend' THEN 2
                                                     WHEN 'subtrahend' THEN 3 WHEN 'part' THEN 4 ELSE 5 END, t.position;
        """, new { key }, snapshot);
    var quantities = (await results.ReadAsync<QuantityRow>()).Select(q => new QuantityFact(q.Key, q.Label, q.Unit,
        q.Kind == "stock" ? QuantityKind.Stock : QuantityKind.Event, (int?)q.WindowDays)).ToList();
    if (quantities.All(q => q.Key != key)) return Results.NotFound();
    var claims = (await results.ReadAsync<Row>()).Select(c => new ClaimFact(c.Id, c.SourceId, c.QuantityKey,
        new ClaimFigures(Enum.Parse<Qualifier>(c.Qualifier.Replace("_", ""), ignoreCase: true), Row.Dec(c.Value), Row.Dec(c.Min), Row.Dec(c.Max), Row.Dec(c.Precision)),
        DateOnly.ParseExact(c.AsOf[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture)) { Cited = new Citation(c.Publisher, c.Quote, c.AttributedTo) }).ToList();
    var relations = (await results.ReadAsync<TermRow>()).GroupBy(t => t.RelationId).Select(g => new RelationFact(g.Key,
        Enum.Parse<RelationKind>(g.First().Kind.Replace("_", ""), ignoreCase: true),
        g.Select(t => new RelationTermFact(Enum.Parse<RelationRole>(t.Role.Replace("_", ""), ignoreCase: true), t.QuantityKey)).ToList(),
        g.First().AsOf is { } asOf ? DateOnly.ParseExact(asOf[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture) : null)
    {
        Constants = Constants(g.First().Terms),
    }).ToList();
    var report = ConsistencyEngine.Check(new ClaimWorld(quantities, claims, relations));
    return Results.Ok(new
    {
        quantity = report.Quantities.Single(q => q.Key == key),
        findings = report.Findings.Where(f => f.QuantityKeys.Contains(key)).Select(f => new { f.Kind, f.ClaimIds, f.Explanation }),
    });
});

app.MapPost("/claims", async (HttpRequest request) =>
{
    var input = (await JsonSerializer.DeserializeAsync<NewClaim>(request.Body, JsonSerializerOptions.Web))!;
    await using var connection = new SqliteConnection(writes);
    await connection.OpenAsync();
    // The store's triggers name the writer and the action of each revision.
    connection.CreateFunction("current_author", () => "baseline");
    connection.CreateFunction("revision_action", (string? action) => action);
    var value = input.Value?.ToString(CultureInfo.InvariantCulture);
    var id = await connection.QuerySingleOrDefaultAsync<long?>("""
        INSERT INTO claims (source_id, quantity_id, quote, qualifier, value, signature)
        SELECT @SourceId, id, @Quote, @Qualifier, @value, @signature FROM quantities WHERE key = @QuantityKey
        ON CONFLICT DO NOTHING RETURNING id;
        """, new { input.SourceId, input.Quote, input.Qualifier, input.QuantityKey, value,
                   signature = string.Join('\u001f', input.SourceId, input.QuantityKey, input.Quote, input.Qualifier, value) });
    return id is null ? Results.Conflict() : Results.Created($"/claims/{id}", new { id });
});

await app.RunAsync();

// A relation's constants sit in its terms JSON, as {"role", "value"} without a quantity.
static IReadOnlyList<RelationConstant> Constants(string terms) =>
    JsonDocument.Parse(terms).RootElement.EnumerateArray()
        .Where(t => t.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String)
        .Select(t => new RelationConstant(Enum.Parse<RelationRole>(t.GetProperty("role").GetString()!.Replace("_", ""), ignoreCase: true),
            decimal.Parse(t.GetProperty("value").GetString()!, CultureInfo.InvariantCulture)))
        .ToList();

internal sealed record NewClaim(long SourceId, string QuantityKey, string Quote, string Qualifier, decimal? Value);

internal sealed class Row
{
    public long Id { get; init; }
    public long SourceId { get; init; }
    public string QuantityKey { get; init; } = "";
    public string Quote { get; init; } = "";
    public long? QuoteStart { get; init; }
    public long? QuoteEnd { get; init; }
    public string Qualifier { get; init; } = "";
    public string? Value { get; init; }
    public string? Min { get; init; }
    public string? Max { get; init; }
    public string? Precision { get; init; }
    public string AsOf { get; init; } = "";
    public string? AttributedTo { get; init; }
    public string? Note { get; init; }
    public string Publisher { get; init; } = "";

    public object Claim() => new
    {
        id = Id, sourceId = SourceId, quantityKey = QuantityKey, quote = Quote, quoteStart = QuoteStart, quoteEnd = QuoteEnd,
        qualifier = Qualifier, value = Dec(Value), min = Dec(Min), max = Dec(Max), precision = Dec(Precision),
        asOf = AsOf, attributedTo = AttributedTo, note = Note,
    };

    public static decimal? Dec(string? text) => text is null ? null : decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}

internal sealed class QuantityRow
{
    public string Key { get; init; } = "";
    public string Label { get; init; } = "";
    public string Unit { get; init; } = "";
    public string Kind { get; init; } = "";
    public long? WindowDays { get; init; }
}

internal sealed class TermRow
{
    public long RelationId { get; init; }
    public string Kind { get; init; } = "";
    public string? AsOf { get; init; }
    public string Role { get; init; } = "";
    public string QuantityKey { get; init; } = "";
    public string Terms { get; init; } = "[]";
}
