using PiaSearch.CrossReference.Resolution;

namespace PiaSearch.CrossReference.Tests.Resolution;

public sealed class NameMatchingTests
{
    [Theory]
    [InlineData("ワンビシアーカイズ", "ワンビシアーカイブズ")]
    [InlineData("ワンビシアーカイズ", "ワンビシアークブズ")]
    [InlineData("コンピューターサービス", "コンピュータサービス")]
    public void AreVariants_KanaMisreadOrDropped_True(string a, string b)
    {
        Assert.True(OcrVariants.AreVariants(a, b));
    }

    [Theory]
    [InlineData("既存住基システム", "既存住記システム")]
    [InlineData("富士ゼロックスシステムサービス", "富士フイルムシステムサービス")]
    [InlineData("アイネス", "アイテス")]
    [InlineData("みらいソフト", "みらいソフト開発")]
    public void AreVariants_DifferentWordsOrTooShort_False(string a, string b)
    {
        Assert.False(OcrVariants.AreVariants(a, b));
    }

    [Theory]
    [InlineData("RKKCS", "アール・ケー・ケー・コンピューター・サービス")]
    [InlineData("GRS", "グリーン・リバー・システムズ")]
    [InlineData("JMC", "ジェイ・エム・シー")]
    public void Abbreviates_InitialsOfKatakanaWords_True(string acronym, string name)
    {
        Assert.True(KatakanaAcronyms.Abbreviates(acronym, name));
    }

    [Theory]
    [InlineData("RKK", "アール・ケー・ケー・コンピューター・サービス")]
    [InlineData("NTT", "グリーン・リバー・システムズ")]
    [InlineData("RKKCS", "アールケーケーコンピューターサービス")]
    public void Abbreviates_WrongLettersOrNoWordBreaks_False(string acronym, string name)
    {
        Assert.False(KatakanaAcronyms.Abbreviates(acronym, name));
    }
}
