using System.Data.Common;
using System.Text.Json;
using Dapper;
using FactCheck.Api.Infrastructure;
using FactCheck.Domain;

namespace FactCheck.Api.Features.Relations;

/// <summary>Reads and writes a relation with its terms, which live in two tables.</summary>
internal static class RelationStore
{
    private const string InsertSql = """
        INSERT INTO relations (kind, meaning, as_of, signature, terms) VALUES (@Kind, @Meaning, @AsOf, @Signature, @Terms)
        ON CONFLICT DO NOTHING
        RETURNING id;
        """;

    private const string UpdateSql = """
        UPDATE relations SET kind = @Kind, meaning = @Meaning, as_of = @AsOf, signature = @Signature, terms = @Terms
        WHERE id = @Id AND NOT EXISTS (SELECT 1 FROM relations other WHERE other.signature = @Signature AND other.id <> @Id);
        """;

    private const string DeleteTermsSql = "DELETE FROM relation_terms WHERE relation_id = @Id;";

    private const string InsertTermSql = """
        INSERT INTO relation_terms (relation_id, role, position, quantity_id) VALUES (@RelationId, @Role, @Position, @QuantityId);
        """;

    private static string QuantityIdsSql(DbConnection connection) =>
        $"SELECT key, id FROM quantities WHERE key IN ({connection.JsonTexts("@keys")});";

    private static string UnknownKeysSql(DbConnection connection) =>
        $"SELECT value FROM ({connection.JsonTexts("@keys")}) AS asked WHERE value NOT IN (SELECT key FROM quantities);";

    private static string ReadSql(DbConnection connection) => $"""
        SELECT id, kind, meaning, as_of, terms FROM relations WHERE id IN ({connection.JsonIds("@ids")}) ORDER BY id;
        SELECT t.relation_id, t.role, t.position, q.key
        FROM relation_terms t JOIN quantities q ON q.id = t.quantity_id
        WHERE t.relation_id IN ({connection.JsonIds("@ids")})
        ORDER BY t.relation_id, t.role, t.position;
        """;

