using System.Net;
using System.Text.Json;

namespace PiaSearch.Api.Tests.Endpoints;

public sealed class SearchValidationTests(PiaApiFactory factory) : IClassFixture<PiaApiFactory>
{
    public static TheoryData<string, string> BadRequests => new()
    {
        { "q=", "q" },
        { "q=%20%20", "q" },
        { "size=10", "q" },
        { "q=" + new string('あ', 1001), "q" },
        { "q=a&size=101", "size" },
        { "q=a&size=0", "size" },
        { "q=a&size=ten", "size" },
        { "q=a&page=0", "page" },
        { "q=a&page=-1", "page" },
        { "q=a&page=1000&size=100", "page" },
        { "q=a&from=2021-13-01", "from" },
        { "q=a&from=R3", "from" },
        { "q=a&to=yesterday", "to" },
        { "q=a&from=2022-01-01&to=2021-01-01", "from" },
        { "q=a&file=" + Uri.EscapeDataString("存在しないファイル"), "file" },
        { "q=a&chapter=IX", "chapter" },
        { "q=a&timing=" + Uri.EscapeDataString("随時"), "timing" },
        { "q=a&document=nope", "document" },
        { "q=a&sort=random", "sort" },
        { "q=a&kind=chapter", "kind" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Search_BadParameter_Is400ProblemDetailsNamingIt(string query, string parameter)
    {
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/search?" + query, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        var messages = problem.RootElement.GetProperty("errors").GetProperty(parameter);
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Search_UnknownFile_ListsTheKnownFiles()
    {
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/search?q=a&file=nope", UriKind.Relative), TestContext.Current.CancellationToken);

        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("住民基本台帳ファイル", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ExactlyAThousandCharacters_IsAccepted()
    {
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/search?q=" + new string('あ', 1000), UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task UnknownRoute_Is404ProblemDetails()
    {
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/nothing-here", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
