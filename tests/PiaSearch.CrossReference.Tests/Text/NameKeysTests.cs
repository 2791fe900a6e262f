using System.Text;
using PiaSearch.CrossReference.Text;

namespace PiaSearch.CrossReference.Tests.Text;

public sealed class NameKeysTests
{
    [Fact]
    public void IsStableUnderNfkc_EveryCharacterItAccepts_IsLeftAsItIsByNfkc()
    {
        // Every UTF-16 unit outside the surrogates: what the fast path skips normalising must be what NFKC leaves alone.
        var accepted = 0;
        for (var code = 0; code <= 0xFFFF; code++)
        {
            if (code is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            var text = ((char)code).ToString();
            if (NameKeys.IsStableUnderNfkc(text))
            {
                accepted++;
                Assert.True(text.Normalize(NormalizationForm.FormKC) == text, $"U+{code:X4} is changed by NFKC");
            }
        }

        Assert.InRange(accepted, 20_000, 30_000);
    }

    [Theory]
    [InlineData("情報政策課")]
    [InlineData("株式会社アール・ケー・ケー・コンピューター・サービス")]
    [InlineData("ｶﾌﾞｼｷｶﾞｲｼｬ")]
    [InlineData("（株）ＲＫＫＣＳ")]
    [InlineData("が\u3099")]
    [InlineData("ゔ゛")]
    [InlineData("番号法第19条第8号")]
    [InlineData("㈱ミライ ①")]
    public void Of_IsTheKeyOfTheNormalisedName(string name) =>
        // The fast path and the normalising path give the same key.
        Assert.Equal(NameKeys.Of(name.Normalize(NormalizationForm.FormKC)), NameKeys.Of(name));

    [Fact]
    public void Of_FullWidthAndHalfWidth_ShareAKey()
    {
        Assert.Equal(NameKeys.Of("RKKCS"), NameKeys.Of("ＲＫＫＣＳ"));
        Assert.Equal(NameKeys.Of("カブシキガイシャ"), NameKeys.Of("ｶﾌﾞｼｷｶﾞｲｼｬ"));
    }
}

public sealed class NameKeysCaseTests
{
    [Fact]
    public void Of_UpperCasesLikeTheInvariantCultureOnEveryScript()
    {
        // Random names over Latin (both cases, accented), Greek, full-width Latin, kana and kanji: the fast paths for
        // ASCII and for kana and kanji give what upper-casing every character in the invariant culture gives.
        var alphabet = "abcxyzABCXYZéèßµαβΩａｂｚＡＢカタカナひらがな漢字情報課ー・".ToCharArray();
        var random = new Random(11);
        for (var n = 0; n < 2000; n++)
        {
            var name = new string(Enumerable.Range(0, random.Next(1, 12)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var folded = name.Normalize(NormalizationForm.FormKC);
            var expected = NameKeys.Of(new string(folded.Select(char.ToUpperInvariant).ToArray()));

            Assert.Equal(expected, NameKeys.Of(name));
        }
    }
}
