using System.Data;
using System.Data.Common;
using System.Text.Json;
using Dapper;
using FactCheck.Api.Features.Claims;
using FactCheck.Api.Features.Quantities;
using FactCheck.Api.Features.Relations;
using FactCheck.Api.Features.Sources;
using FactCheck.Api.Infrastructure;

namespace FactCheck.Api.Features.Import;

/// <summary>
/// Applies a validated document inside the caller's transaction: checks every item against the store
/// first and reports all problems at once by path, then creates what is new, updates what changed,
/// and leaves alone what is already stored as it is, so the same document twice changes nothing.
/// </summary>
internal static class Importer
{
    private static string SourcesByUrlSql(DbConnection connection) => $"""
        SELECT id, publisher, title, url, published_at, text FROM sources WHERE url IN ({connection.JsonTexts("@urls")});
        """;

    private const string SourceWithoutUrlSql = """
        SELECT id, publisher, title, url, published_at, text FROM sources
        WHERE url IS NULL AND publisher = @Publisher AND title = @Title AND published_at = @PublishedAt;
        """;

    private const string UpdateSourceSql = """
        UPDATE sources SET publisher = @Publisher, title = @Title, url = @Url, published_at = @PublishedAt, text = @Text
        WHERE id = @Id;
        """;

    private const string InsertSourceSql = """
        INSERT INTO sources (publisher, title, url, published_at, text)
        VALUES (@Publisher, @Title, @Url, @PublishedAt, @Text)
        RETURNING id;
        """;

    private static readonly (string, DbType)[] InsertSourceParameters =
        [("Publisher", DbType.String), ("Title", DbType.String), ("Url", DbType.String), ("PublishedAt", DbType.String), ("Text", DbType.String)];

    private static string StoredQuantitiesSql(DbConnection connection) => $"""
        SELECT id, key, label, unit, kind, window_days, aliases FROM quantities
        WHERE key IN ({connection.JsonTexts("@keys")});
        """;

    private const string InsertQuantitySql = """
        INSERT INTO quantities (key, label, unit, kind, window_days, aliases)
        VALUES (@Key, @Label, @Unit, @Kind, @WindowDays, @Aliases)
        RETURNING id;
        """;

    private static readonly (string, DbType)[] InsertQuantityParameters =
    [
        ("Key", DbType.String), ("Label", DbType.String), ("Unit", DbType.String), ("Kind", DbType.String),
        ("WindowDays", DbType.Int32), ("Aliases", DbType.String),
    ];

    private const string UpdateQuantitySql = """
        UPDATE quantities SET label = @Label, unit = @Unit, kind = @Kind, window_days = @WindowDays, aliases = @Aliases
        WHERE key = @Key;
        """;

    private const string StoredRelationSql = "SELECT id, meaning FROM relations WHERE signature = @Signature;";

    private const string UpdateMeaningSql = "UPDATE relations SET meaning = @Meaning WHERE id = @Id;";

    /// <summary>Either what the import did, or every problem by path; on problems nothing was written.</summary>
    internal sealed record Outcome(ImportResult? Result, Dictionary<string, string[]>? Problems);

