using System.Globalization;
using CsvHelper;
using FactCheck.Api.Features.Checks;
using FactCheck.Api.Infrastructure;
using FastEndpoints;

namespace FactCheck.Api.Features.Csv.ExportFindings;

/// <summary>Export every finding as CSV</summary>
/// <remarks>One row per finding, in the order of GET /findings: kind, quantity_keys, claim_ids, source_ids (each ';'-separated), relation_id and the explanation.</remarks>
internal sealed class ExportFindingsEndpoint(StoreReport store) : EndpointWithoutRequest<IResult>
{
    public override void Configure()
    {
        Get("/exports/findings");
        Group<Reads>();
        Description(b => b.WithName("ExportFindings").WithTags("CSV")
            .Produces<string>(StatusCodes.Status200OK, ClaimColumns.ContentType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests));
    }

    public override async Task<IResult> ExecuteAsync(CancellationToken ct)
    {
        var report = (await store.GetAsync(ct)).Report;
        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        await using (var csv = CsvWriter.Create(text, new CsvWriterOptions(), leaveOpen: true))
        {
            foreach (var column in new[] { "kind", "severity", "quantity_keys", "claim_ids", "source_ids", "relation_id", "explanation" }) csv.WriteField(column);
            csv.EndRecord();
            foreach (var finding in report.Findings)
            {
                csv.WriteField(Names<Domain.FindingKind>.Of(finding.Kind));
                csv.WriteField(Names<Domain.Severity>.Of(finding.Severity));
                csv.WriteField(string.Join(';', finding.QuantityKeys));
                csv.WriteField(string.Join(';', finding.ClaimIds));
                csv.WriteField(string.Join(';', finding.SourceIds));
                csv.WriteField(finding.Relation?.RelationId.ToString(CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(SpreadsheetText.Neutralised(finding.Explanation));
                csv.EndRecord();
            }
        }
        HttpContext.Response.Headers.ContentDisposition = SpreadsheetText.Attachment("findings.csv");
        return Results.Text(text.ToString(), ClaimColumns.ContentType + "; charset=utf-8");
    }
}
