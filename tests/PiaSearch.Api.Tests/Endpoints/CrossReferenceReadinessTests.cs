using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace PiaSearch.Api.Tests.Endpoints;

public sealed class CrossReferenceReadinessTests
{
    /// <summary>An API that treats every index as large: its model is never built while a request waits.</summary>
    private sealed class LargeIndexFactory : PiaApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("CrossReference:EagerRows", "0");
        }
    }

    [Fact]
    public async Task Successions_LargeIndexWhileTheModelIsBuilt_Are503WithRetryAfterThenAnswered()
    {
        await using var factory = new LargeIndexFactory();
        var client = await factory.CreateReadyClientAsync();
        var statuses = new List<HttpStatusCode>();
        var cancel = TestContext.Current.CancellationToken;
        for (var attempt = 0; attempt < 600; attempt++)
        {
            using var byEntity = await client.GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString("委託") + "&entityType=contractor", UriKind.Relative), cancel);
            Assert.Contains(byEntity.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable });
            using var response = await client.GetAsync(new Uri("/api/successions?name=" + Uri.EscapeDataString("情報課"), UriKind.Relative), cancel);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                Assert.Equal(TimeSpan.FromSeconds(10), response.Headers.RetryAfter?.Delta);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }

            if (response.StatusCode == HttpStatusCode.OK)
            {
                break;
            }

            await Task.Delay(50, cancel);
        }

        Assert.Equal(HttpStatusCode.OK, statuses[^1]);
        using var search = await client.GetAsync(new Uri("/api/search?entityType=department", UriKind.Relative), cancel);
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.All(statuses, s => Assert.Contains(s, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }));
    }
}
