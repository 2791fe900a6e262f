using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Bogus;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PiaSearch.Api.Contracts;
using PiaSearch.Api.Fetching;
using PiaSearch.Api.Tests.Fetching;
using PiaSearch.Search.Catalog;
using PiaSearch.Contracts.Searching;

namespace PiaSearch.Api.Tests.Endpoints;

public sealed class DocumentsApiTests
{
    private const string Key = "documents-test-key";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed class Factory(HttpMessageHandler? fetchHandler = null) : PiaApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Admin:ApiKey", Key);
            if (fetchHandler is not null)
            {
                builder.ConfigureTestServices(services =>
                    services.AddHttpClient(ChangeLogFetcher.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => fetchHandler));
            }
        }
    }

    private static (string Content, string Contractor) FictionalLog(int seed, int rows)
    {
        var faker = new Faker("ja") { Random = new Randomizer(seed) };
        var contractor = "株式会社" + faker.Random.String2(5, "アイウエオカキクケコサシスセソタチツテト");
        var text = new StringBuilder("変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n");
        for (var i = 1; i <= rows; i++)
        {
            text.Append($"令和{faker.Random.Int(2, 6)}年度\t(住民基本台帳ファイル) Ⅱ-4-委託事項{i}-⑥委託先名\t未定\t{contractor}\t事前\t\n");
        }

        return (text.ToString(), contractor);
    }

    private static HttpRequestMessage Authorized(HttpMethod method, string url, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Add("X-Api-Key", Key);
        return request;
    }

    private static async Task<int> CountAsync(HttpClient client, string query)
    {
        var result = await client.GetFromJsonAsync<SearchResponse>(new Uri("/api/search?q=" + Uri.EscapeDataString(query), UriKind.Relative), Json, TestContext.Current.CancellationToken);
        return result!.Total;
    }

    [Fact]
    public async Task Post_MultipartFile_AddsTheDocumentAndItIsSearchable()
    {
        using var factory = new Factory();
        var client = await factory.CreateReadyClientAsync();
        var (content, contractor) = FictionalLog(seed: 1, rows: 3);
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(content)) { Headers = { ContentType = new MediaTypeHeaderValue("text/tab-separated-values") } }, "file", "kita-city.tsv" },
            { new StringContent("北市"), "municipality" },
        };

        using var response = await client.SendAsync(Authorized(HttpMethod.Post, "/api/documents", form), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<DocumentIngestResponse>(Json, TestContext.Current.CancellationToken);
        Assert.Equal("kita-city", body!.Document.Id);
        Assert.Equal("北市", body.Document.Municipality);
        Assert.Equal(3, body.Document.Entries);
        Assert.Equal(3, await CountAsync(client, contractor));
        var listed = await client.GetFromJsonAsync<List<DocumentRecord>>(new Uri("/api/documents", UriKind.Relative), Json, TestContext.Current.CancellationToken);
        Assert.Contains(listed!, d => d.Id == "kita-city");
    }

    [Fact]
    public async Task Post_SameIdAgain_ReplacesEveryRow()
    {
        using var factory = new Factory();
        var client = await factory.CreateReadyClientAsync();
        var (first, firstContractor) = FictionalLog(seed: 2, rows: 4);
        var (second, secondContractor) = FictionalLog(seed: 3, rows: 2);
        using (var r = await client.SendAsync(
            Authorized(HttpMethod.Post, "/api/documents?id=minami", new StringContent(first, Encoding.UTF8, "text/tab-separated-values")),
            TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        }

        using var response = await client.SendAsync(
            Authorized(HttpMethod.Post, "/api/documents?id=minami", new StringContent(second, Encoding.UTF8, "text/plain")),
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<DocumentIngestResponse>(Json, TestContext.Current.CancellationToken))!.Replaced);
        Assert.Equal(0, await CountAsync(client, firstContractor));
        Assert.Equal(2, await CountAsync(client, secondContractor));
    }

    [Fact]
    public async Task Post_BadLines_AreReportedWithTheirNumbers()
    {
        using var factory = new Factory();
        var client = await factory.CreateReadyClientAsync();
        var (content, _) = FictionalLog(seed: 4, rows: 2);

        using var response = await client.SendAsync(
            Authorized(HttpMethod.Post, "/api/documents?id=broken", new StringContent(content + "タブのない行\n", Encoding.UTF8, "text/plain")),
            TestContext.Current.CancellationToken);

        var body = await response.Content.ReadFromJsonAsync<DocumentIngestResponse>(Json, TestContext.Current.CancellationToken);
        Assert.Equal(4, Assert.Single(body!.Rejected).Line);
        Assert.Equal(2, body.Document.Entries);
        Assert.Equal(1, body.Document.Rejected);
    }

    [Fact]
    public async Task Post_LinesIndexedWithAWarning_AreListedWithTheirNumbersAndWhy()
    {
        using var factory = new Factory();
        var client = await factory.CreateReadyClientAsync();
        var (content, _) = FictionalLog(seed: 6, rows: 2);

        using var response = await client.SendAsync(
            Authorized(HttpMethod.Post, "/api/documents?id=warned", new StringContent(content + "令和5年4月1日\tI-1\t前\t後\t来週\t説明\n", Encoding.UTF8, "text/plain")),
            TestContext.Current.CancellationToken);

        var body = await response.Content.ReadFromJsonAsync<DocumentIngestResponse>(Json, TestContext.Current.CancellationToken);
        Assert.Equal(3, body!.Document.Entries);
        Assert.Equal(1, body.Warnings);
        var warning = Assert.Single(body.WarningLines);
        Assert.Equal(4, warning.Line);
        Assert.StartsWith("提出時期", warning.Reason, StringComparison.Ordinal);
        Assert.Contains("neither 事前 nor 事後", warning.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_RemovesTheRowsAndTheRecord()
    {
        using var factory = new Factory();
        var client = await factory.CreateReadyClientAsync();
        var (content, contractor) = FictionalLog(seed: 5, rows: 2);
        (await client.SendAsync(Authorized(HttpMethod.Post, "/api/documents?id=gone", new StringContent(content, Encoding.UTF8, "text/plain")), TestContext.Current.CancellationToken)).Dispose();

        using var response = await client.SendAsync(Authorized(HttpMethod.Delete, "/api/documents/gone"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(0, await CountAsync(client, contractor));
        using var get = await client.GetAsync(new Uri("/api/documents/gone", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        using var again = await client.SendAsync(Authorized(HttpMethod.Delete, "/api/documents/gone"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task Post_WithoutTheKey_IsUnauthorizedAndChangesNothing()
    {
        using var factory = new Factory();
        var client = await factory.CreateReadyClientAsync();
        var (content, contractor) = FictionalLog(seed: 6, rows: 1);

        using var response = await client.PostAsync(
            new Uri("/api/documents?id=sneaky", UriKind.Relative),
            new StringContent(content, Encoding.UTF8, "text/plain"),
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await CountAsync(client, contractor));
    }

    [Theory]
    [InlineData("text/plain", "/api/documents?id=../etc", "id")]
    [InlineData("text/plain", "/api/documents", "id")]
    [InlineData("application/xml", "/api/documents?id=ok", "content-type")]
    public async Task Post_Invalid_Is400NamingTheProblem(string contentType, string url, string field)
    {
        using var factory = new Factory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.SendAsync(Authorized(HttpMethod.Post, url, new StringContent("x", Encoding.UTF8, contentType)), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Post_SourceUrl_FetchesThroughTheResiliencePipeline()
    {
        var (content, contractor) = FictionalLog(seed: 7, rows: 2);
        var handler = new ScriptedHandler(ScriptedHandler.Status(HttpStatusCode.OK, content));
        using var factory = new Factory(handler);
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.SendAsync(
            Authorized(HttpMethod.Post, "/api/documents", JsonContent.Create(new { sourceUrl = "https://city.example.lg.jp/logs/higashi.tsv", municipality = "東市" })),
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<DocumentIngestResponse>(Json, TestContext.Current.CancellationToken);
        Assert.Equal("higashi", body!.Document.Id);
        Assert.Equal("https://city.example.lg.jp/logs/higashi.tsv", body.Document.Source);
        Assert.Equal(2, await CountAsync(client, contractor));
    }

    [Fact]
    public async Task Post_SourceUrlThatFails_Is502WithTheReason()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Status(HttpStatusCode.NotFound));
        using var factory = new Factory(handler);
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.SendAsync(
            Authorized(HttpMethod.Post, "/api/documents", JsonContent.Create(new { sourceUrl = "https://city.example.lg.jp/logs/missing.tsv" })),
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("404", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
