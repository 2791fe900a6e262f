using PiaSearch.CrossReference.Questions;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PiaSearch.Api.Contracts;
using PiaSearch.Contracts.CrossReferencing;
using PiaSearch.Contracts.Searching;

namespace PiaSearch.Api.Tests.Endpoints;

/// <summary>Two municipalities, each with its own 情報課 renamed differently, and one contractor serving both.</summary>
public sealed class MunicipalityApiTests(MunicipalityApiTests.TwoCitiesFactory factory) : IClassFixture<MunicipalityApiTests.TwoCitiesFactory>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public sealed class TwoCitiesFactory : PiaApiFactory
    {
        private const string Header = "変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n";
        private const string Department = "I 基本情報 7.評価実施機関における担当部署 ①部署";
        private const string Contractor = "(住民記録ファイル) II-4-委託事項1-⑥委託先名";

        public TwoCitiesFactory()
            : base(includeDefaultCorpus: false, indexFolder: null)
        {
            Write("kou-juki", "甲市", $"令和3年度\t{Department}\t情報課\t情報政策課\t事後\t\n令和2年4月1日\t{Contractor}\t未定\t株式会社テスト電算\t事後\t\n");
            Write("otsu-juki", "乙町", $"令和4年度\t{Department}\t情報課\t情報システム課\t事後\t\n令和5年4月1日\t{Contractor}\t株式会社ほか情報\t株式会社テスト電算\t事後\t\n");
        }

        private void Write(string id, string municipality, string rows)
        {
            File.WriteAllText(Path.Combine(CorpusFolder, id + ".tsv"), Header + rows);
            File.WriteAllText(Path.Combine(CorpusFolder, id + ".meta.json"), JsonSerializer.Serialize(new { municipality, evaluation = "住民基本台帳に関する事務" }));
        }
    }

    private Task<T> GetAsync<T>(string pathAndQuery) => factory.GetOkAsync<T>(pathAndQuery);

    private static string E(string text) => Uri.EscapeDataString(text);

    [Theory]
    [InlineData("甲市", "kou-juki")]
    [InlineData("乙町", "otsu-juki")]
    public async Task Ask_NoIntentFits_OffersRowsOfTheMunicipalityAskedFor_Only(string municipality, string document)
    {
        var answer = await GetAsync<AnswerDto>($"/api/ask?municipality={E(municipality)}&q=" + E("評価実施機関の部署について教えてください"));

        Assert.Equal(QuestionIntent.Unknown, answer.Kind);
        var row = Assert.Single(answer.SearchResults);
        Assert.Equal(document, row.Document);
        Assert.Equal(municipality, row.Municipality);
    }

    [Fact]
    public async Task Search_Hits_NameTheirMunicipalityAndCountItAsAFacet()
    {
        var result = await GetAsync<SearchResponse>("/api/search?q=" + E("情報課"));

        Assert.Equal(2, result.Total);
        Assert.Equal(["乙町", "甲市"], result.Hits.Select(h => h.Municipality).Order(StringComparer.Ordinal));
        Assert.All(result.Hits, h => Assert.Equal("住民基本台帳に関する事務", h.Evaluation));
        Assert.Equal(["乙町", "甲市"], result.Facets["municipality"].Select(f => f.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Search_MunicipalityFilter_KeepsOnlyItsRows()
    {
        var result = await GetAsync<SearchResponse>("/api/search?q=" + E("情報課") + "&municipality=" + E("乙町"));

        var hit = Assert.Single(result.Hits);
        Assert.Equal("otsu-juki", hit.Document);
    }

    [Fact]
    public async Task Search_UnknownMunicipality_Is400NamingTheParameter()
    {
        var client = await factory.CreateReadyClientAsync();
        using var response = await client.GetAsync(new Uri("/api/search?q=" + E("情報課") + "&municipality=" + E("丙村"), UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("municipality", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_ListTheMunicipalities()
    {
        var filters = await GetAsync<FilterValuesResponse>("/api/filters");

        Assert.Equal(["乙町", "甲市"], filters.Municipalities.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("甲市の情報課はいつ情報政策課になった?", "甲市", "kou-juki")]
    [InlineData("乙町の情報課はいつ情報システム課になった?", "乙町", "otsu-juki")]
    public async Task Ask_NamedMunicipality_AnswersFromItsLogAndSaysSo(string question, string municipality, string document)
    {
        var answer = await GetAsync<AnswerDto>("/api/ask?q=" + E(question));

        Assert.Equal(QuestionIntent.WhenRenamed, answer.Kind);
        Assert.StartsWith($"【{municipality}】", answer.Answer, StringComparison.Ordinal);
        Assert.Equal([municipality], answer.Municipalities);
        Assert.All(answer.Evidence, e => Assert.Equal(document, e.Document));
    }

    [Fact]
    public async Task Ask_MunicipalityParameter_ChoosesItsDepartment()
    {
        var answer = await GetAsync<AnswerDto>("/api/ask?q=" + E("情報課の現在の名称は?") + "&municipality=" + E("乙町"));

        Assert.Contains("情報システム課", answer.Answer, StringComparison.Ordinal);
        Assert.Equal("乙町", answer.Understood.Municipality);
    }

    [Fact]
    public async Task Successions_MunicipalityFilter_KeepsOnlyItsOwn()
    {
        var result = await GetAsync<SuccessionListResponse>("/api/successions?name=" + E("情報課") + "&municipality=" + E("乙町"));

        Assert.NotEmpty(result.Successions);
        Assert.All(result.Successions, s => Assert.All(s.Evidence, e => Assert.Equal("otsu-juki", e.Document)));
    }

    [Fact]
    public async Task Contractor_ServingBoth_IsOneEntityWithBothMunicipalities()
    {
        var found = await GetAsync<EntityListResponse>("/api/entities?type=contractor&q=" + E("テスト電算"));
        var contractor = Assert.Single(found.Entities);

        var served = await GetAsync<EntityMunicipalitiesResponse>($"/api/contractors/{contractor.Id}/municipalities");
        var detail = await GetAsync<EntityDetailDto>($"/api/entities/{contractor.Id}");

        Assert.Equal(["甲市", "乙町"], served.Municipalities.Select(m => m.Municipality));
        Assert.Equal(new DateOnly(2020, 4, 1), served.Municipalities[0].From!.From);
        Assert.Equal(["甲市", "乙町"], detail.Municipalities.Select(m => m.Municipality));
    }

    [Fact]
    public async Task ContractorMunicipalities_DepartmentId_Is404()
    {
        var departments = await GetAsync<EntityListResponse>("/api/entities?type=department&municipality=" + E("甲市"));
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri($"/api/contractors/{departments.Entities[0].Id}/municipalities", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.All(departments.Entities, d => Assert.NotEqual("情報システム課", d.Name));
    }

    [Fact]
    public async Task Entities_MunicipalityFilter_CountsOnlyItsMentions()
    {
        var all = await GetAsync<EntityListResponse>("/api/entities?type=contractor&q=" + E("テスト電算"));
        var otsu = await GetAsync<EntityListResponse>("/api/entities?type=contractor&q=" + E("テスト電算") + "&municipality=" + E("乙町"));

        Assert.Equal(2, Assert.Single(all.Entities).Mentions);
        var here = Assert.Single(otsu.Entities);
        Assert.Equal(1, here.Mentions);
        Assert.Equal(new DateOnly(2023, 4, 1), here.FirstSeen!.From);
    }
}
