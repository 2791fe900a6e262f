using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;

namespace PiaSearch.Api.Tests.Hosting;

public sealed class ProtectionAndMetricsTests
{
    private sealed class Factory(int burst) : PiaApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Limits:SearchBurst", burst.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Limits:SearchPermitsPerSecond", "1");
            builder.UseSetting("Limits:MaxRequestBodyBytes", "4096");
            builder.UseSetting("Admin:ApiKey", "metrics-test-key");
            foreach (var (key, value) in ExtraSettings)
            {
                builder.UseSetting(key, value);
            }
        }

        public Dictionary<string, string> ExtraSettings { get; } = [];
    }

    [Fact]
    public async Task Search_BeyondTheClientsBurst_Is429WithRetryAfter()
    {
        using var factory = new Factory(burst: 3);
        var client = await factory.CreateReadyClientAsync();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 6; i++)
        {
            var response = await client.GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString("委託"), UriKind.Relative), TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited ??= response;
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], statuses.Take(3));
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.True(int.Parse(limited!.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Metrics_AfterSearchesAndAnIngest_AreExposedInPrometheusText()
    {
        using var factory = new Factory(burst: 100);
        var client = await factory.CreateReadyClientAsync();
        (await client.GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString("委託"), UriKind.Relative), TestContext.Current.CancellationToken)).Dispose();
        (await client.GetAsync(new Uri("/api/search?q=", UriKind.Relative), TestContext.Current.CancellationToken)).Dispose();

        var text = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("pia_search_queries_total", text, StringComparison.Ordinal);
        Assert.Contains("outcome=\"ok\"", text, StringComparison.Ordinal);
        Assert.Contains("outcome=\"invalid\"", text, StringComparison.Ordinal);
        Assert.Contains("pia_search_duration_seconds", text, StringComparison.Ordinal);
        Assert.Contains("pia_ingest_rows_total", text, StringComparison.Ordinal);
        Assert.Contains("pia_index_rows", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryResponse_CarriesARequestId()
    {
        using var factory = new Factory(burst: 100);
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/search?q=x", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.False(string.IsNullOrWhiteSpace(response.Headers.GetValues("X-Request-Id").Single()));
    }

    [Fact]
    public async Task Upload_OverTheCap_Is413AndChangesNothing()
    {
        using var factory = new Factory(burst: 100) { ExtraSettings = { ["Fetch:MaxBytes"] = "8192" } };
        factory.UseKestrel(0);
        factory.StartServer();
        using var client = new HttpClient { BaseAddress = factory.ClientOptions.BaseAddress };
        await factory.WaitUntilHealthyAsync(client);
        var log = "変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n" + string.Concat(Enumerable.Repeat("令和6年度\tI-1\t前\t後\t事後\t\n", 2000));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents?id=toolarge") { Content = new StringContent(log, Encoding.UTF8, "text/plain") };
        request.Headers.Add("X-Api-Key", "metrics-test-key");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        using var get = await client.GetAsync(new Uri("/api/documents/toolarge", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }
}
