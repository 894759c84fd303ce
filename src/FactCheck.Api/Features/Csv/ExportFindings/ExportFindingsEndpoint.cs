using System.Globalization;
using CsvHelper;
using FactCheck.Api.Features.Checks;
using FactCheck.Api.Infrastructure;

namespace FactCheck.Api.Features.Csv.ExportFindings;

internal static class ExportFindingsEndpoint
{
    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/exports/findings", HandleAsync)
            .WithName("ExportFindings").WithTags("CSV")
            .WithSummary("Export every finding as CSV")
            .WithDescription("One row per finding, in the order of GET /findings: kind, quantity_keys, claim_ids, source_ids (each ';'-separated), relation_id and the explanation.")
            .Produces<string>(StatusCodes.Status200OK, ClaimColumns.ContentType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    internal static async Task<IResult> HandleAsync(StoreReport store, HttpContext context, CancellationToken ct)
    {
        var report = (await store.GetAsync(ct)).Report;
        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        await using (var csv = CsvWriter.Create(text, new CsvWriterOptions(), leaveOpen: true))
        {
            foreach (var column in new[] { "kind", "quantity_keys", "claim_ids", "source_ids", "relation_id", "explanation" }) csv.WriteField(column);
            csv.EndRecord();
            foreach (var finding in report.Findings)
            {
                csv.WriteField(Names<Domain.FindingKind>.Of(finding.Kind));
                csv.WriteField(string.Join(';', finding.QuantityKeys));
                csv.WriteField(string.Join(';', finding.ClaimIds));
                csv.WriteField(string.Join(';', finding.SourceIds));
                csv.WriteField(finding.Relation?.RelationId.ToString(CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(SpreadsheetText.Neutralised(finding.Explanation));
                csv.EndRecord();
            }
        }
        context.Response.Headers.ContentDisposition = SpreadsheetText.Attachment("findings.csv");
        return Results.Text(text.ToString(), ClaimColumns.ContentType + "; charset=utf-8");
    }
}