    public static async Task<Outcome> ApplyAsync(
        DbConnection connection, DbTransaction transaction, ImportDocument document, CancellationToken ct)
    {
        var sources = document.Sources ?? [];
        var quantities = document.Quantities ?? [];
        var claims = document.Claims ?? [];
        var relations = document.Relations ?? [];
        var problems = new Dictionary<string, List<string>>();
        void Problem(string path, string message)
        {
            if (!problems.TryGetValue(path, out var list)) problems[path] = list = [];
            list.Add(message);
        }

        // What the document refers to that is already stored: the sources with a URL in one query, any without one by one.
        var byUrl = (await connection.QueryAsync<SourceMatch>(new CommandDefinition(SourcesByUrlSql(connection),
                new { urls = JsonSerializer.Serialize(sources.Select(s => s.Url).OfType<string>()) }, transaction, cancellationToken: ct)))
            .ToDictionary(s => s.Url!, StringComparer.Ordinal);
        var matched = new SourceMatch?[sources.Count];
        for (var i = 0; i < sources.Count; i++)
            matched[i] = sources[i].Url is { } url ? byUrl.GetValueOrDefault(url) : await connection.QuerySingleOrDefaultAsync<SourceMatch>(
                new CommandDefinition(SourceWithoutUrlSql, SourceRow.Parameters(sources[i]), transaction, cancellationToken: ct));

        var relationTerms = relations.Select(RelationTerms.Of).ToList();
        var keys = quantities.Select(q => q.Key)
            .Concat(claims.Select(c => c.Quantity))
            .Concat(relationTerms.SelectMany(terms => terms.Where(t => t.IsQuantity).Select(t => t.Key)))
            .Distinct(StringComparer.Ordinal).ToList();
        var stored = (await connection.QueryAsync<StoredQuantity>(new CommandDefinition(
                StoredQuantitiesSql(connection), new { keys = JsonSerializer.Serialize(keys) }, transaction, cancellationToken: ct)))
            .ToDictionary(q => q.Key, StringComparer.Ordinal);
        var units = stored.ToDictionary(q => q.Key, q => q.Value.Unit, StringComparer.Ordinal);
        foreach (var quantity in quantities) units[quantity.Key] = quantity.Unit;

        // Every problem, before anything is written.
        var sourceIndex = sources.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            if (!units.TryGetValue(claim.Quantity, out var unit))
            {
                Problem($"claims[{i}].quantity", $"No quantity has the key '{claim.Quantity}', in this document or stored.");
                continue;
            }
            var s = sourceIndex[claim.Source];
            foreach (var (field, message) in ClaimChecks.AgainstStore(claim, sources[s].Text ?? matched[s]?.Text, unit))
                Problem($"claims[{i}].{field}", message);
        }
        for (var i = 0; i < relations.Count; i++)
            foreach (var term in relationTerms[i].Where(t => t.IsQuantity && !units.ContainsKey(t.Key)))
                Problem($"relations[{i}].{term.Field}", $"No quantity has the key '{term.Key}', in this document or stored.");
        if (problems.Count > 0)
            return new Outcome(null, problems.ToDictionary(p => p.Key, p => p.Value.ToArray()));

        var result = new ImportResult
        {
            Sources = new ImportCounts(), Quantities = new ImportCounts(), Claims = new ImportCounts(),
            Relations = new ImportCounts(), Ids = new ImportIds(),
        };

        // What is new goes in first, in one go (PostgreSQL takes many rows a round trip); what is stored is compared one by one.
        var sourceIds = new long[sources.Count];
        var sourceTexts = new string?[sources.Count];
        var newSources = Enumerable.Range(0, sources.Count).Where(i => matched[i] is null).ToList();
        var newSourceIds = await BatchInsert.ReturningIdsAsync(connection, transaction, InsertSourceSql, InsertSourceParameters, newSources.Select(i => new object?[]
            { sources[i].Publisher, sources[i].Title, sources[i].Url, Infrastructure.Figures.ToText(sources[i].PublishedAt), sources[i].Text }).ToList(), ct);
        for (var k = 0; k < newSources.Count; k++)
            (sourceIds[newSources[k]], sourceTexts[newSources[k]]) = (newSourceIds[k], sources[newSources[k]].Text);
        for (var i = 0; i < sources.Count; i++)
        {
            var action = ImportAction.Created;
            if (matched[i] is { } match)
            {
                (action, sourceTexts[i]) = await WriteSourceAsync(connection, transaction, sources[i], match, ct);
                sourceIds[i] = match.Id;
                if (action == ImportAction.Updated && sourceTexts[i] != match.Text)
                    foreach (var lost in await QuoteRelocation.RelocateAsync(connection, transaction, match.Id, sourceTexts[i], ct))
                        Problem($"sources[{i}].text", $"The new text drops the quote of stored claim {lost}.");
            }
            result.Ids.Sources[sources[i].Id] = sourceIds[i];
            result.Sources.Count(action);
        }
        if (problems.Count > 0)
            return new Outcome(null, problems.ToDictionary(p => p.Key, p => p.Value.ToArray()));

