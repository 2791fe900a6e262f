using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using PiaSearch.Contracts.Searching;

namespace PiaSearch.Api.Tests.Endpoints;

/// <summary>Documents added while searches run: no 5xx, and a search sees a document whole or not at all.</summary>
public sealed class IngestUnderLoadTests
{
    private const string Key = "load-test-key";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed class Factory : PiaApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Admin:ApiKey", Key);
            builder.UseSetting("Limits:SearchPermitsPerSecond", "100000");
            builder.UseSetting("Limits:SearchBurst", "100000");
        }
    }

    [Fact]
    public async Task AddingDocumentsDuringSearches_NeverShowsHalfADocumentOrA5xx()
    {
        using var factory = new Factory();
        var client = await factory.CreateReadyClientAsync();
        const int rows = 400;
        const int documents = 4;
        var marker = "負荷試験" + Guid.NewGuid().ToString("N")[..6];
        var seen = new ConcurrentBag<int>();
        var failures = new ConcurrentBag<HttpStatusCode>();
        using var stop = new CancellationTokenSource();

        var searchers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var response = await client.GetAsync(new Uri("/api/search?size=1&q=" + Uri.EscapeDataString(marker), UriKind.Relative), TestContext.Current.CancellationToken);
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add(response.StatusCode);
                    continue;
                }

                var result = await response.Content.ReadFromJsonAsync<SearchResponse>(Json, TestContext.Current.CancellationToken);
                seen.Add(result!.Total);
            }
        })).ToList();

        for (var d = 0; d < documents; d++)
        {
            var log = new StringBuilder("変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n");
            for (var i = 0; i < rows; i++)
            {
                log.Append($"令和5年度\t(住民基本台帳ファイル) Ⅱ-4-委託事項{i}-⑥委託先名\t未定\t株式会社{marker} 第{d}版\t事前\t\n");
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/documents?id=load-{d}") { Content = new StringContent(log.ToString(), Encoding.UTF8, "text/plain") };
            request.Headers.Add("X-Api-Key", Key);
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        await Task.Delay(200, TestContext.Current.CancellationToken);
        await stop.CancelAsync();
        await Task.WhenAll(searchers);

        Assert.Empty(failures);
        Assert.NotEmpty(seen);
        Assert.All(seen, total => Assert.True(total % rows == 0, $"a search saw {total} rows: part of a document"));
        Assert.Contains(rows * documents, seen);
    }
}
