using FactCheck.Api.Infrastructure;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Sources.GetSource;

/// <summary>Read one source, with its text</summary>
/// <remarks>Returns the source, its full text when kept, and how many claims are recorded from it.</remarks>
internal sealed class GetSourceEndpoint(Database db) : EndpointWithoutRequest<Results<Ok<SourceResponse>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("/sources/{id:long}");
        Group<Reads>();
        Description(b => b.WithName("GetSource").WithTags("Sources").ProducesProblem(StatusCodes.Status404NotFound));
    }

    public override async Task<Results<Ok<SourceResponse>, ProblemHttpResult>> ExecuteAsync(CancellationToken ct)
    {
        var id = Route<long>("id");
        await using var connection = await db.OpenReadAsync(ct);
        var source = await SourceQueries.FindAsync(connection, id, ct);
        return source is null ? Problems.NotFound("source", id) : TypedResults.Ok(source);
    }
}
