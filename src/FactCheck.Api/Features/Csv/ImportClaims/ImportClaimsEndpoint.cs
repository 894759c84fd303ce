using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Dapper;
using FactCheck.Api.Features.Claims;
using FactCheck.Api.Infrastructure;
using FactCheck.Domain;
using FastEndpoints;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Csv.ImportClaims;

/// <summary>Import claims from a desk's CSV</summary>
/// <remarks>The columns GET /exports/claims writes, read by name (others are ignored): source_id or source_url, quantity_key, quote, qualifier, value or min and max, and optionally quote_start, precision, as_of, attributed_to, note. Figures are plain numbers with a '.' for decimals, within ±10^18 and to at most 10 decimal places. A text cell that starts with an apostrophe before =, +, -, @, a tab, a carriage return or another apostrophe (as the export writes formula-like text) loses that one apostrophe. All or nothing: every problem is reported under rows[N].column, N being the spreadsheet row (the header is row 1). Claims already stored are left as they are. </remarks>
internal sealed class ImportClaimsEndpoint(Database db) : EndpointWithoutRequest<Results<Ok<CsvImportResult>, ProblemHttpResult>>
{
    private const int MaxRows = 100_000;

    private static string SourcesSql(DbConnection connection) => $"""
        SELECT id, url, text FROM sources
        WHERE id IN ({connection.JsonIds("@ids")}) OR url IN ({connection.JsonTexts("@urls")});
        """;

    private static string QuantitiesSql(DbConnection connection) =>
        $"SELECT id, key, unit FROM quantities WHERE key IN ({connection.JsonTexts("@keys")});";

    public override void Configure()
    {
        Post("/imports/claims");
        Group<Writes>();
        Description(b => b.WithName("ImportClaimsCsv").WithTags("CSV")
            .Accepts<string>(ClaimColumns.ContentType)
            .ProducesValidationProblem());
    }

    public override async Task<Results<Ok<CsvImportResult>, ProblemHttpResult>> ExecuteAsync(CancellationToken ct)
    {
        using var body = new StreamReader(HttpContext.Request.Body);
        var text = await body.ReadToEndAsync(ct);
        var errors = new Dictionary<string, List<string>>();
        void Error(string key, string message)
        {
            if (!errors.TryGetValue(key, out var list)) errors[key] = list = [];
            list.Add(message);
        }

        var rows = Read(text, Error);
        if (errors.Count > 0) return Problems.Invalid(Errors(errors));

        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginWriteAsync(ct);
        var sources = (await connection.QueryAsync<(long Id, string? Url, string? Text)>(new CommandDefinition(SourcesSql(connection), new
        {
            ids = JsonSerializer.Serialize(rows.Where(r => r.Row.SourceId is not null).Select(r => r.Row.SourceId)),
            urls = JsonSerializer.Serialize(rows.Where(r => r.Row.SourceUrl is not null).Select(r => r.Row.SourceUrl)),
        }, transaction, cancellationToken: ct))).ToList();
        var quantities = (await connection.QueryAsync<(long Id, string Key, string Unit)>(new CommandDefinition(QuantitiesSql(connection),
            new { keys = JsonSerializer.Serialize(rows.Select(r => r.Row.QuantityKey).Distinct()) }, transaction, cancellationToken: ct)))
            .ToDictionary(q => q.Key, StringComparer.Ordinal);

        var writes = new List<(int Line, ClaimWrite Write)>();
        foreach (var (line, row) in rows)
        {
            var source = row.SourceId is { } id ? sources.FirstOrDefault(s => s.Id == id) : sources.FirstOrDefault(s => s.Url == row.SourceUrl);
            if (source == default) Error($"rows[{line}].{(row.SourceId is null ? ClaimColumns.SourceUrl : ClaimColumns.SourceId)}", "No stored source has this id or URL.");
            if (!quantities.TryGetValue(row.QuantityKey, out var quantity)) Error($"rows[{line}].{ClaimColumns.QuantityKey}", "No stored quantity has this key.");
            if (source == default || quantity == default) continue;
            foreach (var (field, message) in ClaimChecks.AgainstStore(row, source.Text, quantity.Unit))
                Error($"rows[{line}].{Column(field)}", message);
            writes.Add((line, ClaimWrite.From(row, source.Id, quantity.Id, source.Text)));
        }
        if (errors.Count > 0) return Problems.Invalid(Errors(errors));

        var result = new CsvImportResult();
        foreach (var (line, write) in writes)
        {
            var id = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(ClaimWrite.InsertSql, write, transaction, cancellationToken: ct));
            if (id is null)
            {
                id = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT id FROM claims WHERE signature = @Signature;", write, transaction, cancellationToken: ct));
                result.Unchanged++;
            }
            else result.Created++;
            result.ClaimIds[line] = id.Value;
        }
        transaction.Commit();
        return TypedResults.Ok(result);
    }

    private static List<(int Line, CsvClaim Row)> Read(string text, Action<string, string> error)
    {
        var rows = new List<(int, CsvClaim)>();
        if (string.IsNullOrWhiteSpace(text))
        {
            error("body", "Send the CSV, with a header row, as the body (Content-Type: text/csv).");
            return rows;
        }
        if (text.Contains('\0'))
        {
            error("body", NulCharacters.Message);
            return rows;
        }
        using var csv = CsvReader.FromText(text, new CsvReaderOptions());
        csv.ReadHeader();
        var columns = csv.Headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
        foreach (var required in new[] { ClaimColumns.QuantityKey, ClaimColumns.Quote, ClaimColumns.Qualifier })
            if (!columns.Contains(required)) error("header", $"The column {required} is missing.");
        if (!columns.Contains(ClaimColumns.SourceId) && !columns.Contains(ClaimColumns.SourceUrl))
            error("header", "Name each claim's source in a source_id or a source_url column.");
        if (columns.Count == 0 || !columns.Contains(ClaimColumns.Quote)) return rows;

        var line = 1;
        var validator = new CsvClaimValidator();
        while (csv.Read())
        {
            line++;
            if (line - 1 > MaxRows)
            {
                error("body", $"At most {MaxRows} rows; split the file.");
                break;
            }
            string? Cell(string column)
            {
                var index = columns.IndexOf(column);
                return index < 0 || index >= csv.FieldCount || string.IsNullOrWhiteSpace(csv.GetString(index)) ? null : csv.GetString(index).Trim();
            }
            var row = CsvClaim.Parse(Cell, (column, message) => error($"rows[{line}].{column}", message));
            if (row is null) continue;
            foreach (var failure in validator.Validate(row).Errors)
                error($"rows[{line}].{Column(failure.PropertyName)}", failure.ErrorMessage);
            rows.Add((line, row));
        }
        return rows;
    }

    private static string Column(string field) => JsonNamingPolicy.SnakeCaseLower.ConvertName(field);

    private static Dictionary<string, string[]> Errors(Dictionary<string, List<string>> errors) =>
        errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}

