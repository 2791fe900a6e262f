using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PiaSearch.Contracts.CrossReferencing;
using PiaSearch.Contracts.Searching;

namespace PiaSearch.Api.Tests.Endpoints;

/// <summary>The requests of issue 17 that burned the server or failed with 500: each is now a quick 200.</summary>
public sealed class QuerySafetyApiTests(PiaApiFactory factory) : IClassFixture<PiaApiFactory>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static TheoryData<string> HostileSearches => new()
    {
        "/[ac]*a[ac]{17}/",
        "r" + string.Concat(Enumerable.Range(0, 120).Select(i => "*" + (char)('a' + (i % 26)))),
        "/[/",
        "/(/",
        "𠮷野家",
        "😀",
        "委託~",
        "[* TO *]",
    };

    [Theory]
    [MemberData(nameof(HostileSearches))]
    public async Task Search_HostileQuery_Is200AsPlainTextQuickly(string query)
    {
        var client = await factory.CreateReadyClientAsync();
        // The first request of a run pays for JIT compilation; the bound is about the query, so warm up with a plain one.
        using (await client.GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString("記載"), UriKind.Relative), TestContext.Current.CancellationToken))
        {
        }

        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString(query), UriKind.Relative), TestContext.Current.CancellationToken);
        watch.Stop();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // A guard against the seconds-to-minutes blow-ups of issue 17, with room for a busy CI machine; bench/fuzz measures the real figures.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"{watch.Elapsed.TotalMilliseconds:N0} ms");
        var result = (await response.Content.ReadFromJsonAsync<SearchResponse>(Json, TestContext.Current.CancellationToken))!;
        Assert.False(result.Partial);
        if (query.Contains('/', StringComparison.Ordinal) || query.Contains('*', StringComparison.Ordinal) || query.Contains('~', StringComparison.Ordinal))
        {
            Assert.True(result.Query.PlainText);
        }
    }

    [Fact]
    public async Task Search_Response_SaysWhetherItIsPartial()
    {
        var client = await factory.CreateReadyClientAsync();
        var json = await client.GetStringAsync(new Uri("/api/search?q=" + Uri.EscapeDataString("委託"), UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("\"partial\":false", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("𠮷野家")]
    [InlineData("😀")]
    [InlineData("情報課😀はいつ情報政策課になった?")]
    [InlineData("👨‍👩‍👧")]
    public async Task Ask_TextOutsideTheBasicPlane_Is200(string question)
    {
        var client = await factory.CreateReadyClientAsync();
        using var response = await client.GetAsync(new Uri("/api/ask?q=" + Uri.EscapeDataString(question), UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = (await response.Content.ReadFromJsonAsync<AnswerDto>(Json, TestContext.Current.CancellationToken))!;
        Assert.NotNull(answer.Answer);
    }
}
