using static PiaSearch.CrossReference.Tests.Mentions.MentionAssertions;

namespace PiaSearch.CrossReference.Tests.Mentions;

public sealed class OtherRecognizerTests
{
    [Theory]
    [InlineData("電話:03-5722-9350", "0357229350")]
    [InlineData("電話 0467(12)3456", "0467123456")]
    [InlineData("TEL:0312345678", "0312345678")]
    public void Recognize_PhoneNumbers_KeyedByDigits(string text, string key)
    {
        Assert.Equal(key, Assert.Single(After(EntityType.Phone, text)).Key);
    }

    [Theory]
    [InlineData("被保険者証及び限度額適用・標準負担額減額認定証の交付", new[] { "被保険者証", "限度額適用・標準負担額減額認定証" })]
    [InlineData("被保険者証・資格確認書の交付", new[] { "被保険者証", "資格確認書" })] // a list: the words before the dot are a document
    [InlineData("資格確認書及び資格情報のお知らせの交付", new[] { "資格確認書", "資格情報のお知らせ" })]
    [InlineData("入退室をICカードにより管理する", new string[0])] // IC is the card's technology, not a document
    public void Recognize_Documents(string text, string[] names) =>
        Assert.Equal(names, After(EntityType.Document, text, "II-3-⑥使用目的").Select(d => d.Name));

    [Fact]
    public void Recognize_SystemsJoinedByMiddleDot_AreTwoSystems()
    {
        var systems = After(EntityType.System, "既存住基システム・団体内統合宛名システムを含む基幹系システムの障害監視作業");

        Assert.Equal(["既存住基システム", "団体内統合宛名システム"], systems.Select(s => s.Name));
    }

    [Fact]
    public void Recognize_NameWithMiddleDot_IsOneSystem()
    {
        Assert.Equal("中間サーバー・プラットフォーム", Assert.Single(After(EntityType.System, "中間サーバー・プラットフォームはデータセンターに設置")).Name);
        Assert.Equal("児童手当・特例給付管理システム", Assert.Single(After(EntityType.System, "児童手当・特例給付管理システムで管理する")).Name);
    }

    [Theory]
    [InlineData("情報提供ネットワークシステムを使用して照会する")] // the national exchange, in every evaluation
    [InlineData("標準準拠システムへ移行する")]
    [InlineData("作業場所・使用機器の制限・事前届出・使用システムの設備要件")] // a list of bullets, not a system's name
    public void Recognize_GenericNationalSystemsAndBullets_AreNoSystem(string text) =>
        Assert.Empty(After(EntityType.System, text));

    [Theory]
    [InlineData("パッケージシステムにより運用する")]
    [InlineData("地方公共団体情報システム機構に提供する")]
    [InlineData("現行システムのデータセンター化")]
    public void Recognize_GenericSystemsAndOrganisations_AreNotSystems(string text)
    {
        Assert.Empty(After(EntityType.System, text));
    }

    [Fact]
    public void Recognize_DocumentNames_TakeTheLongestReading()
    {
        var documents = After(EntityType.Document, "個人番号カード交付申請書及び通知カードを送付する。届出に基づき転入届を受理する。");

        Assert.Equal(["個人番号カード交付申請書", "通知カード", "転入届"], documents.Select(d => d.Name));
    }

    [Fact]
    public void Recognize_AbbreviationDefinedInTheLog_IsRecognisedElsewhereInIt()
    {
        var entries = TestLogs.Parse(
            "abbreviations",
            ("令和3年度", "I-1-②事務の内容", "—", "住基ネットコミュニケーションサーバ(以下「市町村CS」という。)と連携する。"),
            ("令和3年度", "II-4-委託事項1-①委託内容", "—", "住民基本台帳ネットワークシステム(市町村C S.コミュニケーションサーバ)の障害監視"));
        var model = new PiaSearch.CrossReference.Model.CrossReferenceBuilder().Build(entries);

        var server = model.Entities.Single(e => e.Type == EntityType.System && e.Aliases.Any(a => a.Surface == "市町村C S"));
        Assert.Contains(server.Aliases, a => a.Surface.StartsWith("住基ネットコミュニケーションサーバ", StringComparison.Ordinal));
    }
}
