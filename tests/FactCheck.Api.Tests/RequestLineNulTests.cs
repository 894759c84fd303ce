using System.Buffers;
using System.IO.Pipelines;
using System.Net.Sockets;
using System.Text;
using FactCheck.Api.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Api.Tests;

/// <summary>
/// A "%00" in a path reaches the API as a problem naming <c>path</c>, not as Kestrel's bare 400
/// (<see cref="RequestLineNul"/>): the connection's bytes as Kestrel reads them, and a real server.
/// </summary>
public sealed class RequestLineNulTests
{
    private static readonly string[] PathParts = ["claims", "1", "%00", "a%00b", "%2500", "%%00", "%000", "%0", "0%00%00", "x%0A"];

    /// <summary>What bodies, headers and trailers may hold: none of it is a request line, however much it looks like one.</summary>
    private static readonly string[] Noise =
        ["%00", "GET /claims/1%00 HTTP/1.1\r\n", "\r\n", "0\r\n\r\n", """{"note":"50%00"}""", "Content-Length: 5\r\n", "\u00e9", "\n", "text"];

    [Fact]
    public async Task Only_request_line_paths_lose_their_nul_whatever_bodies_hold_and_however_the_bytes_arrive()
    {
        for (var seed = 0; seed < 1_000; seed++)
        {
            var random = new Random(seed);
            var (sent, expected) = Conversation(random);
            var read = await ThroughReaderAsync(sent, random);
            Assert.True(expected.AsSpan().SequenceEqual(read), $"seed {seed}:\n{Encoding.Latin1.GetString(sent)}\nread as\n{Encoding.Latin1.GetString(read)}");
        }
    }

    [Theory]
    [InlineData("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\nGET /a%00 HTTP/1.1\r\n\r\n")]
    [InlineData("GET /a HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\nGET /a%00 HTTP/1.1\r\n\r\n")]
    [InlineData("GET /a HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\nGET /a%00 HTTP/1.1\r\n\r\n")]
    [InlineData("GET /a HTTP/1.1\r\nContent-Length: -1\r\n\r\nGET /a%00 HTTP/1.1\r\n\r\n")]
    [InlineData("CONNECT a:443 HTTP/1.1\r\n\r\nGET /a%00 HTTP/1.1\r\n\r\n")]
    public async Task Bytes_after_what_it_does_not_follow_pass_untouched(string conversation)
    {
        var sent = Encoding.Latin1.GetBytes(conversation);
        Assert.Equal(sent, await ThroughReaderAsync(sent, new Random(1)));
    }

    [Fact]
    public async Task A_real_server_answers_a_nul_in_a_path_with_a_problem_naming_the_path_and_keeps_bodies_as_sent()
    {
        using var api = new ApiFactory(seed: true);
        api.UseKestrel(0);
        api.StartServer();
        var address = new Uri(api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var key = api.CreateKey("raw-socket");
        const string Body = """{"publisher":"Desk %00","title":"GET /claims/1%00 HTTP/1.1","publishedAt":"2025-09-12"}""";

        // Three requests in one write on one connection: a chunked write whose text holds "%00" and a
        // request line, the path with a NUL, and a read of what the first one stored.
        var conversation =
            $"POST /sources HTTP/1.1\r\nHost: a\r\nX-Api-Key: {key}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" +
            $"{20:x}\r\n{Body[..20]}\r\n{Body.Length - 20:x}\r\n{Body[20..]}\r\n0\r\n\r\n" +
            "GET /claims/1%00 HTTP/1.1\r\nHost: a\r\n\r\n" +
            "GET /sources?publisher=Desk%20%2500 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n";
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(conversation));
        var answers = await new StreamReader(stream, Encoding.UTF8).ReadToEndAsync();

        var parts = answers.Split("HTTP/1.1 ", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, parts.Length);
        Assert.StartsWith("201", parts[0], StringComparison.Ordinal);
        Assert.StartsWith("400", parts[1], StringComparison.Ordinal);
        Assert.Contains("Content-Type: application/problem+json", parts[1], StringComparison.Ordinal);
        Assert.Contains("""
            "errors":{"path":["Must not contain control characters, such as the NUL character (%00)."]}
            """, parts[1], StringComparison.Ordinal);
        Assert.StartsWith("200", parts[2], StringComparison.Ordinal);
        Assert.Contains("""
            "publisher":"Desk %00","title":"GET /claims/1%00 HTTP/1.1"
            """, parts[2], StringComparison.Ordinal);
    }

