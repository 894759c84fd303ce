using FactCheck.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Import;

internal static class ImportEndpoint
{
    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/imports", HandleAsync)
            .WithName("ImportDocument").WithTags("Import")
            .WithSummary("Import sources, quantities, claims and relations in one transaction")
            .WithDescription("""
                Takes a document shaped like seed-claims.json (snake_case: published, window_days, as_of, attributed_to).
                All or nothing: every problem is reported at once under the path of the offending item (claims[3].quote).
                Items already stored as they are stay unchanged, so posting the same document twice changes nothing.
                """)
            .Validate<ImportDocument>();

    internal static async Task<Results<Ok<ImportResult>, ProblemHttpResult>> HandleAsync(
        ImportDocument document, Database db, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginWriteAsync(ct);
        var outcome = await Importer.ApplyAsync(connection, transaction, document, ct);
        if (outcome.Problems is { } problems)
            return Problems.Invalid(problems);

        transaction.Commit();
        return TypedResults.Ok(outcome.Result!);
    }
}
