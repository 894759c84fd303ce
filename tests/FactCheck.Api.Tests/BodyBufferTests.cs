using FactCheck.Api.Infrastructure;
using Microsoft.AspNetCore.Http.Features;

namespace FactCheck.Api.Tests;

public sealed class BodyBufferTests
{
    [Fact]
    public async Task Holds_every_byte_written_through_the_writer_and_the_stream_across_growth()
    {
        var expected = Enumerable.Range(0, 100_000).Select(i => (byte)(i * 7)).ToArray();
        using var buffer = new BodyBuffer();
        var feature = (IHttpResponseBodyFeature)buffer;

        // Odd-sized pieces, each asking for more room than the array has left, half through each door.
        var written = 0;
        for (var piece = 1; written < expected.Length; piece = piece * 3 % 5_003 + 1)
        {
            var chunk = expected.AsMemory(written, Math.Min(piece, expected.Length - written));
            if (piece % 2 == 0)
            {
                chunk.Span.CopyTo(feature.Writer.GetSpan(chunk.Length));
                feature.Writer.Advance(chunk.Length);
            }
            else
            {
                await feature.Stream.WriteAsync(chunk);
            }
            written += chunk.Length;
        }

        Assert.Equal(expected, buffer.Written.ToArray());
    }
}
