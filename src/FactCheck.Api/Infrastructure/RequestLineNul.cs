using System.Buffers;
using System.Buffers.Text;
using System.IO.Pipelines;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.AspNetCore.Connections;

namespace FactCheck.Api.Infrastructure;

/// <summary>
/// Kestrel refuses a request whose path decodes to U+0000 ("%00") while it parses the request line,
/// before any of the API runs, with a bare 400 that no application code can shape. So that such a
/// path is answered like every other bad input, with problem details naming <c>path</c>, this
/// connection middleware follows HTTP/1.1 framing on the way in and, in the path of each request
/// line only, turns "%00" into "%01": Kestrel lets that through, and the path rule
/// (<see cref="NulCharacters"/>) refuses the control character. Bodies are never touched: they are
/// passed over by Content-Length or chunk sizes, and on anything it does not follow (HTTP/2, an
/// upgrade, a head Kestrel will refuse anyway) it stops looking for the rest of the connection.
/// </summary>
internal static class RequestLineNul
{
    /// <summary>Adds the rewrite to every endpoint Kestrel listens on.</summary>
    public static void UseRequestLineNulRewrite(this IWebHostBuilder host) =>
        host.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(listen => listen.Use(next => connection =>
        {
            connection.Transport = new Transport(connection.Transport);
            return next(connection);
        })));

    private sealed class Transport(IDuplexPipe inner) : IDuplexPipe
    {
        public PipeReader Input { get; } = new Reader(inner.Input);
        public PipeWriter Output => inner.Output;
    }

    /// <summary>The connection's input as Kestrel reads it, with "%00" in request-line paths made "%01".</summary>
    internal sealed class Reader(PipeReader inner) : PipeReader
    {
        private enum Part { StartLine, Headers, Body, ChunkSize, ChunkData, ChunkEnd, Trailers, NotFollowed }

        private Part _part = Part.StartLine;
        private ReadOnlySequence<byte> _buffer;
        private long _followed;     // bytes of the unconsumed input already read through
        private long _lineStart;    // where the line being read starts, in the unconsumed input
        private long _remaining;    // body or chunk bytes still to pass over
        private long _contentLength;
        private bool _chunked;

        public override async ValueTask<ReadResult> ReadAsync(CancellationToken cancellationToken = default)
        {
            var result = await inner.ReadAsync(cancellationToken);
            Follow(result.Buffer);
            return result;
        }

        public override bool TryRead(out ReadResult result)
        {
            if (!inner.TryRead(out result)) return false;
            Follow(result.Buffer);
            return true;
        }

        public override void AdvanceTo(SequencePosition consumed) => AdvanceTo(consumed, consumed);

        public override void AdvanceTo(SequencePosition consumed, SequencePosition examined)
        {
            if (_part != Part.NotFollowed)
            {
                var length = _buffer.Slice(_buffer.Start, consumed).Length;
                // Kestrel takes whole lines, but a chunk extension it may take in pieces: that line's start is gone.
                if (_part is not (Part.Body or Part.ChunkData) && length > _lineStart) _part = Part.NotFollowed;
                _followed -= length;
                _lineStart -= length;
            }
            _buffer = default;
            inner.AdvanceTo(consumed, examined);
        }

        public override void CancelPendingRead() => inner.CancelPendingRead();

        public override void Complete(Exception? exception = null) => inner.Complete(exception);

        public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);

        private void Follow(ReadOnlySequence<byte> buffer)
        {
            _buffer = buffer;
            while (_part != Part.NotFollowed && _followed < buffer.Length)
            {
                if (_part is Part.Body or Part.ChunkData)
                {
                    var passed = Math.Min(_remaining, buffer.Length - _followed);
                    _followed += passed;
                    _remaining -= passed;
                    if (_remaining > 0) return;
                    _part = _part == Part.Body ? Part.StartLine : Part.ChunkEnd;
                    _lineStart = _followed;
                    continue;
                }

                if (buffer.Slice(_followed).PositionOf((byte)'\n') is not { } end)
                {
                    _followed = buffer.Length;
                    return;
                }
                var lineEnd = buffer.Slice(0, end).Length;
                var line = buffer.Slice(_lineStart, lineEnd - _lineStart);
                _followed = _lineStart = lineEnd + 1;
                _part = Next(line);
            }
        }

        /// <summary>What follows a line of the given part; the line ends before its LF (its CR, if any, still in it).</summary>
        private Part Next(ReadOnlySequence<byte> line)
        {
            var text = line.IsSingleSegment ? line.FirstSpan : line.ToArray();
            if (text.EndsWith((byte)'\r')) text = text[..^1];
            switch (_part)
            {
                case Part.StartLine:
                    if (text.IsEmpty) return Part.StartLine;  // empty lines before a request line are allowed
                    return StartLine(line, text);
                case Part.Headers:
                    if (text.IsEmpty)
                        return _chunked ? Part.ChunkSize : (_remaining = _contentLength) > 0 ? Part.Body : Part.StartLine;
                    return Header(text);
                case Part.ChunkSize:
                    var size = text.IndexOfAny((byte)';', (byte)' ', (byte)'\t') is var cut and >= 0 ? text[..cut] : text;
                    if (!Utf8Parser.TryParse(size, out _remaining, out var read, 'x') || read != size.Length || _remaining < 0)
                        return Part.NotFollowed;
                    return _remaining == 0 ? Part.Trailers : Part.ChunkData;
                case Part.ChunkEnd:
                    return text.IsEmpty ? Part.ChunkSize : Part.NotFollowed;
                case Part.Trailers:
                    return text.IsEmpty ? Part.StartLine : Part.Trailers;
                default:
                    return Part.NotFollowed;
            }
        }

        private Part StartLine(ReadOnlySequence<byte> line, ReadOnlySpan<byte> text)
        {
            var targetStart = text.IndexOf((byte)' ') + 1;
            var targetLength = targetStart > 0 ? text[targetStart..].IndexOf((byte)' ') : -1;
            if (targetLength < 0) return Part.NotFollowed;
            var version = text[(targetStart + targetLength + 1)..];
            if (!version.SequenceEqual("HTTP/1.1"u8) && !version.SequenceEqual("HTTP/1.0"u8)) return Part.NotFollowed;
            if (text.StartsWith("CONNECT "u8)) return Part.NotFollowed;

            var target = text.Slice(targetStart, targetLength);
            var path = target.IndexOfAny((byte)'?', (byte)'#') is var query and >= 0 ? target[..query] : target;
            for (var at = path.IndexOf("%00"u8); at >= 0; at = path.IndexOf("%00"u8))
            {
                // The "%00" at targetStart + at: its last digit becomes 1, in the buffer Kestrel parses.
                var digit = line.Slice(targetStart + at + 2, 1).First;
                MemoryMarshal.AsMemory(digit).Span[0] = (byte)'1';
                path = path[(at + 3)..];
                targetStart += at + 3;
            }
            _contentLength = 0;
            _chunked = false;
            return Part.Headers;
        }

        private Part Header(ReadOnlySpan<byte> text)
        {
            var colon = text.IndexOf((byte)':');
            if (colon <= 0) return Part.NotFollowed;
            var name = text[..colon];
            var value = text[(colon + 1)..].Trim(" \t"u8);
            if (Ascii.EqualsIgnoreCase(name, "Content-Length"u8))
                return Utf8Parser.TryParse(value, out _contentLength, out var read) && read == value.Length && _contentLength >= 0
                    ? Part.Headers : Part.NotFollowed;
            if (Ascii.EqualsIgnoreCase(name, "Transfer-Encoding"u8))
            {
                // Kestrel reads a body as chunked when chunked is the last coding, and refuses any other.
                _chunked = value.Length >= 7 && Ascii.EqualsIgnoreCase(value[^7..], "chunked"u8);
                return _chunked ? Part.Headers : Part.NotFollowed;
            }
            // After an upgrade the bytes are another protocol's.
            if (Ascii.EqualsIgnoreCase(name, "Upgrade"u8)) return Part.NotFollowed;
            return Part.Headers;
        }
    }
}
