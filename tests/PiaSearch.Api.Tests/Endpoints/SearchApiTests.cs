using PiaSearch.CrossReference.Understanding;
using PiaSearch.Search.Highlighting;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PiaSearch.Contracts.Searching;

namespace PiaSearch.Api.Tests.Endpoints;

public sealed class SearchApiTests(PiaApiFactory factory) : IClassFixture<PiaApiFactory>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private async Task<SearchResponse> SearchAsync(string query)
    {
        var client = await factory.CreateReadyClientAsync();
        using var response = await client.GetAsync(new Uri("/api/search?" + query, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<SearchResponse>(Json, TestContext.Current.CancellationToken))!;
    }

    private static string Q(string text) => "q=" + Uri.EscapeDataString(text);

    [Fact]
    public async Task Search_DepartmentName_ReturnsTheFiscal2021RowsThatMentionIt()
    {
        var result = await SearchAsync(Q("情報政策課") + "&expand=false");

        Assert.True(result.Total > 0);
        Assert.Empty(result.Expansions);
        Assert.All(result.Hits, h =>
        {
            Assert.Equal("令和3年度", h.Date!.Raw);
            Assert.Equal(new DateOnly(2021, 4, 1), h.Date.From);
            Assert.Equal(new DateOnly(2022, 3, 31), h.Date.To);
            Assert.Contains("情報政策課", h.Before + h.After + h.Item, StringComparison.Ordinal);
            Assert.Contains("<mark>情報政策課</mark>", HighlightSegment.Join(h.Highlights["after"][0], "<mark>", "</mark>"), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Search_RenamedDepartment_ListsTheLiteralRowsFirst_ThenItsSpellingsAndFormerName()
    {
        var result = await SearchAsync(Q("情報政策課"));

        var reasons = result.Hits.Select(h => (h.Line, h.MatchedBy[0].Kind)).ToList();
        Assert.Equal((320, ExpansionKind.Literal), reasons[0]);
        Assert.Equal([329, 330], reasons.Where(r => r.Kind == ExpansionKind.Spelling).Select(r => r.Line).Order());
        Assert.Equal([90, 156, 192], reasons.Where(r => r.Kind == ExpansionKind.FormerName).Select(r => r.Line).Order());
        Assert.Equal(reasons.OrderBy(r => r.Kind.Rank()).Select(r => r.Line), reasons.Select(r => r.Line));
        Assert.Equal(1, result.LiteralTotal);
        Assert.Contains(result.Expansions, e => e is { Kind: ExpansionKind.FormerName, Term: "情報課" } && e.Date == new DateOnly(2021, 4, 1));
    }

    [Fact]
    public async Task Search_CompanyByItsRealName_FindsTheRowsThatMisspellIt()
    {
        var result = await SearchAsync(Q("ワンビシアーカイブズ"));

        Assert.Equal([137, 186], result.Hits.Select(h => h.Line).Order());
        Assert.Equal(0, result.LiteralTotal);
        Assert.All(result.Hits, h => Assert.NotEqual(ExpansionKind.Literal, h.MatchedBy[0].Kind));
    }

    [Fact]
    public async Task Search_AbbreviationTheLogDefines_FindsRowsThatOnlyWriteTheLongFormWithoutItsQualifier()
    {
        var result = await SearchAsync(Q("住基ネット") + "&size=100");

        // The log defines 住基ネット on 全国住民基本台帳ネットワークシステム; these rows write 住民基本台帳ネットワークシステム only.
        Assert.Superset(new HashSet<int> { 19, 161, 198, 277 }, result.Hits.Select(h => h.Line).ToHashSet());
        Assert.All(result.Hits.Where(h => h.Line is 161 or 198), h => Assert.Equal(ExpansionKind.Abbreviation, h.MatchedBy[0].Kind));
        Assert.Equal(result.LiteralTotal, result.Hits.TakeWhile(h => h.MatchedBy[0].Kind == ExpansionKind.Literal).Count());
    }

    [Theory]
    [InlineData("")]
    [InlineData("&expand=false")]
    public async Task Export_OfAnExpandedSearch_HasTheSameRowsAsTheSearch(string expand)
    {
        var search = await SearchAsync(Q("情報政策課") + expand + "&size=100");
        var client = await factory.CreateReadyClientAsync();

        using var export = await client.GetAsync(new Uri("/api/search/export?format=csv&" + Q("情報政策課") + expand, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal(search.Total.ToString(System.Globalization.CultureInfo.InvariantCulture), export.Headers.GetValues("Pia-Export-Total").Single());
        var csv = await export.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.All(search.Hits, h => Assert.Contains($",{h.Line},", csv, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_TwoJapaneseWordsWithASpace_EachIsExpanded()
    {
        var result = await SearchAsync(Q("情報政策課 システム運用管理"));

        // Lines 329 and 330 write the typo 情報課政策課 beside システム運用管理.
        Assert.Superset(new HashSet<int> { 329, 330 }, result.Hits.Select(h => h.Line).ToHashSet());
        Assert.Contains(result.Expansions, e => e.Word == "情報政策課" && e.Term == "情報課政策課");
    }

    [Fact]
    public async Task Search_OneNameRepeated_IsTheSameSearchAsTheNameOnce_NotOneExpansionPerRepeat()
    {
        var once = await SearchAsync(Q("RKKCS"));
        var repeated = await SearchAsync(Q(string.Join(' ', Enumerable.Repeat("RKKCS", 166))));

        Assert.Equal(once.Total, repeated.Total);
        Assert.Equal(once.Expansions.Count, repeated.Expansions.Count);
        Assert.False(repeated.Partial);
    }

    [Fact]
    public async Task Search_ACharacterThatNormalisesToSeveralWords_RepeatedToTheLimit_IsAnsweredNotA500()
    {
        // U+FDFA becomes four words under NFKC: 342 of them were 1,368 words, past Lucene's 1,024 clauses.
        var result = await SearchAsync(Q(new string('\uFDFA', 342)));

        Assert.Equal(0, result.Total);
    }

    [Fact]
    public async Task Search_WordOfTheForm_FindsItsSynonymFromTheSynonymsFile()
    {
        var result = await SearchAsync(Q("電話番号"));

        Assert.Equal([55, 56], result.Hits.Select(h => h.Line).Order());
        Assert.All(result.Hits, h => Assert.Equal(ExpansionKind.Synonym, h.MatchedBy[0].Kind));
    }

    [Fact]
    public async Task Search_ExpansionsInJson_AreCamelCaseKinds()
    {
        var client = await factory.CreateReadyClientAsync();
        using var response = await client.GetAsync(new Uri("/api/search?" + Q("情報政策課"), UriKind.Relative), TestContext.Current.CancellationToken);
        var json = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("\"kind\":\"formerName\"", json, StringComparison.Ordinal);
        Assert.Contains("\"matchedBy\":[{\"kind\":\"literal\"", json, StringComparison.Ordinal);
        Assert.Contains("\"literalTotal\":1", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_InvalidExpand_IsABilingual400()
    {
        var client = await factory.CreateReadyClientAsync();
        using var response = await client.GetAsync(new Uri("/api/search?" + Q("情報政策課") + "&expand=perhaps", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("expand", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_SpacedAndUnspacedWord_ReturnTheSameHits()
    {
        var spaced = await SearchAsync(Q("委託 先名") + "&size=100");
        var unspaced = await SearchAsync(Q("委託先名") + "&size=100");

        Assert.True(unspaced.Total > 0);
        Assert.Equal(unspaced.Hits.Select(h => h.Id), spaced.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task Search_FromTo_KeepsOnlyEntriesOfThatFiscalYear()
    {
        var all = await SearchAsync(Q("委託") + "&size=100");
        var result = await SearchAsync(Q("委託") + "&from=2021-04-01&to=2022-03-31&size=100");

        Assert.True(result.Total > 0);
        Assert.True(result.Total < all.Total);
        Assert.All(result.Hits, h => Assert.Equal("令和3年度", h.Date!.Raw));
    }

    [Fact]
    public async Task Search_FileFilter_KeepsThatFile()
    {
        var result = await SearchAsync(Q("委託") + "&file=" + Uri.EscapeDataString("本人確認情報ファイル") + "&size=100");

        Assert.True(result.Total > 0);
        Assert.All(result.Hits, h => Assert.Equal("本人確認情報ファイル", h.ItemPath.File));
    }

    [Fact]
    public async Task Search_ChapterFilterWrittenAsRomanNumeralCharacter_IsUnderstood()
    {
        var result = await SearchAsync(Q("委託") + "&chapter=" + Uri.EscapeDataString("Ⅲ") + "&size=100");

        Assert.True(result.Total > 0);
        Assert.All(result.Hits, h => Assert.Equal("III", h.ItemPath.Chapter));
    }

    [Fact]
    public async Task Search_TimingFilter_KeepsThatTiming()
    {
        var result = await SearchAsync(Q("委託") + "&timing=" + Uri.EscapeDataString("事前") + "&size=100");

        Assert.True(result.Total > 0);
        Assert.All(result.Hits, h => Assert.Equal("事前", h.Timing));
        Assert.Equal(result.Total, Assert.Single(result.Facets["timing"]).Count);
    }

    [Fact]
    public async Task Search_DocumentFilter_KeepsThatDocument()
    {
        var result = await SearchAsync(Q("委託") + "&document=meguro-juki-changes");

        Assert.True(result.Total > 0);
        Assert.All(result.Hits, h => Assert.Equal("meguro-juki-changes", h.Document));
    }

    [Fact]
    public async Task Search_Paging_GivesDisjointPagesWithTheSameTotal()
    {
        var first = await SearchAsync(Q("委託") + "&size=5&page=1");
        var second = await SearchAsync(Q("委託") + "&size=5&page=2");

        Assert.Equal(first.Total, second.Total);
        Assert.Equal(5, first.Hits.Count);
        Assert.Equal(2, second.Page);
        Assert.Empty(first.Hits.Select(h => h.Id).Intersect(second.Hits.Select(h => h.Id)));
    }

    [Fact]
    public async Task Search_PageBeyondTheResults_IsEmptyNotAnError()
    {
        var result = await SearchAsync(Q("委託") + "&size=100&page=50");

        Assert.Empty(result.Hits);
        Assert.True(result.Total > 0);
    }

    [Theory]
    [InlineData("\"情報課")]
    [InlineData("*")]
    [InlineData("AND")]
    [InlineData("(")]
    [InlineData("情報課)")]
    [InlineData("[ TO")]
    [InlineData("/正規")]
    [InlineData("^2")]
    [InlineData("\\")]
    public async Task Search_InvalidSyntax_IsSearchedAsPlainText(string text)
    {
        var result = await SearchAsync(Q(text));

        Assert.True(result.Query.PlainText, $"{text} was not searched as plain text");
    }

    [Fact]
    public async Task Search_UnbalancedQuote_StillFindsTheWord()
    {
        var result = await SearchAsync(Q("\"情報政策課"));

        Assert.True(result.Query.PlainText);
        Assert.True(result.Total > 0);
    }

    [Fact]
    public async Task Search_Facets_ListYearsFilesChaptersAndTimings()
    {
        var result = await SearchAsync(Q("委託"));

        Assert.Contains(result.Facets["year"], f => f.Value == "2019");
        Assert.Contains(result.Facets["file"], f => f.Value == "住民基本台帳ファイル");
        Assert.Contains(result.Facets["chapter"], f => f.Value == "II");
        Assert.Equal(result.Total, result.Facets["timing"].Sum(f => f.Count));
    }

    [Fact]
    public async Task Search_UserDictionaryWord_IsFoundAndMarkedWhole()
    {
        // 住基ネット is in the configured user dictionary (index-data/user-dictionary.csv); literally, without its long form.
        var result = await SearchAsync(Q("住基ネット") + "&size=100&expand=false");

        Assert.True(result.Total > 0);
        Assert.All(result.Hits, h => Assert.Contains("住基ネット", h.Item + h.Before + h.After + h.Explanation, StringComparison.Ordinal));
        Assert.Contains(result.Hits, h => h.Highlights.Values.SelectMany(f => f).Any(f => HighlightSegment.Join(f, "<mark>", "</mark>").Contains("<mark>住基ネット</mark>", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Search_WholeWordHits_ComeBeforeBigramOnlyHits()
    {
        // Every row matched by 住民 as a word comes before every row matched only by its characters.
        var result = await SearchAsync(Q("住民") + "&size=100");

        var tiers = result.Hits.Select(h => h.WholeWord).ToList();
        Assert.Contains(true, tiers);
        Assert.Equal(tiers.OrderByDescending(t => t), tiers);
    }

    [Fact]
    public async Task Search_ThirdPartyReview_GivesTheDateItsImplementationDayNumberStandsFor()
    {
        var client = await factory.CreateReadyClientAsync();
        var json = await client.GetStringAsync(new Uri("/api/search?" + Q("第三者点検") + "&size=100", UriKind.Relative), TestContext.Current.CancellationToken);
        var result = JsonSerializer.Deserialize<SearchResponse>(json, Json)!;

        var day = Assert.Single(result.Hits, h => h.Line == 81);
        Assert.Equal("43010", day.After);
        Assert.Equal(new CellDateDto(new DateOnly(2017, 10, 2), new DateOnly(2017, 10, 2), "平成29年10月2日"), day.AfterDate);
        Assert.Null(day.BeforeDate);
        // The other rows of the review (③結果 …) are sentences: no date.
        Assert.All(result.Hits.Where(h => h.Line != 81), h => Assert.True(h.BeforeDate is null && h.AfterDate is null, $"line {h.Line}"));
        using var document = JsonDocument.Parse(json);
        var row = document.RootElement.GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("line").GetInt32() == 81);
        Assert.Equal("2017-10-02", row.GetProperty("afterDate").GetProperty("from").GetString());
        Assert.Equal("平成29年10月2日", row.GetProperty("afterDate").GetProperty("label").GetString());
    }

    [Fact]
    public async Task Search_BasicAssessmentImplementationDay_GivesBothCellsAsDates()
    {
        var result = await SearchAsync(Q("基礎項目評価 実施日") + "&expand=false");

        var row = Assert.Single(result.Hits, h => h.Line == 75);
        Assert.Equal(("41957", "42944"), (row.Before, row.After));
        Assert.Equal(new DateOnly(2014, 11, 14), row.BeforeDate!.From);
        Assert.Equal("平成26年11月14日", row.BeforeDate.Label);
        Assert.Equal(new DateOnly(2017, 7, 28), row.AfterDate!.From);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheSearchEndpoint()
    {
        var client = await factory.CreateReadyClientAsync();
        var json = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);

        using var document = JsonDocument.Parse(json);
        var search = document.RootElement.GetProperty("paths").GetProperty("/api/search").GetProperty("get");
        var parameters = search.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["q", "from", "to", "file", "chapter", "timing", "kind", "document", "municipality", "sort", "page", "size", "entity", "entityType", "expand", "exclude"], parameters);
        var hit = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("SearchHitDto").GetProperty("properties");
        Assert.True(hit.TryGetProperty("beforeDate", out _) && hit.TryGetProperty("afterDate", out _), hit.ToString());
    }

    [Fact]
    public async Task OpenApi_SearchParameters_HaveTheirRealTypes()
    {
        var client = await factory.CreateReadyClientAsync();
        var json = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);

        using var document = JsonDocument.Parse(json);
        var parameters = document.RootElement.GetProperty("paths").GetProperty("/api/search").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("schema").Clone());
        Assert.Contains("integer", Types(parameters["size"]));
        Assert.Equal(100, parameters["size"].GetProperty("maximum").GetDouble());
        Assert.Contains("integer", Types(parameters["page"]));
        Assert.Equal("date", parameters["from"].GetProperty("format").GetString());
        Assert.Equal(["relevance", "newest", "oldest"], parameters["sort"].GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
    }

    /// <summary>A schema's types, whether written "integer" or ["integer", "string"].</summary>
    private static List<string?> Types(JsonElement schema)
    {
        var type = schema.GetProperty("type");
        return type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString())] : [type.GetString()];
    }

    [Fact]
    public async Task ApiReference_IsServedLocallyWithoutACdn()
    {
        var client = await factory.CreateReadyClientAsync();
        var html = await client.GetStringAsync(new Uri("/docs/index.html", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("swagger-ui-bundle.js", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        using var script = await client.GetAsync(new Uri("/docs/swagger-ui-bundle.js", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }
}
