using static PiaSearch.CrossReference.Tests.Mentions.MentionAssertions;

namespace PiaSearch.CrossReference.Tests.Mentions;

public sealed class StatuteRecognizerTests
{
    private static List<string> Citations(string text) => After(EntityType.Statute, text).Select(m => m.Citation).ToList();

    [Fact]
    public void Recognize_KanjiNumeralsAndAlternatives_GiveEachProvision()
    {
        Assert.Equal(["番号法第19条第7号", "番号法第19条第8号"], Citations("番号法第十九条第七号又は第八号の規定により"));
    }

    [Fact]
    public void Recognize_TableEntryList_GivesOneProvisionPerEntry()
    {
        Assert.Equal(
            ["番号法第19条第7号", "番号法別表第2の1の項", "番号法別表第2の85の2の項", "番号法別表第2の116の項", "番号法別表第2の120の項"],
            Citations("番号法第19条第7号並びに別表第二の1、85の2、(中略) 116及び120の項"));
    }

    [Fact]
    public void Recognize_ItemAfterACaption_BelongsToTheArticle()
    {
        var mention = Assert.Single(After(EntityType.Statute, "番号法第19条(特定個人情報の提供の制限)の第8号の規定により"));

        Assert.Equal("番号法第19条第8号", mention.Citation);
        Assert.Equal("特定個人情報の提供の制限", mention.Caption);
    }

    [Fact]
    public void Recognize_ArticlesListedAfterTheLaw_BelongToIt()
    {
        Assert.Equal(["個人番号カード省令第35条", "個人番号カード省令第36条"], Citations("3 個人番号カード省令 ・第35条(委任) ・第36条(通知)"));
    }

    [Fact]
    public void Recognize_SameLaw_RefersToTheLawBefore()
    {
        Assert.Equal(["番号法第7条第1項", "番号法第17条第1項"], Citations("番号法第7条第1項(指定及び通知)に基づき、また、同法第17条第1項(個人番号カードの交付等)により"));
    }

    [Fact]
    public void Recognize_LongTitleWithNumberAndDefinition_DefinesTheAbbreviation()
    {
        var mention = Assert.Single(After(EntityType.Statute, "なお、当該事務については、住民基本台帳法の規定による通知に関する省令(平成26年11月20日総務省令第85号)(以下「通知省令」という。)第35条により委任する。"));

        Assert.Equal("住民基本台帳法の規定による通知に関する省令", mention.Name);
        Assert.Equal("通知省令", mention.Defines);
        Assert.Equal("平成26年11月20日総務省令第85号", mention.OfficialNumber);
        Assert.Equal("第35条", mention.Provision);
    }

    [Fact]
    public void Recognize_NoticeCitedByNumber_IsAStatute()
    {
        Assert.Equal(["平成14年6月10日総務省告示第334号"], Citations("平成14年6月10日総務省告示第334号(第6-6 本人確認情報の通知及び記録)等により"));
    }

    [Theory]
    [InlineData("確認方法は随時回答する")]
    [InlineData("地方独立行政法人に提供する")]
    [InlineData("法令上の根拠")]
    public void Recognize_CommonWordsEndingInLaw_AreNotStatutes(string text)
    {
        Assert.Empty(Citations(text));
    }

    [Fact]
    public void Recognize_EnforcementOrder_IsPartOfTheLawName()
    {
        Assert.Equal(["住民基本台帳法施行令第34条", "住民基本台帳法施行令第36条"], Citations("住民基本台帳法施行令第34条及び第36条"));
    }
}
