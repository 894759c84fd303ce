using FactCheck.Api.Infrastructure;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Import;

/// <summary>Import sources, quantities, claims and relations in one transaction</summary>
/// <remarks>Takes a document shaped like seed-claims.json (snake_case: published, window_days, as_of, attributed_to). All or nothing: every problem is reported at once under the path of the offending item (claims[3].quote). Items already stored as they are stay unchanged, so posting the same document twice changes nothing. </remarks>
internal sealed class ImportEndpoint(Database db) : Endpoint<ImportDocument, Results<Ok<ImportResult>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Post("/imports");
        Group<Writes>();
        RequestBinder(JsonBody<ImportDocument>.Binder);
        Description(b => b.WithName("ImportDocument").WithTags("Import"));
    }

    public override async Task<Results<Ok<ImportResult>, ProblemHttpResult>> ExecuteAsync(ImportDocument document, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var cache = await connection.LargeCacheAsync(ct);
        await using var transaction = await connection.BeginWriteAsync(ct);
        var outcome = await Importer.ApplyAsync(connection, transaction, document, ct);
        if (outcome.Problems is { } problems)
            return Problems.Invalid(problems);

        transaction.Commit();
        return TypedResults.Ok(outcome.Result!);
    }
}