/// <summary>What a CSV import did: claims created, claims already stored, and each row's claim id.</summary>
internal sealed class CsvImportResult
{
    /// <example>24</example>
    public int Created { get; set; }

    /// <example>2</example>
    public int Unchanged { get; set; }

    /// <summary>The stored claim of each row, by spreadsheet row number.</summary>
    public Dictionary<int, long> ClaimIds { get; } = [];
}

/// <summary>One row of a desk's CSV.</summary>
internal sealed record CsvClaim : IClaimFields
{
    public long? SourceId { get; init; }
    public string? SourceUrl { get; init; }
    public string QuantityKey { get; init; } = "";
    public string Quote { get; init; } = "";
    public int? QuoteStart { get; init; }
    public Qualifier? Qualifier { get; init; }
    public decimal? Value { get; init; }
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }
    public decimal? Precision { get; init; }
    public DateOnly? AsOf { get; init; }
    public string? AttributedTo { get; init; }
    public string? Note { get; init; }

    /// <summary>The row's cells, typed; each cell that does not parse is reported by column, and the row is then null.</summary>
    public static CsvClaim? Parse(Func<string, string?> cell, Action<string, string> error)
    {
        var ok = true;
        T? Typed<T>(string column, Func<string, (bool, T)> parse, string message) where T : struct
        {
            if (cell(column) is not { } text) return null;
            var (parsed, value) = parse(text);
            if (parsed) return value;
            error(column, message);
            ok = false;
            return null;
        }
        const NumberStyles Plain = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        var figure = "Write a plain number such as 1300 or 4.05: no thousands separators, a '.' for decimals, within ±10^18.";
        var row = new CsvClaim
        {
            SourceId = Typed(ClaimColumns.SourceId, t => (long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var v), v), "Must be a source's id."),
            SourceUrl = cell(ClaimColumns.SourceUrl),
            QuantityKey = cell(ClaimColumns.QuantityKey) ?? "",
            Quote = SpreadsheetText.Restored(cell(ClaimColumns.Quote)) ?? "",
            QuoteStart = Typed(ClaimColumns.QuoteStart, t => (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var v), v), "Must be a whole number."),
            Qualifier = Typed(ClaimColumns.Qualifier, t => (Names<Qualifier>.IsWord(t), Names<Qualifier>.IsWord(t) ? Names<Qualifier>.Parse(t) : default),
                $"Must be one of: {Names<Qualifier>.All}."),
            Value = Typed(ClaimColumns.Value, t => (decimal.TryParse(t, Plain, CultureInfo.InvariantCulture, out var v), v), figure),
            Min = Typed(ClaimColumns.Min, t => (decimal.TryParse(t, Plain, CultureInfo.InvariantCulture, out var v), v), figure),
            Max = Typed(ClaimColumns.Max, t => (decimal.TryParse(t, Plain, CultureInfo.InvariantCulture, out var v), v), figure),
            Precision = Typed(ClaimColumns.Precision, t => (decimal.TryParse(t, Plain, CultureInfo.InvariantCulture, out var v), v), figure),
            AsOf = Typed(ClaimColumns.AsOf, t => (DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var v), v),
                QueryDates.DateMessage),
            AttributedTo = SpreadsheetText.Restored(cell(ClaimColumns.AttributedTo)),
            Note = SpreadsheetText.Restored(cell(ClaimColumns.Note)),
        };
        if (row.SourceId is null && row.SourceUrl is null && ok)
        {
            error(ClaimColumns.SourceId, "Name the source by source_id or source_url.");
            ok = false;
        }
        return ok ? row : null;
    }
}

internal sealed class CsvClaimValidator : AbstractValidator<CsvClaim>
{
    public CsvClaimValidator()
    {
        RuleFor(x => x.QuantityKey).QuantityKey();
        Include(new ClaimFieldsValidator());
    }
}
