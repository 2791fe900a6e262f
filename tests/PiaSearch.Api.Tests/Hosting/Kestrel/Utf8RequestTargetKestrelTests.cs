using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PiaSearch.Api.Hosting.Kestrel;

namespace PiaSearch.Api.Tests.Hosting.Kestrel;

/// <summary>Real Kestrel on loopback: a raw UTF-8 request line, as curl sends it, reaches the endpoint decoded.</summary>
public sealed class Utf8RequestTargetKestrelTests : IAsyncLifetime
{
    private WebApplication? _app;
    private int _port;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.UseUtf8RequestTargets()));
        _app = builder.Build();
        _app.MapGet("/echo", (HttpRequest request) => Results.Text("[" + request.Query["q"] + "]"));
        _app.MapPost("/echo", async (HttpRequest request) => Results.Text("[" + await new StreamReader(request.Body).ReadToEndAsync() + "]"));
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _port = new Uri(address).Port;
    }

    private async Task<string> SendAsync(string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _port, TestContext.Current.CancellationToken);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(request), TestContext.Current.CancellationToken);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task RawUtf8Query_IsDecodedForTheEndpoint()
    {
        var response = await SendAsync("GET /echo?q=情報政策課 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 200", response, StringComparison.Ordinal);
        Assert.Contains("[情報政策課]", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeepAliveWithBody_SecondRequestIsAlsoDecoded()
    {
        const string body = "本文 GET /echo?q=壊す HTTP/1.1";
        var length = Encoding.UTF8.GetByteCount(body);
        var response = await SendAsync(
            $"POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: {length}\r\n\r\n{body}" +
            "GET /echo?q=委託先 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.Contains("[" + body + "]", response, StringComparison.Ordinal);
        Assert.Contains("[委託先]", response, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