        var quantityIds = stored.ToDictionary(q => q.Key, q => q.Value.Id, StringComparer.Ordinal);
        var newQuantities = quantities.Where(q => !stored.ContainsKey(q.Key)).Select(QuantityRow.Parameters).ToList();
        var newQuantityIds = await BatchInsert.ReturningIdsAsync(connection, transaction, InsertQuantitySql, InsertQuantityParameters,
            newQuantities.Select(q => new object?[] { q.Key, q.Label, q.Unit, q.Kind, q.WindowDays, q.Aliases }).ToList(), ct);
        for (var k = 0; k < newQuantities.Count; k++) quantityIds[newQuantities[k].Key] = newQuantityIds[k];
        foreach (var quantity in quantities)
        {
            var parameters = QuantityRow.Parameters(quantity);
            if (!stored.TryGetValue(quantity.Key, out var existing))
            {
                result.Quantities.Count(ImportAction.Created);
            }
            else if (existing.ToParameters() != parameters)
            {
                await connection.ExecuteAsync(new CommandDefinition(UpdateQuantitySql, parameters, transaction, cancellationToken: ct));
                result.Quantities.Count(ImportAction.Updated);
            }
            else
            {
                result.Quantities.Count(ImportAction.Unchanged);
            }
        }

        var writes = claims.Select(claim =>
        {
            var s = sourceIndex[claim.Source];
            return ClaimWrite.From(claim, sourceIds[s], quantityIds[claim.Quantity], sourceTexts[s]);
        }).ToList();
        var written = await ClaimBatch.WriteAsync(connection, transaction, writes, ct);
        for (var i = 0; i < claims.Count; i++)
        {
            if (claims[i].Id is { } key) result.Ids.Claims[key] = written[i].Id;
            result.Claims.Count(written[i].Action);
        }

        for (var i = 0; i < relations.Count; i++)
        {
            var relation = relations[i];
            var id = await RelationStore.WriteAsync(connection, transaction, null, relation, relationTerms[i], ct);
            var action = ImportAction.Created;
            if (id is null)
            {
                var existing = await connection.QuerySingleAsync<(long Id, string? Meaning)>(new CommandDefinition(StoredRelationSql,
                    new { Signature = RelationTerms.Signature(relation.Kind!.Value, relationTerms[i], relation.AsOf) }, transaction, cancellationToken: ct));
                id = existing.Id;
                action = existing.Meaning == relation.Meaning ? ImportAction.Unchanged : ImportAction.Updated;
                if (action == ImportAction.Updated)
                    await connection.ExecuteAsync(new CommandDefinition(UpdateMeaningSql,
                        new { Id = id, relation.Meaning }, transaction, cancellationToken: ct));
            }
            if (relation.Id is not null) result.Ids.Relations[relation.Id] = id.Value;
            result.Relations.Count(action);
        }

        return new Outcome(result, null);
    }

    private static async Task<(ImportAction Action, string? Text)> WriteSourceAsync(
        DbConnection connection, DbTransaction transaction, ImportSource source, SourceMatch match, CancellationToken ct)
    {
        // A document without the text keeps the text already stored.
        var text = source.Text ?? match.Text;
        if (match.Publisher == source.Publisher && match.Title == source.Title && match.Url == source.Url
            && match.PublishedAt == Infrastructure.Figures.ToText(source.PublishedAt) && match.Text == text)
            return (ImportAction.Unchanged, text);

        var parameters = new DynamicParameters(SourceRow.Parameters(source with { Text = text }));
        parameters.Add("Id", match.Id);
        await connection.ExecuteAsync(new CommandDefinition(UpdateSourceSql, parameters, transaction, cancellationToken: ct));
        return (ImportAction.Updated, text);
    }

    private sealed class SourceMatch
    {
        public long Id { get; init; }
        public string Publisher { get; init; } = "";
        public string Title { get; init; } = "";
        public string? Url { get; init; }
        public string PublishedAt { get; init; } = "";
        public string? Text { get; init; }
    }

    private sealed class StoredQuantity
    {
        public long Id { get; init; }
        public string Key { get; init; } = "";
        public string Label { get; init; } = "";
        public string Unit { get; init; } = "";
        public string Kind { get; init; } = "";
        public long? WindowDays { get; init; }
        public string Aliases { get; init; } = "[]";

        public QuantityRow.QuantityParameters ToParameters() => new(Key, Label, Unit, Kind, (int?)WindowDays, Aliases);
    }
}
