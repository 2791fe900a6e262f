using PiaSearch.Morphology.Tokens;

namespace PiaSearch.Morphology.Tests.Tokens;

public sealed class SearchModeTests(DictionaryFixture fixture)
{
    private static string Describe(IEnumerable<MorphToken> tokens) =>
        string.Join(' ', tokens.Select(t => $"{t.Surface}/{t.PositionIncrement}/{t.PositionLength}"));

    [Fact]
    public void Tokenize_LongCompound_GivesItsPartsAndTheWholeStackedOnTheFirst()
    {
        var tokens = fixture.Analyzer.Tokenize("住民基本台帳ネットワークシステムを利用", TokenizeMode.Search);

        Assert.Equal(
            "住民/1/1 住民基本台帳ネットワークシステム/0/5 基本/1/1 台帳/1/1 ネットワーク/1/1 システム/1/1 を/1/1 利用/1/1",
            Describe(tokens));
        Assert.Equal(TokenOrigin.Compound, tokens[1].Origin);
        Assert.Equal(0, tokens[1].Start);
    }

    [Fact]
    public void Tokenize_DictionaryCompound_IsSplitWithKuromojisPenalty()
    {
        // 関西国際空港 is one IPADIC word; Kuromoji's search mode splits it and keeps it whole as well.
        Assert.Equal(["関西国際空港"], fixture.Analyzer.Tokenize("関西国際空港").Select(t => t.Surface));

        var tokens = fixture.Analyzer.Tokenize("関西国際空港", TokenizeMode.Search);

        Assert.Equal("関西/1/1 関西国際空港/0/3 国際/1/1 空港/1/1", Describe(tokens));
        Assert.Equal(TokenOrigin.Known, tokens[1].Origin);
    }

    [Fact]
    public void Tokenize_ShortWords_AreLeftAsInNormalMode()
    {
        const string text = "情報課に通知する";

        var normal = fixture.Analyzer.Tokenize(text).Select(t => t.Surface);
        var search = fixture.Analyzer.Tokenize(text, TokenizeMode.Search).Where(t => t.PositionIncrement == 1).Select(t => t.Surface);

        Assert.Equal(normal, search);
    }

    [Fact]
    public void Tokenize_DepartmentNames_AreStackedWholeOverTheirParts()
    {
        var tokens = fixture.Analyzer.Tokenize("情報政策課と情報課", TokenizeMode.Search);

        Assert.Contains(tokens, t => t.Surface == "情報政策課" && t.PositionLength == 3);
        Assert.Contains(tokens, t => t.Surface == "情報課" && t.PositionLength == 2);
    }

    [Fact]
    public void Tokenize_Extended_SplitsUnknownWordsIntoCharacters()
    {
        var tokens = fixture.Analyzer.Tokenize("株式会社RKKCS", TokenizeMode.Extended);

        Assert.Equal(["株式", "株式会社", "会社", "R", "K", "K", "C", "S"], tokens.Select(t => t.Surface));
    }

    [Fact]
    public void Tokenize_Extended_DoesNotRejoinTheCharactersOfAnUnknownWord()
    {
        var search = fixture.Analyzer.Tokenize("ワンビシアーク", TokenizeMode.Search);
        var extended = fixture.Analyzer.Tokenize("ワンビシアーク", TokenizeMode.Extended);

        Assert.Equal(["ワンビシアーク"], search.Select(t => t.Surface));
        Assert.Equal(["ワ", "ン", "ビ", "シ", "ア", "ー", "ク"], extended.Select(t => t.Surface));
    }

    [Fact]
    public void Tokenize_Extended_KeepsSurrogatePairsTogether()
    {
        var tokens = fixture.Analyzer.Tokenize("😀😀", TokenizeMode.Extended);

        Assert.All(tokens, t => Assert.Equal(2, t.Surface.Length));
    }
}
