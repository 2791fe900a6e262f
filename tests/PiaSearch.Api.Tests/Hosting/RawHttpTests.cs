using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting;

namespace PiaSearch.Api.Tests.Hosting;

/// <summary>Requests written byte by byte to real Kestrel on loopback, as a hostile client would send them.</summary>
public sealed class RawHttpTests : IAsyncLifetime
{
    private const string Key = "raw-http-test-key";

    private readonly Factory _factory = new();
    private Uri? _address;

    private sealed class Factory : PiaApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Admin:ApiKey", Key);
            builder.UseSetting("Limits:MinRequestBodyBytesPerSecond", "240");
            builder.UseSetting("Limits:MinRequestBodyGracePeriod", "00:00:02");
        }
    }

    public async ValueTask InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        _address = _factory.ClientOptions.BaseAddress;
        using var client = new HttpClient { BaseAddress = _address };
        await _factory.WaitUntilHealthyAsync(client);
    }

    public ValueTask DisposeAsync()
    {
        _factory.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<TcpClient> ConnectAsync()
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, _address!.Port, TestContext.Current.CancellationToken);
        return tcp;
    }

    private static async Task<string> ReadAllAsync(NetworkStream stream, TimeSpan limit)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(limit);
        var received = new MemoryStream();
        var buffer = new byte[8192];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // What arrived before the connection was closed or the wait ended is the answer.
        }

        return Encoding.UTF8.GetString(received.ToArray());
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Post_SlowDripBody_Is408NotA500()
    {
        using var tcp = await ConnectAsync();
        var stream = tcp.GetStream();
        var head = $"POST /api/documents?id=drip HTTP/1.1\r\nHost: localhost\r\nX-Api-Key: {Key}\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), TestContext.Current.CancellationToken);
        var reading = ReadAllAsync(stream, TimeSpan.FromSeconds(20));
        for (var i = 0; i < 40 && !reading.IsCompleted; i++)
        {
            try
            {
                await stream.WriteAsync("x"u8.ToArray(), TestContext.Current.CancellationToken);
            }
            catch (IOException)
            {
                break;
            }

            await Task.Delay(250, TestContext.Current.CancellationToken);
        }

        var response = await reading;

        Assert.StartsWith("HTTP/1.1 408", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_RawUtf8InTheRequestLine_IsKestrelsPlain400()
    {
        using var tcp = await ConnectAsync();
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes("GET /api/search?q=情報政策課 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), TestContext.Current.CancellationToken);

        var response = await ReadAllAsync(stream, TimeSpan.FromSeconds(10));

        Assert.StartsWith("HTTP/1.1 400", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_PercentEncodedQuery_IsAnswered()
    {
        using var tcp = await ConnectAsync();
        var stream = tcp.GetStream();
        var target = "/api/search?q=" + Uri.EscapeDataString("情報政策課");
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), TestContext.Current.CancellationToken);

        var response = await ReadAllAsync(stream, TimeSpan.FromSeconds(10));

        Assert.StartsWith("HTTP/1.1 200", response, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1000, "HTTP/1.1 200")]
    [InlineData(1001, "HTTP/1.1 400")]
    public async Task Get_LongJapaneseQueryPercentEncoded_ReachesTheLengthCheck(int characters, string status)
    {
        using var tcp = await ConnectAsync();
        var stream = tcp.GetStream();
        var target = "/api/search?q=" + Uri.EscapeDataString(new string('委', characters));
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), TestContext.Current.CancellationToken);

        var response = await ReadAllAsync(stream, TimeSpan.FromSeconds(20));

        Assert.StartsWith(status, response, StringComparison.Ordinal);
    }
}
