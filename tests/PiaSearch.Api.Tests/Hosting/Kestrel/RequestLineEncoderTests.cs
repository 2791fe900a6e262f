using System.Buffers;
using System.Text;
using PiaSearch.Api.Hosting.Kestrel;

namespace PiaSearch.Api.Tests.Hosting.Kestrel;

public sealed class RequestLineEncoderTests
{
    private static string Run(string input, int chunk = int.MaxValue)
    {
        var encoder = new RequestLineEncoder();
        var output = new ArrayBufferWriter<byte>();
        var bytes = Encoding.UTF8.GetBytes(input);
        for (var i = 0; i < bytes.Length; i += chunk)
        {
            encoder.Transform(bytes.AsSpan(i, Math.Min(chunk, bytes.Length - i)), output);
        }

        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(1)]
    [InlineData(3)]
    public void Transform_RawUtf8InTarget_IsPercentEncoded(int chunk)
    {
        var output = Run("GET /api/search?q=情報課 HTTP/1.1\r\nHost: x\r\n\r\n", chunk);

        Assert.Equal("GET /api/search?q=%E6%83%85%E5%A0%B1%E8%AA%B2 HTTP/1.1\r\nHost: x\r\n\r\n", output);
    }

    [Fact]
    public void Transform_SpaceInsideTarget_IsPercentEncoded() =>
        Assert.Equal("GET /s?q=a%20b HTTP/1.1\r\n\r\n", Run("GET /s?q=a b HTTP/1.1\r\n\r\n"));

    [Fact]
    public void Transform_AsciiRequest_IsUnchanged()
    {
        const string request = "GET /api/search?q=%E6%83%85 HTTP/1.1\r\nHost: localhost\r\n\r\n";

        Assert.Equal(request, Run(request));
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(1)]
    [InlineData(7)]
    public void Transform_BodyWithContentLength_IsNotTouchedAndTheNextRequestIs(int chunk)
    {
        const string body = "変更日\tGET /x?q=課 HTTP/1.1";
        var length = Encoding.UTF8.GetByteCount(body);
        var input = $"POST /api/documents HTTP/1.1\r\nContent-Length: {length}\r\n\r\n{body}GET /s?q=課 HTTP/1.1\r\n\r\n";

        var output = Run(input, chunk);

        Assert.Equal($"POST /api/documents HTTP/1.1\r\nContent-Length: {length}\r\n\r\n{body}GET /s?q=%E8%AA%B2 HTTP/1.1\r\n\r\n", output);
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(1)]
    public void Transform_ChunkedBody_IsNotTouchedAndTheNextRequestIs(int chunk)
    {
        var part = "課長 HTTP/1.1";
        var size = Encoding.UTF8.GetByteCount(part).ToString("X", System.Globalization.CultureInfo.InvariantCulture);
        var input = $"POST /u HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n{size};ext=1\r\n{part}\r\n0\r\nX-Trailer: 課\r\n\r\nGET /s?q=課 HTTP/1.1\r\n\r\n";

        var output = Run(input, chunk);

        Assert.EndsWith("GET /s?q=%E8%AA%B2 HTTP/1.1\r\n\r\n", output, StringComparison.Ordinal);
        Assert.Contains($"{part}\r\n0\r\nX-Trailer: 課\r\n\r\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Transform_TlsHandshake_PassesThrough()
    {
        var encoder = new RequestLineEncoder();
        var output = new ArrayBufferWriter<byte>();
        byte[] hello = [0x16, 0x03, 0x01, 0xE6, 0x83, 0x85];

        encoder.Transform(hello, output);

        Assert.Equal(hello, output.WrittenSpan.ToArray());
        Assert.True(encoder.IsPassThrough);
    }

    [Fact]
    public void Transform_Http2Preface_PassesThrough()
    {
        const string preface = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n課";

        Assert.Equal(preface, Run(preface));
    }

    [Fact]
    public void Transform_UpgradedConnection_PassesThroughAfterTheHeaders()
    {
        const string input = "GET /ws HTTP/1.1\r\nUpgrade: websocket\r\n\r\nGET /x?課 HTTP/1.1\r\n";

        Assert.Equal(input, Run(input));
    }
}
