using System.Buffers.Text;
using System.IO.Hashing;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace FactCheck.Api.Infrastructure;

/// <summary>
/// A representation's strong ETag: a hash of its JSON. GETs send it; an update or delete that
/// carries it in If-Match goes through only while the item still reads the same, so an edit based
/// on a stale copy gets 412 and changes nothing. The hash is XXH128: it tells representations apart
/// as surely as a cryptographic one for this purpose (nobody gains by forging a collision with their
/// own edit), at a small fraction of SHA-256's cost on every read.
/// </summary>
internal static class ETags
{
    public static string Of(ReadOnlySpan<byte> body)
    {
        Span<byte> hash = stackalloc byte[16];
        XxHash128.Hash(body, hash);
        return $"\"{Base64Url.EncodeToString(hash)}\"";
    }

    /// <summary>The ETag a GET of <paramref name="representation"/> carries: the hash of the very bytes it writes.</summary>
    public static string Of<T>(T representation, HttpContext context) =>
        Of(JsonSerializer.SerializeToUtf8Bytes(representation, context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions));

    /// <summary>412 when the request's If-Match names neither the current representation nor "*"; null when it may go on.</summary>
    public static ProblemHttpResult? Precondition<T>(HttpContext context, T current)
    {
        var ifMatch = context.Request.Headers.IfMatch;
        if (ifMatch.Count == 0) return null;
        var etag = Of(current, context);
        return Names(ifMatch, etag)
            ? null
            : TypedResults.Problem(
                title: "The item changed since it was read",
                detail: $"If-Match names a version that is no longer current (now {etag}). Read it again, reapply the change, and send the new ETag.",
                statusCode: StatusCodes.Status412PreconditionFailed);
    }

    /// <summary>Whether an If-Match or If-None-Match header names <paramref name="etag"/>, or "*".</summary>
    public static bool Names(StringValues header, string etag)
    {
        foreach (var value in header)
            foreach (var tag in (value ?? "").Split(',', StringSplitOptions.TrimEntries))
                if (tag == "*" || tag == etag) return true;
        return false;
    }
}
