using PiaSearch.Documents.Text;

namespace PiaSearch.Documents.Tests.Text;

public sealed class TextKeyTests
{
    [Theory]
    [InlineData("委託事項1-⑥委託 先名", "委託事項1-6委託先名")]
    [InlineData("ＲＫＫＣＳ　株式会社", "RKKCS株式会社")]
    [InlineData("ｼｽﾃﾑ", "システム")]
    public void Of_FoldsWidthsAndDropsSpaces_KeepingCase(string text, string expected) =>
        Assert.Equal(expected, TextKey.Of(text));

    [Theory]
    [InlineData("市町村Ｃ Ｓ", "市町村cs")]
    [InlineData("ＴＥＬ 03", "tel03")]
    public void Folded_IsTheKeyInLowerCase(string text, string expected) =>
        Assert.Equal(expected, TextKey.Folded(text));

    [Fact]
    public void Folded_ALoneSurrogate_IsKeptNotThrown()
    {
        var text = "電話\uD800番号";

        Assert.Equal(text, TextKey.Folded(text));
    }
}
