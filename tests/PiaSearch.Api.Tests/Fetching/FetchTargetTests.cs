using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PiaSearch.Api.Fetching;

namespace PiaSearch.Api.Tests.Fetching;

/// <summary>What a sourceUrl may reach (SSRF): public http(s) addresses only, on every redirect hop, within the time and size caps.</summary>
public sealed class FetchTargetTests
{
    private const string Log = "変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n令和6年度\tI-1\t前の記載\t後の記載\t事後\t\n";

    private static ChangeLogFetcher Fetcher(HttpMessageHandler handler, FetchOptions? options = null) =>
        new(new SingleClientFactory(handler), Options.Create(options ?? new FetchOptions { MaxRetries = 0 }), TimeProvider.System);

    private static FetchOptions Real(bool allowPrivate) => new()
    {
        MaxRetries = 0,
        AttemptTimeout = TimeSpan.FromSeconds(1),
        TotalTimeout = TimeSpan.FromSeconds(2),
        AllowPrivateNetworks = allowPrivate,
    };

    [Theory]
    [InlineData("http://127.0.0.1/changes.tsv")]
    [InlineData("http://2130706433/changes.tsv")]
    [InlineData("http://0x7f000001/changes.tsv")]
    [InlineData("http://0177.0.0.1/changes.tsv")]
    [InlineData("http://127.1/changes.tsv")]
    [InlineData("http://localhost:5080/changes.tsv")]
    [InlineData("http://api.localhost/changes.tsv")]
    [InlineData("http://10.1.2.3/changes.tsv")]
    [InlineData("http://172.16.0.1/changes.tsv")]
    [InlineData("http://192.168.1.1/changes.tsv")]
    [InlineData("http://100.64.0.1/changes.tsv")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://0.0.0.0/changes.tsv")]
    [InlineData("http://224.0.0.1/changes.tsv")]
    [InlineData("http://255.255.255.255/changes.tsv")]
    [InlineData("http://[::1]/changes.tsv")]
    [InlineData("http://[::]/changes.tsv")]
    [InlineData("http://[fd00::1]/changes.tsv")]
    [InlineData("http://[fe80::1]/changes.tsv")]
    [InlineData("http://[::ffff:127.0.0.1]/changes.tsv")]
    [InlineData("http://[::ffff:169.254.169.254]/changes.tsv")]
    [InlineData("http://[64:ff9b::a00:1]/changes.tsv")]
    [InlineData("http://[ff02::1]/changes.tsv")]
    public async Task Fetch_NonPublicTarget_IsRefusedWithoutARequest(string url)
    {
        var handler = new ScriptedHandler(ScriptedHandler.Status(HttpStatusCode.OK, Log));

        await Assert.ThrowsAsync<FetchFailedException>(() => Fetcher(handler).FetchAsync(new Uri(url), TestContext.Current.CancellationToken));

        Assert.Equal(0, handler.Calls);
    }

    [Theory]
    [InlineData("8.8.8.8", true)]
    [InlineData("203.0.114.1", true)]
    [InlineData("2a00:1450:4001:80b::200e", true)]
    [InlineData("100.63.255.255", true)]
    [InlineData("100.128.0.1", true)]
    [InlineData("172.32.0.1", true)]
    [InlineData("172.31.255.255", false)]
    [InlineData("fc00::1", false)]
    [InlineData("2002:7f00:1::1", false)]
    [InlineData("::127.0.0.1", false)]
    public void TargetAddressPolicy_ClassifiesAddresses(string address, bool expected)
    {
        Assert.Equal(expected, TargetAddressPolicy.IsPublic(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080/admin")]
    [InlineData("http://2130706433:5080/api/documents")]
    [InlineData("http://[::ffff:169.254.169.254]/latest/meta-data/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("gopher://city.example.lg.jp/x")]
    public async Task Fetch_RedirectToAForbiddenTarget_IsRefusedAtThatHop(string location)
    {
        var handler = new ScriptedHandler(ScriptedHandler.Redirect(location), ScriptedHandler.Status(HttpStatusCode.OK, Log));

        await Assert.ThrowsAsync<FetchFailedException>(() => Fetcher(handler).FetchAsync(new Uri("https://city.example.lg.jp/a.tsv"), TestContext.Current.CancellationToken));

        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task Fetch_RedirectToAPublicUrl_IsFollowed()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Redirect("/moved/b.tsv", HttpStatusCode.MovedPermanently), ScriptedHandler.Status(HttpStatusCode.OK, Log));

        await using var content = await Fetcher(handler).FetchAsync(new Uri("https://city.example.lg.jp/a.tsv"), TestContext.Current.CancellationToken);

        Assert.Equal(Log, await new StreamReader(content).ReadToEndAsync(TestContext.Current.CancellationToken));
        Assert.Equal(new Uri("https://city.example.lg.jp/moved/b.tsv"), handler.Requested[1]);
    }

    [Fact]
    public async Task Fetch_EndlessRedirects_StopAfterTheLimit()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Redirect("https://city.example.lg.jp/loop.tsv"));

        var error = await Assert.ThrowsAsync<FetchFailedException>(() => Fetcher(handler, new FetchOptions { MaxRetries = 0, MaxRedirects = 5 })
            .FetchAsync(new Uri("https://city.example.lg.jp/a.tsv"), TestContext.Current.CancellationToken));

        Assert.Equal(6, handler.Calls);
        Assert.Contains("redirect", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Fetch_OneHostsFailures_DoNotPauseOtherHosts()
    {
        var handler = new HostRouter(host => host == "down.example.org"
            ? new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = new StringContent(string.Empty) }
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Log) });
        var fetcher = Fetcher(handler, new FetchOptions { MaxRetries = 3, RetryDelay = TimeSpan.FromMilliseconds(10), BreakDuration = TimeSpan.FromMinutes(1) });
        await Assert.ThrowsAsync<FetchFailedException>(() => fetcher.FetchAsync(new Uri("https://down.example.org/a.tsv"), TestContext.Current.CancellationToken));
        var paused = await Assert.ThrowsAsync<FetchFailedException>(() => fetcher.FetchAsync(new Uri("https://down.example.org/a.tsv"), TestContext.Current.CancellationToken));

        await using var content = await fetcher.FetchAsync(new Uri("https://up.example.org/a.tsv"), TestContext.Current.CancellationToken);

        Assert.Contains("paused", paused.Message, StringComparison.Ordinal);
        Assert.Equal(Log, await new StreamReader(content).ReadToEndAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    public async Task GuardedHandler_NameOrAddressOnLoopback_IsRefusedBeforeConnecting(string host)
    {
        await using var server = new LoopbackServer(LoopbackServer.Http("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n", "ok", TimeSpan.Zero));
        using var client = new HttpClient(GuardedHttpHandler.Create(allowPrivateNetworks: false));

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri($"http://{host}:{server.Port}/"), TestContext.Current.CancellationToken));

        Assert.IsType<BlockedTargetException>(error.InnerException);
        Assert.Equal(0, server.Accepted);
    }

    [Fact]
    public async Task GuardedHandler_WhenPrivateNetworksAreAllowed_ReachesLoopback()
    {
        await using var server = new LoopbackServer(LoopbackServer.Http("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n", "ok", TimeSpan.Zero));
        using var client = new HttpClient(GuardedHttpHandler.Create(allowPrivateNetworks: true));

        var body = await client.GetStringAsync(new Uri($"http://127.0.0.1:{server.Port}/"), TestContext.Current.CancellationToken);

        Assert.Equal("ok", body);
    }

    [Fact]
    public async Task Fetch_ClosedPortAndNonHttpPort_FailWithTheSameMessage()
    {
        int closedPort;
        await using (var closed = new LoopbackServer((_, _) => Task.CompletedTask))
        {
            closedPort = closed.Port;
        }

        await using var ssh = new LoopbackServer(async (stream, token) => await stream.WriteAsync("SSH-2.0-OpenSSH_9.6\r\n"u8.ToArray(), token));
        using var handler = GuardedHttpHandler.Create(allowPrivateNetworks: true);
        var fetcher = Fetcher(handler, Real(allowPrivate: true));

        var toClosed = await Assert.ThrowsAsync<FetchFailedException>(() => fetcher.FetchAsync(new Uri($"http://127.0.0.1:{closedPort}/a.tsv"), TestContext.Current.CancellationToken));
        var toSsh = await Assert.ThrowsAsync<FetchFailedException>(() => fetcher.FetchAsync(new Uri($"http://127.0.0.1:{ssh.Port}/a.tsv"), TestContext.Current.CancellationToken));

        Assert.Equal(toClosed.Message, toSsh.Message);
        Assert.DoesNotContain(closedPort.ToString(System.Globalization.CultureInfo.InvariantCulture), toClosed.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Fetch_BodyDrippingPastTheTimeout_IsCutOffInTime()
    {
        await using var server = new LoopbackServer(LoopbackServer.Http("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n", new string('x', 100_000), TimeSpan.FromMilliseconds(50)));
        using var handler = GuardedHttpHandler.Create(allowPrivateNetworks: true);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(10));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAsync<FetchFailedException>(() => Fetcher(handler, Real(allowPrivate: true)).FetchAsync(new Uri($"http://127.0.0.1:{server.Port}/a.tsv"), limit.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    private sealed class Factory(HttpMessageHandler handler) : PiaApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Admin:ApiKey", "fetch-test-key");
            builder.ConfigureTestServices(services =>
                services.AddHttpClient(ChangeLogFetcher.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => handler));
        }
    }

    [Fact]
    public async Task Post_SourceUrlWithCredentials_NeitherStoresNorShowsThem()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Status(HttpStatusCode.OK, Log));
        using var factory = new Factory(handler);
        var client = await factory.CreateReadyClientAsync();
        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/documents")
        {
            Content = JsonContent.Create(new { sourceUrl = "https://clerk:hunter2@city.example.lg.jp/logs/creds.tsv" }),
        };
        post.Headers.Add("X-Api-Key", "fetch-test-key");

        using var response = await client.SendAsync(post, TestContext.Current.CancellationToken);
        var shown = await client.GetStringAsync(new Uri("/api/documents/creds", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.DoesNotContain("hunter2", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", shown, StringComparison.Ordinal);
        Assert.Contains("https://city.example.lg.jp/logs/creds.tsv", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SourceUrlOnLoopbackInDecimal_IsRefusedWithoutARequest()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Status(HttpStatusCode.OK, Log));
        using var factory = new Factory(handler);
        var client = await factory.CreateReadyClientAsync();
        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/documents")
        {
            Content = JsonContent.Create(new { sourceUrl = "http://2130706433:5080/api/documents", id = "loop" }),
        };
        post.Headers.Add("X-Api-Key", "fetch-test-key");

        using var response = await client.SendAsync(post, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("sourceUrl", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(0, handler.Calls);
    }

    /// <summary>Answers by host name, as several servers would.</summary>
    private sealed class HostRouter(Func<string, HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answer(request.RequestUri!.Host));
    }
}