    /// <summary>The terms whose quantity key names no stored quantity.</summary>
    public static async Task<IReadOnlyList<RelationTerm>> UnknownTermsAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<RelationTerm> terms, CancellationToken ct)
    {
        var keys = JsonSerializer.Serialize(terms.Where(t => t.IsQuantity).Select(t => t.Key));
        var unknown = (await connection.QueryAsync<string>(new CommandDefinition(UnknownKeysSql(connection), new { keys }, transaction, cancellationToken: ct))).ToHashSet();
        return terms.Where(t => unknown.Contains(t.Key)).ToList();
    }

    /// <summary>Writes a new relation (id null) or replaces one; null when the same arithmetic is already declared.</summary>
    public static async Task<long?> WriteAsync(
        DbConnection connection, DbTransaction transaction, long? id, IRelationFields relation,
        IReadOnlyList<RelationTerm> terms, CancellationToken ct)
    {
        var kind = relation.Kind!.Value;
        var ids = (await connection.QueryAsync<(string Key, long Id)>(new CommandDefinition(QuantityIdsSql(connection),
            new { keys = JsonSerializer.Serialize(terms.Where(t => t.IsQuantity).Select(t => t.Key)) }, transaction, cancellationToken: ct))).ToDictionary(q => q.Key, q => q.Id);
        var stored = terms.Select(t => t.Constant is { } value
                ? new StoredTerm(Names<RelationRole>.Of(t.Role), t.Position, null, Figures.ToText(value))
                : new StoredTerm(Names<RelationRole>.Of(t.Role), t.Position, ids[t.Key]))
            .OrderBy(t => t.Role, StringComparer.Ordinal).ThenBy(t => t.Position).ToList();
        var row = new
        {
            Id = id, Kind = Names<RelationKind>.Of(kind), relation.Meaning, AsOf = relation.AsOf is { } asOf ? Figures.ToText(asOf) : null,
            Signature = RelationTerms.Signature(kind, terms, relation.AsOf),
            Terms = JsonSerializer.Serialize(stored, StoredTerm.Json),
        };
        if (id is null)
            id = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(InsertSql, row, transaction, cancellationToken: ct));
        else if (await connection.ExecuteAsync(new CommandDefinition(UpdateSql, row, transaction, cancellationToken: ct)) == 0)
            id = null;
        else
            await connection.ExecuteAsync(new CommandDefinition(DeleteTermsSql, row, transaction, cancellationToken: ct));
        if (id is null) return null;

        await InsertTermsAsync(connection, transaction, id.Value, stored, ct);
        return id;
    }

    /// <summary>
    /// A term as the relation row keeps it: a quantity by id, so that a renamed quantity stays in its relations, or a
    /// constant's value as text. Only quantities also get a relation_terms row, which ties them to their relations.
    /// </summary>
    internal sealed record StoredTerm(string Role, int Position, long? QuantityId, string? Value = null)
    {
        public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        };

        /// <summary>The constants among a relation row's terms; a row with none skips the parse.</summary>
        public static IEnumerable<(RelationRole Role, int Position, decimal Value)> ConstantsIn(string terms) =>
            !terms.Contains("\"value\"", StringComparison.Ordinal) ? []
            : JsonSerializer.Deserialize<List<StoredTerm>>(terms, Json)!.Where(t => t.Value is not null)
                .Select(t => (Names<RelationRole>.Parse(t.Role), t.Position, Figures.FromText(t.Value)!.Value));
    }

    public static async Task InsertTermsAsync(DbConnection connection, DbTransaction transaction, long relationId, IEnumerable<StoredTerm> terms, CancellationToken ct)
    {
        foreach (var term in terms.Where(t => t.QuantityId is not null))
            await connection.ExecuteAsync(new CommandDefinition(InsertTermSql,
                new { RelationId = relationId, term.Role, term.Position, term.QuantityId }, transaction, cancellationToken: ct));
    }

    public static async Task<IReadOnlyList<RelationResponse>> ReadAsync(
        DbConnection connection, IEnumerable<long> ids, CancellationToken ct, DbTransaction? transaction = null)
    {
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            ReadSql(connection), new { ids = JsonSerializer.Serialize(ids) }, transaction, cancellationToken: ct));
        var relations = (await results.ReadAsync<(long Id, string Kind, string? Meaning, string? AsOf, string Terms)>()).ToList();
        var terms = (await results.ReadAsync<(long RelationId, string Role, long Position, string Key)>()).ToLookup(t => t.RelationId);
        return relations.Select(r => ToResponse(r.Id, Names<RelationKind>.Parse(r.Kind), r.Meaning, r.AsOf,
            terms[r.Id].Select(t => (Names<RelationRole>.Parse(t.Role), t.Position, t.Key)).ToList(),
            StoredTerm.ConstantsIn(r.Terms).OrderBy(c => RelationTerms.ExplanationOrder(c.Role)).ThenBy(c => c.Position).ToList())).ToList();
    }

    private static RelationResponse ToResponse(long id, RelationKind kind, string? meaning, string? asOf,
        List<(RelationRole Role, long Position, string Key)> terms, List<(RelationRole Role, int Position, decimal Value)> constants)
    {
        string? One(RelationRole role) => terms.FirstOrDefault(t => t.Role == role).Key;
        var manyParts = RelationShape.SlotsOf(kind).Any(s => s is { Role: RelationRole.Part, Many: true });
        return new RelationResponse
        {
            Id = id,
            Kind = kind,
            Result = One(RelationRole.Result),
            Part = manyParts ? null : One(RelationRole.Part),
            Whole = One(RelationRole.Whole),
            Total = One(RelationRole.Total),
            Parts = manyParts ? terms.Where(t => t.Role == RelationRole.Part).OrderBy(t => t.Position).Select(t => t.Key).ToList() : null,
            Minuend = One(RelationRole.Minuend),
            Subtrahend = One(RelationRole.Subtrahend),
            Meaning = meaning,
            AsOf = asOf is null ? null : Figures.DateFromText(asOf),
            Constants = constants.Count == 0 ? null : constants.Select(c => new ConstantResponse(c.Role, c.Value)).ToList(),
        };
    }
}
