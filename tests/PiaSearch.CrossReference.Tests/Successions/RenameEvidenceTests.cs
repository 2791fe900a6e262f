using PiaSearch.CrossReference.Successions;
using PiaSearch.CrossReference.Text;

namespace PiaSearch.CrossReference.Tests.Successions;

/// <summary>What the names of two companies show: one company renamed, or two companies (names made for the test).</summary>
public sealed class RenameEvidenceTests
{
    [Theory]
    [InlineData("有限会社タチバナ商会", "株式会社タチバナ商会")] // legal form only
    [InlineData("株式会社ヤマブキ情報システムズ", "株式会社ヤマブキシステムズ")] // trade words dropped, the name kept
    [InlineData("株式会社コマクサ電算センター", "コマクサ電算株式会社")]
    [InlineData("白鷺ゼロワン株式会社", "白鷺テン株式会社")] // the leading word kept, the script changes after it
    [InlineData("株式会社ミヤコ・データ・サービス", "株式会社MDS")] // acronym of the katakana name
    [InlineData("北国ソフトウェア開発株式会社", "北国ソフトウェアサービス株式会社")] // region-and-trade-only names, nearly the same
    public void Contractor_OneCompanyRenamed_GivesAReason(string before, string after)
    {
        Assert.NotNull(RenameEvidence.Contractor(before, after));
        Assert.NotNull(RenameEvidence.Contractor(after, before));
    }

    [Theory]
    [InlineData("株式会社ハヤテ東日本ビジネスサービス", "株式会社ハヤテ西日本ビジネスサービス")] // a group's regional companies
    [InlineData("ハヤテ情報サービス株式会社", "株式会社ハヤテ九州情報サービス")] // a region on one side only
    [InlineData("株式会社アサギ関西データセンター", "株式会社モエギ関西データセンター")] // only region and trade words shared
    [InlineData("株式会社カスガイ電算", "株式会社カスミ電算")] // a shared beginning inside one word
    [InlineData("富士見通信株式会社", "富士見台ゼロ通信株式会社")] // kanji go on after the shared kanji
    [InlineData("株式会社ハヤテシステム", "株式会社ハヤテネットワーク")] // one brand, trades with nothing in common
    [InlineData("東日本情報サービス株式会社", "東日本情報システム株式会社")] // generic names, not nearly the same
    public void Contractor_TwoCompanies_GivesNoReason(string before, string after)
    {
        Assert.Null(RenameEvidence.Contractor(before, after));
        Assert.Null(RenameEvidence.Contractor(after, before));
    }

    [Fact]
    public void CompanyNameParts_SplitsRegionsAndTradeWordsFromTheName()
    {
        var parts = CompanyNameParts.Of(NameKeys.Of("ハヤテ西日本ビジネスサービス"));

        Assert.Equal("ハヤテ", parts.Distinctive);
        Assert.Equal(["西日本"], parts.Regions);
        Assert.Equal(["サービス", "ビジネス"], parts.Trade.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(EntityType.Contractor, "重要な変更には該当しない（商号変更のため）", "Rename")]
    [InlineData(EntityType.Contractor, "委託先の変更（一般競争入札による）", "Replacement")]
    [InlineData(EntityType.Department, "組織改正による名称変更", "Rename")]
    [InlineData(EntityType.Department, "事務の移管に伴う変更", "Replacement")]
    [InlineData(EntityType.Department, "商号変更", "None")] // a company's wording says nothing of a unit
    [InlineData(EntityType.Person, "名称変更", "None")] // people are never renamed
    [InlineData(EntityType.Contractor, "重要な変更には該当しない変更", "None")]
    public void StatedChanges_ReadsTheRowsOwnWords(EntityType type, string text, string expected) =>
        Assert.Equal(Enum.Parse<StatedChange>(expected), StatedChanges.Of(type, text));
}
