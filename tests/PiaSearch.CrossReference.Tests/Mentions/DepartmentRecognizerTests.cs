using static PiaSearch.CrossReference.Tests.Mentions.MentionAssertions;

namespace PiaSearch.CrossReference.Tests.Mentions;

public sealed class DepartmentRecognizerTests
{
    [Fact]
    public void Recognize_List_GivesEachUnit()
    {
        var units = After(EntityType.Department, "戸籍住民課、北部地区サービス事務所、中央地区サービス事務所、情報課(※)");

        Assert.Equal(["戸籍住民課", "北部地区サービス事務所", "中央地区サービス事務所", "情報課"], units.Select(u => u.Name));
    }

    [Theory]
    [InlineData("総務課及びデジタル推進課による内部監査を年1回実施する。", new[] { "総務課", "デジタル推進課" })]
    [InlineData("総務課並びに情報政策課が行う", new[] { "総務課", "情報政策課" })]
    [InlineData("健康づくり課、こども家庭課、まちづくり推進課", new[] { "健康づくり課", "こども家庭課", "まちづくり推進課" })]
    [InlineData("高齢者の保健事業は健康づくり課が行う", new[] { "健康づくり課" })]
    public void Recognize_UnitsJoinedByAConjunction_OrWithKanaWordsInTheirNames(string text, string[] names) =>
        Assert.Equal(names, After(EntityType.Department, text).Select(u => u.Name));

    [Theory]
    [InlineData("体制をつくり課題を整理する")] // kana that only end a phrase, and 課題 is no unit
    [InlineData("すこやかに暮らせるよう支援する課")] // a kana word ending a phrase in kana
    public void Recognize_KanaOfAPhrase_IsNoUnit(string text) =>
        Assert.Empty(After(EntityType.Department, text));

    [Fact]
    public void Recognize_UnitInsideItsParent_IsKeyedByTheUnit()
    {
        var unit = Assert.Single(After(EntityType.Department, "【移転先】 健康福祉部碑文谷保健センター"));

        Assert.Equal("健康福祉部碑文谷保健センター", unit.Name);
        Assert.Equal("碑文谷保健センター", unit.Key);
        Assert.Equal("健康福祉部", unit.Qualifier);
    }

    [Fact]
    public void Recognize_HeadOfUnitAfterTheLabel_IsTheUnit()
    {
        var unit = Assert.Single(After(EntityType.Department, "2所属長 戸籍住民課長 志村 将憲", "I 基本情報 7.評価実施機関における担当部署"));

        Assert.Equal("戸籍住民課", unit.Name);
    }

    [Theory]
    [InlineData("専用の機械室に設置する")]
    [InlineData("サーバー室への入室を管理する")]
    [InlineData("外部データセンターに設置する")]
    [InlineData("担当部署で管理する")]
    [InlineData("事務の一部を委任する")]
    public void Recognize_RoomsBuildingsAndCommonWords_AreNotUnits(string text)
    {
        Assert.Empty(After(EntityType.Department, text));
    }

    [Fact]
    public void Recognize_UnitNestedInOneOfTheSameRank_IsReadAsATypo()
    {
        var unit = Assert.Single(After(EntityType.Department, "(前省略)情報課政策課(※)"));

        Assert.Equal("情報課政策課", unit.Surface);
        Assert.Equal("情報政策課", unit.Key);
        Assert.True(unit.Suspect);
    }

    [Fact]
    public void Recognize_UnitFollowedByAPdfSpace_EndsThere()
    {
        var unit = Assert.Single(After(EntityType.Department, "移転先:区民生活部臨時給付金課 個人番号の利用が可能な事務:略"));

        Assert.Equal("臨時給付金課", unit.Key);
    }
}
