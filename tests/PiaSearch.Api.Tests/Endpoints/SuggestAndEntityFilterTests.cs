using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PiaSearch.Api.Contracts;
using PiaSearch.Contracts.CrossReferencing;
using PiaSearch.Contracts.Searching;

namespace PiaSearch.Api.Tests.Endpoints;

/// <summary>Suggestions as you type, and searches narrowed by entity or entity type.</summary>
public sealed class SuggestAndEntityFilterTests(PiaApiFactory factory) : IClassFixture<PiaApiFactory>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private async Task<T> GetAsync<T>(string pathAndQuery)
    {
        var client = await factory.CreateReadyClientAsync();
        // The cross-reference model is built after the index opens; /api/entities waits for it.
        (await client.GetAsync(new Uri("/api/entities?size=1", UriKind.Relative), TestContext.Current.CancellationToken)).Dispose();
        using var response = await client.GetAsync(new Uri(pathAndQuery, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<T>(Json, TestContext.Current.CancellationToken))!;
    }

    private static string E(string text) => Uri.EscapeDataString(text);

    [Fact]
    public async Task Suggest_PartOfACompanyName_OffersTheCompany()
    {
        var result = await GetAsync<SuggestResponse>("/api/suggest?q=RKK");

        var suggestion = Assert.Single(result.Suggestions, s => s.Text.Contains("RKKCS", StringComparison.Ordinal));
        Assert.Equal("contractor", suggestion.Type);
        Assert.StartsWith("contractor-", suggestion.EntityId, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ワンビシアーカイブ", "contractor", "ワンビシアーカイ")] // the company's real name; the log misspells it
    [InlineData("情報政作課", "department", "情報政策課")]               // a typo in the department's current name
    public async Task Suggest_AMisspelledStart_OffersTheEntitysCurrentName_MarkedFuzzy(string typed, string type, string expected)
    {
        var result = await GetAsync<SuggestResponse>("/api/suggest?q=" + E(typed));

        var suggestion = Assert.Single(result.Suggestions, s => s.Text.Contains(expected, StringComparison.Ordinal));
        Assert.Equal(type, suggestion.Type);
        Assert.Equal("fuzzy", suggestion.Match);
    }

    [Fact]
    public async Task Suggest_ANameThatIsThere_IsAnExactSuggestion_NotAGuess()
    {
        var result = await GetAsync<SuggestResponse>("/api/suggest?q=" + E("情報政策"));

        Assert.NotEmpty(result.Suggestions);
        Assert.All(result.Suggestions, s => Assert.Equal("name", s.Match));
    }

    [Fact]
    public async Task Suggest_OpenSearchFormat_IsTheQueryAndAListOfNames()
    {
        var result = await GetAsync<JsonElement>("/api/suggest?format=opensearch&q=" + E("情報"));

        Assert.Equal(JsonValueKind.Array, result.ValueKind);
        Assert.Equal("情報", result[0].GetString());
        Assert.Contains(result[1].EnumerateArray(), n => n.GetString()!.Contains("情報", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Suggest_NothingTyped_SuggestsNothing()
    {
        var result = await GetAsync<SuggestResponse>("/api/suggest?q=");

        Assert.Empty(result.Suggestions);
    }

    [Fact]
    public async Task Search_EntityWithoutWords_ListsEveryRowThatMentionsIt()
    {
        var entities = await GetAsync<EntityListResponse>("/api/entities?type=contractor&q=RKKCS");
        var id = entities.Entities[0].Id;

        var result = await GetAsync<SearchResponse>("/api/search?size=100&entity=" + E(id));

        Assert.True(result.Total >= 2);
        Assert.All(result.Hits, h => Assert.Contains(h.Entities!, e => e.Id == id));
    }

    [Fact]
    public async Task Search_EntityType_KeepsRowsThatMentionThatKind()
    {
        var all = await GetAsync<SearchResponse>("/api/search?size=100&q=" + E("委託"));
        var contractors = await GetAsync<SearchResponse>("/api/search?size=100&entityType=contractor&q=" + E("委託"));

        Assert.True(contractors.Total > 0);
        Assert.True(contractors.Total < all.Total);
        Assert.All(contractors.Hits, h => Assert.Contains(h.Entities!, e => e.Type == "contractor"));
    }

    [Fact]
    public async Task Search_UnknownEntityType_Is400()
    {
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/search?q=a&entityType=planet", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Filters_ListTheEntityTypesPresent()
    {
        var filters = await GetAsync<FilterValuesResponse>("/api/filters");

        Assert.Contains("contractor", filters.EntityTypes);
        Assert.Contains("department", filters.EntityTypes);
    }
}
