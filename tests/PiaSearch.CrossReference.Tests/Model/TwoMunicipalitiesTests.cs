using PiaSearch.Contracts.CrossReferencing;
using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Questions;
using PiaSearch.CrossReference.Timelines;
using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.CrossReference.Tests.Model;

/// <summary>Two municipalities, each with its own 情報課 renamed differently, and one contractor that serves both.</summary>
public sealed class TwoMunicipalitiesTests
{
    private const string Department = "I 基本情報 7.評価実施機関における担当部署 ①部署";
    private const string Contractor = "(住民記録ファイル) II-4-委託事項1-⑥委託先名";

    private static readonly IReadOnlyList<ChangeEntry> Entries =
    [
        .. TestLogs.Parse(
            "kou-juki",
            ("令和3年度", Department, "情報課", "情報政策課"),
            ("令和2年4月1日", Contractor, "未定", "株式会社テスト電算")),
        .. TestLogs.Parse(
            "otsu-juki",
            ("令和4年度", Department, "情報課", "情報システム課"),
            ("令和5年4月1日", Contractor, "株式会社ほか情報", "株式会社テスト電算")),
    ];

    private static readonly CrossReferenceModel Model = new CrossReferenceBuilder().Build(Entries, id => id.StartsWith("kou", StringComparison.Ordinal) ? "甲市" : "乙町");

    [Fact]
    public void Build_SameDepartmentNameInTwoMunicipalities_TwoEntities()
    {
        var departments = Model.Entities.Where(e => e.Type == EntityType.Department && e.Names.Any(n => n.Name == "情報課")).ToList();

        Assert.Equal(2, departments.Count);
        Assert.Contains(departments, d => d.Names.Select(n => n.Name).SequenceEqual(["情報課", "情報政策課"]));
        Assert.Contains(departments, d => d.Names.Select(n => n.Name).SequenceEqual(["情報課", "情報システム課"]));
        Assert.All(departments, d => Assert.Single(Model.Lookups.OrganisationsOf(d.Id)));
    }

    [Fact]
    public void OrganisationSpans_ContractorOfBoth_IsOneEntityServingTwoMunicipalities()
    {
        var company = EntityFinder.Resolve(Model, "株式会社テスト電算", EntityType.Contractor)!;

        var spans = OrganisationSpans.Of(Model, company);

        Assert.Equal(["甲市", "乙町"], spans.Select(s => s.Organisation));
        Assert.Equal(new DateOnly(2020, 4, 1), spans[0].From!.From);
        Assert.Equal(new DateOnly(2023, 4, 1), spans[1].From!.From);
        Assert.All(spans, s => Assert.True(s.Known));
    }

    [Theory]
    [InlineData("甲市の情報課はいつ情報政策課になった?", "甲市", "令和3年度")]
    [InlineData("乙町の情報課はいつ情報システム課になった?", "乙町", "令和4年度")]
    [InlineData("情報課はいつ情報システム課になった?", "乙町", "令和4年度")]
    public void Ask_RenameInOneMunicipality_AnsweredFromItsLogAndSaysWhich(string question, string municipality, string when)
    {
        var answer = new QuestionAnswerer(Model).Ask(question);

        Assert.Equal(QuestionIntent.WhenRenamed, answer.Kind);
        Assert.StartsWith($"【{municipality}】", answer.Text, StringComparison.Ordinal);
        Assert.Contains(when, answer.Text, StringComparison.Ordinal);
        Assert.All(answer.Evidence, e => Assert.Equal(municipality, Model.Lookups.OrganisationOf(e.DocumentId)));
    }

    [Theory]
    [InlineData("甲市の2021年4月1日時点の住民記録ファイル委託事項1の委託先は?", "甲市", "株式会社テスト電算", "株式会社ほか情報")]
    [InlineData("乙町の2021年4月1日時点の住民記録ファイル委託事項1の委託先は?", "乙町", "株式会社ほか情報", "株式会社テスト電算")]
    public void Ask_ValueOnADayNamingTheMunicipality_IsThatMunicipalitysAndSaysWhich(string question, string municipality, string expected, string other)
    {
        var answer = new QuestionAnswerer(Model).Ask(question);

        Assert.Equal(QuestionIntent.ValueAsOf, answer.Kind);
        Assert.StartsWith($"【{municipality}】", answer.Text, StringComparison.Ordinal);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(other, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_ValueOnADayWithoutAMunicipality_IsGivenForEachMunicipalityThatHasTheItem()
    {
        var answer = new QuestionAnswerer(Model).Ask("2021年4月1日時点の住民記録ファイル委託事項1の委託先は?");

        Assert.Equal(QuestionIntent.ValueAsOf, answer.Kind);
        var kou = answer.Text.IndexOf("【甲市】", StringComparison.Ordinal);
        var otsu = answer.Text.IndexOf("【乙町】", StringComparison.Ordinal);
        Assert.True(kou >= 0 && otsu >= 0, answer.Text);
        var (first, second) = kou < otsu ? (answer.Text[kou..otsu], answer.Text[otsu..]) : (answer.Text[otsu..kou], answer.Text[kou..]);
        Assert.Contains(kou < otsu ? "株式会社テスト電算" : "株式会社ほか情報", first, StringComparison.Ordinal);
        Assert.Contains(kou < otsu ? "株式会社ほか情報" : "株式会社テスト電算", second, StringComparison.Ordinal);
        Assert.Equal(["kou-juki", "otsu-juki"], answer.Evidence.Select(e => e.DocumentId).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Ask_MunicipalityChosenByTheAsker_SpotsItsDepartment()
    {
        var answer = new QuestionAnswerer(Model).Ask("情報課の現在の名称は?", "乙町");

        Assert.Contains("情報システム課", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("情報政策課", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("乙町", "otsu-juki", "令和5年4月1日")]
    [InlineData("甲市", "kou-juki", "令和2年4月1日")]
    public void Ask_SharedContractorInOneMunicipality_AnswersFromThatMunicipalityOnly(string municipality, string document, string since)
    {
        var answer = new QuestionAnswerer(Model).Ask("株式会社テスト電算はいつから委託先?", municipality);

        Assert.Equal(QuestionIntent.SinceWhen, answer.Kind);
        Assert.StartsWith($"【{municipality}】", answer.Text, StringComparison.Ordinal);
        Assert.Contains(since, answer.Text, StringComparison.Ordinal);
        Assert.All(answer.Evidence, e => Assert.Equal(document, e.DocumentId));
    }

    [Fact]
    public void Queries_MunicipalityFilter_KeepOnlyItsSuccessionsEntitiesAndSlots()
    {
        var successions = CrossReferenceQueries.Successions(Model, "情報課", null, null, 1, 50, "甲市");
        var entities = CrossReferenceQueries.Entities(Model, EntityType.Department, null, 1, 50, "乙町");
        var slots = CrossReferenceQueries.Slots(Model, null, "委託先名", null, 1, 50, "乙町");

        Assert.All(successions.Successions, s => Assert.All(s.Evidence, e => Assert.Equal("kou-juki", e.Document)));
        Assert.NotEmpty(successions.Successions);
        Assert.Contains(entities.Entities, e => e.Name == "情報システム課");
        Assert.DoesNotContain(entities.Entities, e => e.Name == "情報政策課");
        Assert.Equal("otsu-juki", Assert.Single(slots.Slots).Document);
    }
}
