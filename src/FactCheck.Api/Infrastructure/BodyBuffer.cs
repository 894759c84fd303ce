using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;

namespace FactCheck.Api.Infrastructure;

/// <summary>
/// Holds a response body in one pooled array until the whole of it is known, so headers that
/// depend on it (the ETag, the length) can still be set. It stands in for the server's body:
/// JSON results write straight into it through <see cref="PipeWriter"/>, without the stream and
/// copying pipe that swapping <see cref="HttpResponse.Body"/> for a MemoryStream costs.
/// </summary>
internal sealed class BodyBuffer : PipeWriter, IHttpResponseBodyFeature, IDisposable
{
    private byte[] _array = ArrayPool<byte>.Shared.Rent(4096);
    private int _length;
    private int _flushed;
    private Stream? _stream;

    public ReadOnlyMemory<byte> Written => _array.AsMemory(0, _length);

    public override void Advance(int bytes) => _length += bytes;

    public override Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _array.AsMemory(_length);
    }

    public override Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _array.AsSpan(_length);
    }

    // Nothing leaves until the response is complete, so a flush only marks what has been written.
    public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
    {
        _flushed = _length;
        return ValueTask.FromResult(default(FlushResult));
    }

    // The JSON serializer asks, to decide when to flush.
    public override bool CanGetUnflushedBytes => true;

    public override long UnflushedBytes => _length - _flushed;

    public override void CancelPendingFlush() { }

    public override void Complete(Exception? exception = null) { }

    Stream IHttpResponseBodyFeature.Stream => _stream ??= AsStream(leaveOpen: true);

    PipeWriter IHttpResponseBodyFeature.Writer => this;

    void IHttpResponseBodyFeature.DisableBuffering() { }

    Task IHttpResponseBodyFeature.StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    Task IHttpResponseBodyFeature.SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken) =>
        SendFileFallback.SendFileAsync(((IHttpResponseBodyFeature)this).Stream, path, offset, count, cancellationToken);

    Task IHttpResponseBodyFeature.CompleteAsync() => Task.CompletedTask;

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_array);
        _array = [];
        _length = 0;
    }

    /// <summary>Makes room for at least <paramref name="sizeHint"/> more bytes (one when 0), in a larger array if need be.</summary>
    private void Reserve(int sizeHint)
    {
        var needed = _length + Math.Max(sizeHint, 1);
        if (needed > _array.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, 2 * _array.Length));
            _array.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_array);
            _array = larger;
        }
    }
}
