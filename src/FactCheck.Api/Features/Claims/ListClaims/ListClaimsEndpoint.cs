using System.Data.Common;
using Dapper;
using FactCheck.Api.Infrastructure;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Claims.ListClaims;

/// <summary>List and search claims</summary>
/// <remarks>Filters by quantity key, source, who the figure is attributed to (case-insensitive, exact) and an asOf date range; q searches quotes, attributions, quantity keys, labels and aliases, and source titles and publishers (every word, as a prefix). Sort by id, asOf or relevance (with q), '-' for descending. Page by number, or follow nextCursor for pages that stay stable while claims are added. </remarks>
internal sealed class ListClaimsEndpoint(Database db, Cursors cursors) : Endpoint<ListClaimsRequest, Ok<Page<ClaimResponse>>>
{
    /// <summary>
    /// Only the conditions the request asks for, each a constant, and only their parameters: "@x IS
    /// NULL OR ..." would keep SQLite from the quantity and source indexes, and a million claims would
    /// be scanned for ten. <c>ReadsSources</c>: whether a condition reads the source (s).
    /// </summary>
    private static (string Where, DynamicParameters Parameters, bool ReadsSources) Filter(ListClaimsRequest request)
    {
        var conditions = new List<string>();
        var parameters = new DynamicParameters();
        void Add(string condition, string name, object value)
        {
            conditions.Add(condition);
            parameters.Add(name, value);
        }

        if (request.Quantity is not null) Add("q.key = @Quantity", "Quantity", request.Quantity);
        if (request.SourceId is not null) Add("c.source_id = @SourceId", "SourceId", request.SourceId);
        if (request.AttributedTo is not null) Add("lower(c.attributed_to) = lower(@AttributedTo)", "AttributedTo", request.AttributedTo);
        if (request.AsOfFrom is { } from) Add("coalesce(c.as_of, s.published_at) >= @AsOfFrom", "AsOfFrom", Figures.ToText(from));
        if (request.AsOfTo is { } to) Add("coalesce(c.as_of, s.published_at) <= @AsOfTo", "AsOfTo", Figures.ToText(to));
        return (conditions.Count == 0 ? "WHERE 1 = 1" : "WHERE " + string.Join(" AND ", conditions), parameters,
            request.AsOfFrom is not null || request.AsOfTo is not null);
    }

    /// <summary>
    /// Each sort: the SQL of its key and whether it descends. The key is one of these constants, never
    /// user text; null stands for the search's relevance, which each engine spells its own way.
    /// </summary>
    private static readonly Dictionary<string, (string? Key, bool Descending)> Sorts = new(StringComparer.Ordinal)
    {
        ["id"] = ("c.id", false),
        ["-id"] = ("c.id", true),
        ["asOf"] = ("coalesce(c.as_of, s.published_at)", false),
        ["-asOf"] = ("coalesce(c.as_of, s.published_at)", true),
        ["relevance"] = (null, false),
    };

    public static IEnumerable<string> SortNames => Sorts.Keys;

    public override void Configure()
    {
        Get("/claims");
        Group<Reads>();
        Description(b => b.WithName("ListClaims").WithTags("Claims"));
    }
    public override async Task<Ok<Page<ClaimResponse>>> ExecuteAsync(ListClaimsRequest request, CancellationToken ct)
    {
        // Checked here, with this host's secret: a validator is built once for the whole process
        // (FastEndpoints' configuration is process-wide), so it would keep the first host's.
        var problem = request.Cursor is null ? null : cursors.Check(request.Cursor, request.CursorContext, out _) switch
        {
            CursorCheck.Forged => "Is not a cursor this API gave out, or was altered; start from the first page without it.",
            CursorCheck.Foreign => "Was made for another sort, q or filters; send it with the same ones, or start again without it.",
            _ => null,
        };
        if (problem is not null)
        {
            ValidationFailures.Add(new FluentValidation.Results.ValidationFailure("cursor", problem));
            ThrowIfAnyErrors();
        }

        await using var connection = await db.OpenReadAsync(ct);
        return TypedResults.Ok(await PageAsync(connection, request, cursors, ct));
    }

    /// <summary>The page of claims a valid request asks for (the load baseline runs this bare, too).</summary>
    internal static async Task<Page<ClaimResponse>> PageAsync(DbConnection connection, ListClaimsRequest request, Cursors cursors, CancellationToken ct)
    {
        var match = Search.MatchOf(connection, request.Q);
        var (sortKey, descending) = Sorts[request.Sort ?? "id"];
        var key = sortKey ?? Search.ClaimsRelevance(connection);
        var (where, parameters, readsSources) = Filter(request);
        var search = match is null ? "" : Search.ClaimsJoin(connection);
        var from = $"FROM {ClaimRow.From} {search} {where}";
        // Every claim has its source (a foreign key), so the count joins sources only for a filter that reads them.
        var counted = readsSources ? from : $"FROM {ClaimRow.FromWithoutSource} {search} {where}";
        var context = request.CursorContext;
        var after = request.Cursor is not null && cursors.Check(request.Cursor, context, out var cursor) == CursorCheck.Valid ? cursor : (Cursor?)null;
        var direction = descending ? "<" : ">";
        var sql = $"""
            SELECT count(*) {counted};
            SELECT {ClaimRow.Columns}, {key} AS sort_key {from}
              {(after is null ? "" : $"AND ({key} {direction} @AfterKey OR ({key} = @AfterKey AND c.id {direction} @AfterId))")}
            ORDER BY {key} {(descending ? "DESC" : "ASC")}, c.id {(descending ? "DESC" : "ASC")}
            LIMIT @Limit + 1 OFFSET @Offset;
            """;
        if (match is not null) parameters.Add("Match", match);
        if (after is { } a)
        {
            parameters.Add("AfterKey", a.KeyValue);
            parameters.Add("AfterId", a.Id);
        }
        parameters.Add("Limit", request.SizeOf());
        parameters.Add("Offset", after is null ? request.OffsetOf() : 0);

        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(sql, parameters, cancellationToken: ct));
        var total = await results.ReadSingleAsync<long>();
        var rows = (await results.ReadAsync<SortedClaimRow>()).ToList();
        var more = rows.Count > request.SizeOf();
        if (more) rows.RemoveAt(rows.Count - 1);
        var next = more ? cursors.Encode(rows[^1].SortKey, rows[^1].Id, context) : null;
        return request.PageOf(rows.Select(r => r.ToResponse()).ToList(), total) with { NextCursor = next };
    }

    private sealed class SortedClaimRow : ClaimRow
    {
        public object? SortKey { get; init; }
    }
}
