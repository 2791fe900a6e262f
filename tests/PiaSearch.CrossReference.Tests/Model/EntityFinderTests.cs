using PiaSearch.Contracts.CrossReferencing;
using PiaSearch.CrossReference.Model;

namespace PiaSearch.CrossReference.Tests.Model;

/// <summary>Finding entities by what has been typed, including a misspelled start (a fictional town's log).</summary>
public sealed class EntityFinderTests
{
    private const string Department = "I 基本情報 7.評価実施機関における担当部署 ①部署";
    private const string Contractor = "(住民記録ファイル) II-4-委託事項1-⑥委託先名";
    private const string Basis = "I 基本情報 6.情報提供ネットワークシステムによる情報連携 ②法令上の根拠";

    private static readonly Lazy<CrossReferenceModel> Built = new(() => new CrossReferenceBuilder().Build(TestLogs.Parse(
        "minato-juki",
        ("令和2年4月1日", Contractor, "未定", "株式会社ミナトアーカイブズ"),
        ("令和3年4月1日", Department, "電算課", "デジタル推進課"),
        ("令和3年4月1日", Basis, "番号法第19条第7号", "番号法第19条第8号"),
        ("令和4年4月1日", Contractor, "株式会社ミナトアーカイブズ", "株式会社ミナトアーカイブズ"))));

    private static CrossReferenceModel Model => Built.Value;

    [Fact]
    public void SearchMisspelledStart_ATypoInACompanysName_FindsTheCompany()
    {
        var found = EntityFinder.SearchMisspelledStart(Model, type: null, "ミナトアーカイズ");

        var company = Assert.Single(found);
        Assert.Equal(EntityType.Contractor, company.Type);
        Assert.Equal("株式会社ミナトアーカイブズ", company.Name);
    }

    [Fact]
    public void SearchMisspelledStart_AFormerNameMisspelled_GivesTheCurrentName()
    {
        var found = EntityFinder.SearchMisspelledStart(Model, EntityType.Department, "デジタル推新");

        Assert.Equal("デジタル推進課", Assert.Single(found).Name);
    }

    [Theory]
    [InlineData("番号法第19条第9号")] // digits are never loose: 第9号 is not 第8号
    [InlineData("電算")]              // under four characters: too short to guess
    [InlineData("まったく別の名前です")]
    public void SearchMisspelledStart_NumbersShortOrUnrelatedText_FindsNothing(string typed) =>
        Assert.Empty(EntityFinder.SearchMisspelledStart(Model, type: null, typed));

    [Fact]
    public void Search_ACorrectStart_IsFoundWithoutGuessing()
    {
        var found = EntityFinder.Search(Model, type: null, "ミナトアーカ");

        Assert.Contains(found, e => e.Name == "株式会社ミナトアーカイブズ");
        Assert.Empty(EntityFinder.SearchMisspelledStart(Model, type: null, "ミナトアーカイ"));
    }
}
