using Bogus;
using static PiaSearch.CrossReference.Tests.Mentions.MentionAssertions;

namespace PiaSearch.CrossReference.Tests.Mentions;

public sealed class ContractorRecognizerTests
{
    private const string Slot = "(住民記録ファイル) II-4-委託事項1-⑥委託先名";

    [Fact]
    public void Recognize_LegalFormBeforeOrAfter_GivesOneKey()
    {
        var faker = new Faker { Random = new Randomizer(11) };
        for (var i = 0; i < 20; i++)
        {
            var core = string.Concat(faker.Random.ArrayElements("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモラリルレロ".Select(c => c.ToString()).ToArray(), 5)) + "情報";

            var prefixed = Assert.Single(After(EntityType.Contractor, "株式会社" + core, Slot));
            var suffixed = Assert.Single(After(EntityType.Contractor, core + "株式会社", Slot));
            var abbreviated = Assert.Single(After(EntityType.Contractor, "㈱" + core, Slot));

            Assert.Equal(prefixed.Key, suffixed.Key);
            Assert.Equal(prefixed.Key, abbreviated.Key);
        }
    }

    [Theory]
    [InlineData("株式会社ハヤテ 東日本データ", "ハヤテ東日本データ")]
    [InlineData("株式会社ハヤテ　九州電算センター", "ハヤテ九州電算センター")]
    [InlineData("株式会社ハヤテ 委託業務", "ハヤテ")]
    [InlineData("株式会社ハヤテ 情報システム部門", "ハヤテ")]
    [InlineData("株式会社ハヤテ データ管理を行う", "ハヤテ")]
    public void Recognize_SpaceInsideTheName_JoinsOnlyRegionAndTradeWords(string text, string key)
    {
        var company = Assert.Single(After(EntityType.Contractor, text, Slot));

        Assert.Equal(key, company.Key);
    }

    [Fact]
    public void Recognize_CompanyInASentence_StopsAtTheParticle()
    {
        var company = Assert.Single(After(EntityType.Contractor, "保守業務を株式会社RKKCSに委託する。"));

        Assert.Equal("株式会社RKKCS", company.Surface);
    }

    [Fact]
    public void Recognize_NameWrappedAfterMiddleDot_IsWhole()
    {
        var company = Assert.Single(After(EntityType.Contractor, "株式会社アール・ケー・ケー・コンピューター・ サービス", Slot));

        Assert.Equal("株式会社アール・ケー・ケー・コンピューター・ サービス", company.Surface);
        Assert.Equal("アールケーケーコンピューターサービス", company.Key);
    }

    [Fact]
    public void Recognize_ForeignLettersInsideKatakana_AreFoldedAndMarkedSuspect()
    {
        var company = Assert.Single(After(EntityType.Contractor, "株式会社ワンビシアークाइブズ", Slot));

        Assert.True(company.Suspect);
        Assert.Equal("ワンビシアークブズ", company.Key);
    }

    [Fact]
    public void Recognize_PlaceholderInAContractorRow_IsAContractorPlaceholder()
    {
        var placeholder = Assert.Single(After(EntityType.Contractor, "未定", Slot));

        Assert.True(placeholder.IsPlaceholder);
    }

    [Fact]
    public void Recognize_PlaceholderInAnUnrelatedRow_IsNothing()
    {
        Assert.Empty(After(EntityType.Contractor, "未定", "VI-1-①実施日"));
    }

    [Theory]
    [InlineData("(有)ひがしやま計算センター", "ひがしやま計算センター")]
    [InlineData("ひがしやま計算センター有限会社", "ひがしやま計算センター")]
    [InlineData("株式会社はなまる", "はなまる")]
    public void Recognize_NameInHiragana_IsWholeWhereverTheLegalFormIs(string cell, string key)
    {
        Assert.Equal(key, Assert.Single(After(EntityType.Contractor, cell, Slot)).Key);
    }

    [Fact]
    public void Recognize_LegalFormAfterANameInASentence_StartsAfterTheParticle()
    {
        Assert.Equal("富士通株式会社", Assert.Single(After(EntityType.Contractor, "保守業務を富士通株式会社に委託する。")).Surface);
    }
}
