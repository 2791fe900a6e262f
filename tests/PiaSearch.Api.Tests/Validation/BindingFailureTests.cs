using System.Net;
using System.Text.Json;

namespace PiaSearch.Api.Tests.Validation;

/// <summary>
/// A typed query parameter the framework cannot bind, empty (size=) or unreadable (size=abc), on every /api endpoint
/// that declares one: a 400 ValidationProblem naming the parameter, worded Japanese first with English beside.
/// </summary>
public sealed class BindingFailureTests(PiaApiFactory factory) : IClassFixture<PiaApiFactory>
{
    public static TheoryData<string, string> Unbindable => new()
    {
        { "/api/search?q=a&expand=", "expand" },
        { "/api/search?q=a&expand=maybe", "expand" },
        { "/api/search?q=a&size=", "size" },
        { "/api/search?q=a&size=abc", "size" },
        { "/api/search?q=a&page=", "page" },
        { "/api/search?q=a&page=%20", "page" },
        { "/api/search?q=a&from=", "from" },
        { "/api/search?q=a&to=", "to" },
        { "/api/search/export?q=a&format=csv&size=", "size" },
        { "/api/search/export?q=a&format=csv&expand=", "expand" },
        { "/api/search.atom?q=a&page=", "page" },
        { "/api/search.atom?q=a&size=x", "size" },
        { "/api/entities?size=", "size" },
        { "/api/entities?page=abc", "page" },
        { "/api/successions?page=", "page" },
        { "/api/successions?size=1.5", "size" },
        { "/api/slots?asOf=", "asOf" },
        { "/api/slots?asOf=R3", "asOf" },
        { "/api/slots?size=", "size" },
    };

    [Theory]
    [MemberData(nameof(Unbindable))]
    public async Task TypedParameter_EmptyOrUnreadable_Is400ValidationProblemInJapaneseAndEnglish(string pathAndQuery, string parameter)
    {
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri(pathAndQuery, UriKind.Relative), TestContext.Current.CancellationToken);

        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        var title = problem.RootElement.GetProperty("title").GetString()!;
        var message = problem.RootElement.GetProperty("errors").GetProperty(parameter)[0].GetString()!;
        var detail = problem.RootElement.GetProperty("detail").GetString()!;
        Assert.True(IsJapanese(title[0]), title);
        Assert.True(IsJapanese(message[0]) || message.StartsWith(parameter, StringComparison.Ordinal), message);
        Assert.Contains(parameter, message, StringComparison.Ordinal);
        Assert.Contains(parameter, detail, StringComparison.Ordinal);
        Assert.Matches("[ぁ-んァ-ヶ一-龯]", message);
        Assert.Matches("[A-Za-z]{4,}", message);
    }

    private static bool IsJapanese(char c) => c is (>= '\u3040' and <= '\u30FF') or (>= '\u4E00' and <= '\u9FFF');
}