    /// <summary>A few HTTP/1.1 requests, with no body, a Content-Length body or a chunked one, and the same bytes as the reader should hand them on.</summary>
    private static (byte[] Sent, byte[] Expected) Conversation(Random random)
    {
        var sent = new MemoryStream();
        var expected = new MemoryStream();
        void Both(string text)
        {
            sent.Write(Encoding.Latin1.GetBytes(text));
            expected.Write(Encoding.Latin1.GetBytes(text));
        }

        for (var request = random.Next(1, 6); request > 0; request--)
        {
            if (random.Next(4) == 0) Both("\r\n");
            var method = Pick(random, ["GET", "POST", "PUT", "DELETE"]);
            var path = string.Concat(Enumerable.Range(0, random.Next(1, 5)).Select(_ => "/" + Pick(random, PathParts)));
            var query = random.Next(2) == 0 ? "" : "?q=" + Pick(random, PathParts);
            sent.Write(Encoding.Latin1.GetBytes($"{method} {path}{query} HTTP/1.1\r\n"));
            expected.Write(Encoding.Latin1.GetBytes($"{method} {path.Replace("%00", "%01", StringComparison.Ordinal)}{query} HTTP/1.1\r\n"));
            Both("Host: localhost\r\n");
            if (random.Next(2) == 0) Both($"X-Note: {Pick(random, Noise).TrimEnd('\r', '\n')}\r\n");

            var body = string.Concat(Enumerable.Range(0, random.Next(0, 6)).Select(_ => Pick(random, Noise)));
            switch (random.Next(3))
            {
                case 0:
                    Both("\r\n");
                    break;
                case 1:
                    Both($"{Pick(random, ["Content-Length", "content-length"])}: {body.Length}\r\n\r\n{body}");
                    break;
                default:
                    Both($"Transfer-Encoding: {Pick(random, ["chunked", "gzip, chunked", "Chunked"])}\r\n\r\n");
                    for (var rest = body; rest.Length > 0;)
                    {
                        var size = random.Next(1, rest.Length + 1);
                        Both($"{size:x}{(random.Next(3) == 0 ? ";name=value" : "")}\r\n{rest[..size]}\r\n");
                        rest = rest[size..];
                    }
                    Both(random.Next(2) == 0 ? "0\r\n\r\n" : "0\r\nX-Trailer: GET /t%00 HTTP/1.1\r\n\r\n");
                    break;
            }
        }
        return (sent.ToArray(), expected.ToArray());
    }

    /// <summary>
    /// The bytes as a reader like Kestrel's takes them: they arrive in pieces of random size, and after
    /// each the reader takes nothing or everything up to one of the line ends it holds (Kestrel takes
    /// request lines and headers whole, bodies in any amount).
    /// </summary>
    private static async Task<byte[]> ThroughReaderAsync(byte[] sent, Random random)
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 0));
        var reader = new RequestLineNul.Reader(pipe.Reader);
        var taken = new MemoryStream();
        for (var at = 0; ; )
        {
            var piece = Math.Min(random.Next(1, 48), sent.Length - at);
            if (piece > 0) await pipe.Writer.WriteAsync(sent.AsMemory(at, piece));
            else await pipe.Writer.CompleteAsync();
            at += piece;

            var result = await reader.ReadAsync();
            var buffer = result.Buffer.ToArray();
            var lineEnds = Enumerable.Range(0, buffer.Length).Where(i => buffer[i] == '\n').ToList();
            var take = result.IsCompleted ? buffer.Length : random.Next(lineEnds.Count + 1) is var k and > 0 ? lineEnds[k - 1] + 1 : 0;
            taken.Write(buffer.AsSpan(0, take));
            reader.AdvanceTo(result.Buffer.GetPosition(take), result.Buffer.End);
            if (result.IsCompleted) return taken.ToArray();
        }
    }

    private static string Pick(Random random, string[] choices) => choices[random.Next(choices.Length)];
}
