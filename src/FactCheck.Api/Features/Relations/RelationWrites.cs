using System.Data.Common;
using FactCheck.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Relations;

/// <summary>Writes a relation from a request, answering 404 for unknown quantities and 409 for a duplicate.</summary>
internal static class RelationWrites
{
    internal sealed record Written(long Id, ProblemHttpResult? Problem = null);

    public static async Task<Written> WriteAsync(
        DbConnection connection, DbTransaction transaction, long? id, IRelationFields input, CancellationToken ct)
    {
        var terms = RelationTerms.Of(input);
        var unknown = await RelationStore.UnknownTermsAsync(connection, transaction, terms, ct);
        if (unknown.Count > 0)
            return new Written(0, Problems.UnknownReferences("quantity", unknown.Select(t => (t.Field, (object)t.Key))));

        var written = await RelationStore.WriteAsync(connection, transaction, id, input, terms, ct);
        return written is { } writtenId
            ? new Written(writtenId)
            : new Written(0, Problems.Conflict("Duplicate relation", "The same arithmetic between the same quantities is already declared."));
    }
}
