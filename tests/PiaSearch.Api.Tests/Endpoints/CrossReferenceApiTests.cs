using PiaSearch.CrossReference.Successions;
using PiaSearch.CrossReference.Questions;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PiaSearch.Contracts.CrossReferencing;
using PiaSearch.Contracts.Searching;

namespace PiaSearch.Api.Tests.Endpoints;

public sealed class CrossReferenceApiTests(PiaApiFactory factory) : IClassFixture<PiaApiFactory>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private Task<T> GetAsync<T>(string pathAndQuery) => factory.GetOkAsync<T>(pathAndQuery);

    private static string E(string text) => Uri.EscapeDataString(text);

    [Fact]
    public async Task Ask_WhenDidTheDivisionGetItsNewName_AnswersFiscal2021WithTheRows()
    {
        var answer = await GetAsync<AnswerDto>("/api/ask?q=" + E("情報課はいつ情報政策課になった"));

        Assert.Equal(QuestionIntent.WhenRenamed, answer.Kind);
        Assert.Contains("令和3年度", answer.Answer, StringComparison.Ordinal);
        Assert.Equal([320, 329, 330], answer.Evidence.Select(e => e.Line));
        Assert.All(answer.Evidence, e => Assert.Equal("meguro-juki-changes", e.Document));
    }

    [Fact]
    public async Task Ask_RawUtf8InTheRequestLine_IsUnderstood()
    {
        var client = await factory.CreateReadyClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/ask?q=" + E("株式会社RKKCSの旧名は?"));

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var answer = await response.Content.ReadFromJsonAsync<AnswerDto>(Json, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(QuestionIntent.FormerName, answer!.Kind);
        Assert.Contains("アール・ケー・ケー", answer.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_Unanswerable_Is200WithWhatWasUnderstoodAndSuggestions()
    {
        var answer = await GetAsync<AnswerDto>("/api/ask?q=" + E("RKKCSの好きな食べ物は?"));

        Assert.Equal(QuestionIntent.Entity, answer.Kind);
        Assert.Equal("株式会社RKKCS", Assert.Single(answer.Understood.Names).Entity.Name);

        var unknown = await GetAsync<AnswerDto>("/api/ask?q=" + E("明日の天気"));
        Assert.Equal(QuestionIntent.Unknown, unknown.Kind);
        Assert.NotEmpty(unknown.Suggestions);
    }

    [Fact]
    public async Task Ask_WhenDidAContentChange_AnswersTheDateWithTheRowsWhoseTextChanged()
    {
        var answer = await GetAsync<AnswerDto>("/api/ask?q=" + E("既存住記システムの認証がIDとパスワードから二要素認証に変わったのはいつか"));

        Assert.Equal(QuestionIntent.WhenChanged, answer.Kind);
        Assert.Contains("平成29年10月12日", answer.Answer, StringComparison.Ordinal);
        Assert.Equal([64, 65], answer.Evidence.Select(e => e.Line));
        Assert.Empty(answer.SearchResults);
    }

    [Fact]
    public async Task Ask_ContractorOfAnItemNamedByItsTitle_AnswersWithItsRow()
    {
        var answer = await GetAsync<AnswerDto>("/api/ask?q=" + E("磁気媒体等外部保管の委託先はどこか"));

        Assert.Equal(QuestionIntent.ValueAsOf, answer.Kind);
        Assert.Contains("ワンビシアーカイズ", answer.Answer, StringComparison.Ordinal);
        Assert.Contains(137, answer.Evidence.Select(e => e.Line));
    }

    [Fact]
    public async Task Ask_LongNaturalFormOfARenumbering_AnswersWithTheRowThatChangedTheNumber()
    {
        var answer = await GetAsync<AnswerDto>("/api/ask?q=" + E("情報提供ネットワークシステムによる情報連携の法令上の根拠が番号法第19条第8号に変わったのはいつか"));

        Assert.Contains("令和3年度", answer.Answer, StringComparison.Ordinal);
        Assert.Contains(319, answer.Evidence.Select(e => e.Line));
    }

    [Fact]
    public async Task Ask_NoIntentFits_OffersTheBestMatchingRows_SaidToBeASearchResultNotAnAnswer()
    {
        var answer = await GetAsync<AnswerDto>("/api/ask?q=" + E("第三者点検について教えてください"));

        Assert.Equal(QuestionIntent.Unknown, answer.Kind);
        Assert.Empty(answer.Evidence);
        Assert.InRange(answer.SearchResults.Count, 1, 5);
        Assert.All(answer.SearchResults.Take(2), r => Assert.Contains("第三者点検", r.Item, StringComparison.Ordinal));
        Assert.All(answer.SearchResults, r => Assert.Equal("meguro-juki-changes", r.Document));
        Assert.Contains("回答ではありません", answer.SearchNote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_Answered_OrNothingMatchesItsWords_OffersNoRows()
    {
        var answered = await GetAsync<AnswerDto>("/api/ask?q=" + E("情報課はいつ情報政策課になった"));
        var nothing = await GetAsync<AnswerDto>("/api/ask?q=" + E("明日の天気"));

        Assert.Empty(answered.SearchResults);
        Assert.Null(answered.SearchNote);
        Assert.Equal(QuestionIntent.Unknown, nothing.Kind);
        Assert.Empty(nothing.SearchResults);
        Assert.Null(nothing.SearchNote);
    }

    [Fact]
    public async Task Entities_Query_FindsTheRenamedCompanyWithBothNames()
    {
        var list = await GetAsync<EntityListResponse>("/api/entities?type=contractor&q=RKKCS");

        var company = Assert.Single(list.Entities);
        Assert.Equal(["株式会社アール・ケー・ケー・コンピューター・サービス", "株式会社RKKCS"], company.Names);

        var detail = await GetAsync<EntityDetailDto>("/api/entities/" + company.Id);
        Assert.Contains(detail.Aliases, a => a.Mentions.Any(m => m.Line == 107 && m.Column == "after"));
        Assert.Contains(detail.Successions, s => s.Kind == SuccessionKind.Rename && s.Evidence.Single().Line == 324);
        Assert.Equal(107, detail.Timeline.First!.Line);
    }

    [Fact]
    public async Task Successions_ByName_IncludeTheChainOfRenames()
    {
        var result = await GetAsync<SuccessionListResponse>("/api/successions?type=statute&kind=rename&name=" + E("総務省令"));

        var chain = Assert.Single(result.Chains);
        var steps = chain.Select(id => result.Successions.Concat(result.Linked).Single(s => s.Id == id)).ToList();
        Assert.Equal(["総務省令", "通知カード及び個人番号カード省令"], steps.Select(s => s.Before!.Name));
        Assert.Equal("個人番号カード省令", steps[^1].After!.Name);
    }

    [Fact]
    public async Task Slots_AsOf_GiveTheValueThenAndThePendingChange()
    {
        var result = await GetAsync<SlotListResponse>("/api/slots?file=" + E("本人確認情報ファイル") + "&path=" + E("委託事項1-⑥委託先名") + "&asOf=2020-06-01");

        var slot = Assert.Single(result.Slots);
        Assert.Equal("未定", slot.Value!.Value);
        Assert.Equal([292], slot.Value.PendingLines);
        Assert.Equal([186], slot.Value.ConflictLines);
        Assert.NotNull(slot.Changes.Single(c => c.Line == 186).Inconsistency);
    }

    [Fact]
    public async Task Search_EntityFilter_KeepsTheRowsThatMentionIt()
    {
        var company = (await GetAsync<EntityListResponse>("/api/entities?q=RKKCS")).Entities.Single();

        var result = await GetAsync<SearchResponse>("/api/search?q=" + E("委託") + "&entity=" + company.Id + "&size=100");

        Assert.Equal([107, 324], result.Hits.Select(h => h.Line).Order());
        Assert.All(result.Hits, h => Assert.Contains(h.Entities, e => e.Id == company.Id));
    }

    [Fact]
    public async Task Search_Hits_ListTheEntitiesTheyMention()
    {
        await GetAsync<EntityListResponse>("/api/entities?size=1"); // waits for the model, which searches do not

        var result = await GetAsync<SearchResponse>("/api/search?q=" + E("情報政策課"));

        Assert.All(result.Hits, h => Assert.Contains(h.Entities, e => e.Type == "department" && e.Name == "情報政策課"));
    }

    public static TheoryData<string, string> BadRequests => new()
    {
        { "/api/entities?type=planet", "type" },
        { "/api/entities?q=" + new string('あ', 201), "q" },
        { "/api/entities?size=0", "size" },
        { "/api/successions?kind=merge", "kind" },
        { "/api/successions?type=" + Uri.EscapeDataString("会社員"), "type" },
        { "/api/slots?asOf=2020-02-30", "asOf" },
        { "/api/slots?asOf=R2.6.1", "asOf" },
        { "/api/ask", "q" },
        { "/api/ask?q=%20", "q" },
        { "/api/ask?q=" + new string('?', 501), "q" },
        { "/api/search?q=a&entity=contractor-00000000", "entity" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task CrossReference_BadParameter_Is400ProblemDetailsNamingItInBothLanguages(string pathAndQuery, string parameter)
    {
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri(pathAndQuery, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var message = problem.RootElement.GetProperty("errors").GetProperty(parameter)[0].GetString()!;
        Assert.Matches("[ぁ-んァ-ン一-龥]", message);
        Assert.Matches("[a-z]{3,}", message);
    }

    [Fact]
    public async Task Entity_UnknownId_Is404ProblemDetails()
    {
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/entities/department-ffffffff", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheCrossReferenceEndpoints()
    {
        var client = await factory.CreateReadyClientAsync();
        var json = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);

        using var document = JsonDocument.Parse(json);
        var paths = document.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/entities", "/api/entities/{id}", "/api/successions", "/api/slots", "/api/ask" })
        {
            Assert.True(paths.TryGetProperty(path, out var item), path);
            Assert.Equal("Cross-reference", item.GetProperty("get").GetProperty("tags")[0].GetString());
        }
    }
}
