using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace PiaSearch.Api.Tests.Hosting;

/// <summary>What every caller meets at the edge: headers on every answer, rate limits, key throttling, hidden paths, ids, a full disk.</summary>
public sealed class EdgeProtectionTests
{
    private const string Key = "edge-test-key";

    private sealed class Factory(Dictionary<string, string>? settings = null) : PiaApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Admin:ApiKey", Key);
            foreach (var (key, value) in settings ?? [])
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new FailingRoutes()));
        }
    }

    /// <summary>Routes after the app's own pipeline that throw, so its exception handling can be seen from outside.</summary>
    private sealed class FailingRoutes : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/test-fail/boom", a => a.Run(_ => throw new InvalidOperationException("a bug")));
            app.Map("/test-fail/disk-full", a => a.Run(_ => throw new IOException("No space left on device : '/data/index/_3.cfs'", 28)));
            app.Map("/test-fail/disk-full-windows", a => a.Run(_ =>
                throw new InvalidOperationException("commit failed", new IOException("There is not enough space on the disk.", unchecked((int)0x80070070)))));
        };
    }

    private static HttpRequestMessage WithKey(HttpMethod method, string url, string key = Key)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add("X-Api-Key", key);
        return request;
    }

    [Theory]
    [InlineData("GET", "/api/no-such-route", 404)]
    [InlineData("GET", "/api/search?q=", 400)]
    [InlineData("GET", "/test-fail/boom", 500)]
    [InlineData("GET", "/test-fail/disk-full", 507)]
    [InlineData("POST", "/api/admin/reindex", 401)]
    public async Task Response_OfAnyStatus_CarriesSecurityHeadersAndARequestId(string method, string url, int status)
    {
        using var factory = new Factory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url), TestContext.Current.CancellationToken);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.False(string.IsNullOrWhiteSpace(response.Headers.GetValues("X-Request-Id").Single()));
    }

    [Theory]
    [InlineData("/test-fail/disk-full")]
    [InlineData("/test-fail/disk-full-windows")]
    public async Task Request_WhenTheDiskIsFull_Is507ProblemWithAMessage(string url)
    {
        using var factory = new Factory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InsufficientStorage, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("ディスク", body, StringComparison.Ordinal);
        Assert.Contains("disk", body, StringComparison.Ordinal);
        Assert.DoesNotContain("/data/index", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/entities?q=RKKCS")]
    [InlineData("/api/documents")]
    [InlineData("/api/ask?q=%E6%89%80%E5%B1%9E%E9%95%B7%E3%81%AE%E5%A4%89%E9%81%B7")]
    [InlineData("/api/suggest?q=%E6%83%85%E5%A0%B1")]
    [InlineData("/api/filters")]
    public async Task PublicEndpoint_BeyondTheClientsBurst_Is429ProblemWithRetryAfter(string url)
    {
        using var factory = new Factory(new() { ["Limits:ApiBurst"] = "3", ["Limits:ApiPermitsPerSecond"] = "1" });
        var client = await factory.CreateReadyClientAsync();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 6; i++)
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
            limited ??= response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.All(statuses.Take(3), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.NotNull(limited);
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture) >= 1);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", limited.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task AdminKey_GuessedRepeatedly_Is429WithRetryAfterAndThenEvenTheRightKeyWaits()
    {
        using var factory = new Factory(new() { ["Limits:FailedKeyAttempts"] = "3", ["Limits:FailedKeyWindow"] = "00:05:00" });
        var client = await factory.CreateReadyClientAsync();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 5; i++)
        {
            var response = await client.SendAsync(WithKey(HttpMethod.Delete, "/api/documents/nothing", "guess-" + i), TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
            limited ??= response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        using var right = await client.SendAsync(WithKey(HttpMethod.Delete, "/api/documents/nothing"), TestContext.Current.CancellationToken);

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], statuses.Take(3));
        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses.Skip(3));
        Assert.True(int.Parse(limited!.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture) >= 1);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
    }

    [Fact]
    public async Task AdminKey_RightKeyAfterAFewMistakes_IsStillAccepted()
    {
        using var factory = new Factory(new() { ["Limits:FailedKeyAttempts"] = "3" });
        var client = await factory.CreateReadyClientAsync();
        (await client.SendAsync(WithKey(HttpMethod.Delete, "/api/documents/nothing", "typo"), TestContext.Current.CancellationToken)).Dispose();

        using var right = await client.SendAsync(WithKey(HttpMethod.Delete, "/api/documents/nothing"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, right.StatusCode);
    }

    [Fact]
    public async Task Documents_ListedAnonymously_ShowNoServerPath()
    {
        using var factory = new Factory();
        var client = await factory.CreateReadyClientAsync();

        var list = await client.GetStringAsync(new Uri("/api/documents", UriKind.Relative), TestContext.Current.CancellationToken);
        var one = await client.GetStringAsync(new Uri("/api/documents/meguro-juki-changes", UriKind.Relative), TestContext.Current.CancellationToken);

        foreach (var body in new[] { list, one })
        {
            Assert.DoesNotContain(factory.Root, body, StringComparison.Ordinal);
            Assert.DoesNotContain(JsonEncodedText.Encode(factory.Root).ToString(), body, StringComparison.Ordinal);
            Assert.Contains("meguro-juki-changes.tsv", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Documents_ListedWithTheAdminKey_ShowTheServerPath()
    {
        using var factory = new Factory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.SendAsync(WithKey(HttpMethod.Get, "/api/documents/meguro-juki-changes"), TestContext.Current.CancellationToken);

        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains(JsonEncodedText.Encode(factory.CorpusFolder).ToString(), body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u0430dmin")] // Cyrillic а before Latin "dmin"
    [InlineData("pay\u03bfff")] // Greek ο inside Latin
    [InlineData("ｍeguro")] // full-width Latin
    [InlineData("log１")] // full-width digit
    public async Task DocumentId_MixingScriptsOrLookalikes_Is400Problem(string id)
    {
        using var factory = new Factory();
        var client = await factory.CreateReadyClientAsync();
        var upload = WithKey(HttpMethod.Post, "/api/documents?id=" + Uri.EscapeDataString(id));
        upload.Content = new StringContent("変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n令和6年度\tI-1\t前\t後\t事後\t\n", Encoding.UTF8, "text/plain");

        using var posted = await client.SendAsync(upload, TestContext.Current.CancellationToken);
        using var got = await client.GetAsync(new Uri("/api/documents/" + Uri.EscapeDataString(id), UriKind.Relative), TestContext.Current.CancellationToken);
        using var deleted = await client.SendAsync(WithKey(HttpMethod.Delete, "/api/documents/" + Uri.EscapeDataString(id)), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, got.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, deleted.StatusCode);
        Assert.Equal("application/problem+json", got.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("meguro-2024_v2")]
    [InlineData("目黒区-住基ネット_2")]
    [InlineData("москва-2024")]
    public async Task DocumentId_OneScriptWithAsciiDigitsAndDashes_IsAccepted(string id)
    {
        using var factory = new Factory();
        var client = await factory.CreateReadyClientAsync();
        var upload = WithKey(HttpMethod.Post, "/api/documents?id=" + Uri.EscapeDataString(id));
        upload.Content = new StringContent("変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n令和6年度\tI-1\t前の記載\t後の記載\t事後\t\n", Encoding.UTF8, "text/plain");

        using var posted = await client.SendAsync(upload, TestContext.Current.CancellationToken);
        using var got = await client.GetAsync(new Uri("/api/documents/" + Uri.EscapeDataString(id), UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, got.StatusCode);
    }

    [Theory]
    [InlineData("--b1\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.tsv\"\r\n\r\nabc")]
    [InlineData("garbage")]
    public async Task Post_TruncatedOrGarbledMultipart_Is400Problem(string body)
    {
        using var factory = new Factory();
        var client = await factory.CreateReadyClientAsync();
        var upload = WithKey(HttpMethod.Post, "/api/documents");
        upload.Content = new StringContent(body, Encoding.UTF8);
        upload.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b1");

        using var response = await client.SendAsync(upload, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
