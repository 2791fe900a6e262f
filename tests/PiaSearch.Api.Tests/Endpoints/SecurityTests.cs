using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using PiaSearch.Api.Tests.Jobs;

namespace PiaSearch.Api.Tests.Endpoints;

public sealed class SecurityTests
{
    private const string Portal = "https://portal.example.lg.jp";

    private sealed class ConfiguredFactory(string? apiKey) : PiaApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Embed:AllowedOrigins:0", Portal);
            if (apiKey is not null)
            {
                builder.UseSetting("Admin:ApiKey", apiKey);
            }
        }
    }

    [Fact]
    public async Task Pages_CarryAContentSecurityPolicyWithoutInlineScript()
    {
        using var factory = new ConfiguredFactory(apiKey: null);
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task EmbedPage_MayBeFramedByTheConfiguredOriginsOnly()
    {
        using var factory = new ConfiguredFactory(apiKey: null);
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/embed", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains($"frame-ancestors 'self' {Portal}", csp, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("X-Frame-Options"));
    }

    [Theory]
    [InlineData(Portal, true)]
    [InlineData("https://evil.example", false)]
    public async Task Search_FromAnotherOrigin_IsAllowedOnlyForTheAllowList(string origin, bool allowed)
    {
        using var factory = new ConfiguredFactory(apiKey: null);
        var client = await factory.CreateReadyClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=" + Uri.EscapeDataString("委託"));
        request.Headers.Add("Origin", origin);

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) && values.Single() == origin);
    }

    [Fact]
    public async Task Admin_WithoutAConfiguredKey_IsDisabled()
    {
        using var factory = new ConfiguredFactory(apiKey: null);
        var client = await factory.CreateReadyClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/reindex");
        request.Headers.Add("X-Api-Key", "anything");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Admin_WithoutTheRightKey_IsUnauthorized(string? presented)
    {
        using var factory = new ConfiguredFactory(apiKey: "s3cret-admin-key");
        var client = await factory.CreateReadyClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/reindex");
        if (presented is not null)
        {
            request.Headers.Add("X-Api-Key", presented);
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        if (presented is null)
        {
            Assert.Contains("API キーが必要です / An API key is required", body, StringComparison.Ordinal);
        }
        else
        {
            // A key was sent: the answer says it is wrong (in both languages), not that one is needed.
            Assert.Contains("API キーが違います / The API key is wrong", body, StringComparison.Ordinal);
            Assert.DoesNotContain("is required", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Admin_Reindex_WithTheKey_RebuildsFromTheDocumentStoreNotTheCorpusFolder()
    {
        using var factory = new ConfiguredFactory(apiKey: "s3cret-admin-key");
        var client = await factory.CreateReadyClientAsync();
        // The corpus folder only seeds an empty store: a file put there later is not what a rebuild reads.
        await File.WriteAllTextAsync(
            Path.Combine(factory.CorpusFolder, "added.tsv"),
            "変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n令和6年度\tI-7-②所属長\t旧課長\t新課長 追加試験太郎\t事後\t\n",
            TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/reindex");
        request.Headers.Add("X-Api-Key", "s3cret-admin-key");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var job = await AdminJobPolling.WaitForJobAsync(client, response, "s3cret-admin-key");

        Assert.Equal("succeeded", job.GetProperty("state").GetString());
        var body = job.GetProperty("result").GetRawText();
        Assert.Contains("\"documents\":1", body, StringComparison.Ordinal);
        Assert.Contains("\"entries\":269", body, StringComparison.Ordinal);
        var search = await client.GetStringAsync(new Uri("/api/search?q=" + Uri.EscapeDataString("追加試験太郎"), UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("\"total\":0", search, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenSearchDescription_PointsAtTheSearchPage()
    {
        using var factory = new ConfiguredFactory(apiKey: null);
        var client = await factory.CreateReadyClientAsync();

        var xml = XDocument.Parse(await client.GetStringAsync(new Uri("/opensearch.xml", UriKind.Relative), TestContext.Current.CancellationToken));

        XNamespace os = "http://a9.com/-/spec/opensearch/1.1/";
        Assert.Equal("PiaSearch", xml.Root!.Element(os + "ShortName")!.Value);
        var template = xml.Root.Elements(os + "Url").Single(u => (string?)u.Attribute("type") == "text/html").Attribute("template")!.Value;
        Assert.EndsWith("/?q={searchTerms}", template, StringComparison.Ordinal);
    }
}
