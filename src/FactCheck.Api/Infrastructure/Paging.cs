using System.Data.Common;
using Dapper;
using FluentValidation;

namespace FactCheck.Api.Infrastructure;

/// <summary>One page of a list, in a stable order.</summary>
/// <param name="NextCursor">Where the next page starts, for lists that take a cursor; null on the last page.</param>
internal sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, long TotalItems, string? NextCursor = null);

/// <summary>Lists are read a page at a time; implemented by each list request.</summary>
internal interface IPaged
{
    /// <summary>The page to read, from 1.</summary>
    int? Page { get; }

    /// <summary>Items per page, 1 to 200 (default 50).</summary>
    int? PageSize { get; }
}

internal static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static int PageOf(this IPaged request) => request.Page ?? 1;

    public static int SizeOf(this IPaged request) => request.PageSize ?? DefaultPageSize;

    public static int OffsetOf(this IPaged request) => (request.PageOf() - 1) * request.SizeOf();

    /// <summary>
    /// Runs <paramref name="sql"/>, a count followed by a page query that ends in
    /// LIMIT @Limit OFFSET @Offset, with the filter's parameters.
    /// </summary>
    public static async Task<(IReadOnlyList<TRow> Rows, long Total)> QueryPageAsync<TRow>(
        this DbConnection connection, string sql, object filter, IPaged request, CancellationToken ct)
    {
        var parameters = new DynamicParameters(filter);
        parameters.Add("Limit", request.SizeOf());
        parameters.Add("Offset", request.OffsetOf());
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(sql, parameters, cancellationToken: ct));
        var total = await results.ReadSingleAsync<long>();
        return ((await results.ReadAsync<TRow>()).ToList(), total);
    }

    public static Page<T> PageOf<T>(this IPaged request, IReadOnlyList<T> items, long total) =>
        new(items, request.PageOf(), request.SizeOf(), total);
}

internal sealed class PagedValidator : AbstractValidator<IPaged>
{
    public PagedValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1).LessThanOrEqualTo(1_000_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}
