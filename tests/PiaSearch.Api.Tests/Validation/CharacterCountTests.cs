using System.Net;
using System.Text.Json;

namespace PiaSearch.Api.Tests.Validation;

/// <summary>
/// The length limits of the query parameters count characters as a person does: an emoji or 𠮷 (a surrogate pair
/// in UTF-16) is one character, as the README says, on every endpoint that limits a length.
/// </summary>
public sealed class CharacterCountTests(PiaApiFactory factory) : IClassFixture<PiaApiFactory>
{
    public static TheoryData<string, string, int> Limits => new()
    {
        { "/api/search?q=", "q", 1000 },
        { "/api/search?q=a&exclude=", "exclude", 1000 },
        { "/api/ask?q=", "q", 500 },
        { "/api/entities?q=", "q", 200 },
        { "/api/successions?name=", "name", 200 },
    };

    [Theory]
    [MemberData(nameof(Limits))]
    public async Task Parameter_AtTheLimitInSurrogatePairs_IsAccepted(string prefix, string parameter, int limit)
    {
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri(prefix + Pairs(limit), UriKind.Relative), TestContext.Current.CancellationToken);

        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{parameter}: {(int)response.StatusCode} {body}");
    }

    [Theory]
    [MemberData(nameof(Limits))]
    public async Task Parameter_OnePastTheLimitInSurrogatePairs_Is400CountingCharacters(string prefix, string parameter, int limit)
    {
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri(prefix + Pairs(limit + 1), UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var message = problem.RootElement.GetProperty("errors").GetProperty(parameter)[0].GetString()!;
        Assert.Contains($"{limit + 1:N0} 文字", message, StringComparison.Ordinal);
    }

    /// <summary>Emoji and 𠮷 in turn, escaped for the query string: 2 UTF-16 code units each.</summary>
    private static string Pairs(int count) =>
        Uri.EscapeDataString(string.Concat(Enumerable.Range(0, count).Select(i => i % 2 == 0 ? "😀" : "𠮷")));
}
