using System.Globalization;
using CsvHelper;
using Dapper;
using FactCheck.Api.Infrastructure;
using FastEndpoints;

namespace FactCheck.Api.Features.Csv.ExportClaims;

/// <summary>Export claims as CSV</summary>
/// <remarks>One row per claim, figures exactly as stored, in the columns POST /imports/claims reads back: id, source_id, source_url, quantity_key, quote, quote_start, qualifier, value, min, max, precision, as_of (empty: the source's date), effective_as_of, attributed_to, note.</remarks>
internal sealed class ExportClaimsEndpoint(Database db) : Endpoint<ExportClaimsRequest, IResult>
{
    private const string Sql = """
        SELECT c.id, c.source_id, s.url AS source_url, q.key AS quantity_key, c.quote, c.quote_start, c.qualifier,
               c.value, c.min, c.max, c.precision, c.as_of, coalesce(c.as_of, s.published_at) AS effective_as_of, c.attributed_to, c.note
        FROM claims c JOIN sources s ON s.id = c.source_id JOIN quantities q ON q.id = c.quantity_id
        WHERE (@Quantity IS NULL OR q.key = @Quantity) AND (@SourceId IS NULL OR c.source_id = @SourceId)
        ORDER BY c.id;
        """;

    public override void Configure()
    {
        Get("/exports/claims");
        Group<Reads>();
        Description(b => b.WithName("ExportClaims").WithTags("CSV")
            .Produces<string>(StatusCodes.Status200OK, ClaimColumns.ContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests));
    }

    public override async Task<IResult> ExecuteAsync(ExportClaimsRequest request, CancellationToken ct)
    {
        await using var connection = await db.OpenReadAsync(ct);
        var rows = await connection.QueryAsync(new CommandDefinition(Sql, new { request.Quantity, request.SourceId }, cancellationToken: ct));

        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        await using (var csv = CsvWriter.Create(text, new CsvWriterOptions(), leaveOpen: true))
        {
            foreach (var column in ClaimColumns.All) csv.WriteField(column);
            csv.EndRecord();
            foreach (IDictionary<string, object?> row in rows)
            {
                foreach (var column in ClaimColumns.All)
                {
                    var cell = Convert.ToString(row[column], CultureInfo.InvariantCulture);
                    csv.WriteField(ClaimColumns.IsText(column) ? SpreadsheetText.Neutralised(cell) : cell);
                }
                csv.EndRecord();
            }
        }
        HttpContext.Response.Headers.ContentDisposition = SpreadsheetText.Attachment("claims.csv");
        return Results.Text(text.ToString(), ClaimColumns.ContentType + "; charset=utf-8");
    }
}

internal sealed record ExportClaimsRequest
{
    /// <summary>Only claims about the quantity with this key.</summary>
    public string? Quantity { get; init; }

    /// <summary>Only claims made by this source.</summary>
    public long? SourceId { get; init; }
}
