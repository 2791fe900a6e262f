using PiaSearch.Morphology.Tokens;
using PiaSearch.Morphology.UserDictionaries;

namespace PiaSearch.Morphology.Tests.UserDictionaries;

public sealed class UserDictionaryTests(DictionaryFixture fixture)
{
    private const string Csv = """
        # PiaSearch の用語
        住基ネット,住基ネット,ジュウキネット,カスタム名詞
        市町村CS,市町村CS,シチョウソンシーエス,名詞-固有名詞
        中間サーバー・プラットフォーム,中間サーバー・プラットフォーム,チュウカンサーバープラットフォーム,カスタム名詞
        "関西国際空港",関西 国際 空港,カンサイ コクサイ クウコウ,カスタム名詞
        """;

    private MorphologicalAnalyzer Analyzer() => new(fixture.Dictionary, UserDictionary.Parse(new StringReader(Csv)));

    [Theory]
    [InlineData("住基ネットを利用する", "住基ネット")]
    [InlineData("市町村CSから送信", "市町村CS")]
    [InlineData("中間サーバー・プラットフォームへ", "中間サーバー・プラットフォーム")]
    public void Tokenize_UserWord_IsKeptWhole(string text, string word)
    {
        foreach (var mode in Enum.GetValues<TokenizeMode>())
        {
            var token = Assert.Single(Analyzer().Tokenize(text, mode), t => t.Surface == word);
            Assert.Equal(TokenOrigin.User, token.Origin);
        }

        Assert.DoesNotContain(fixture.Analyzer.Tokenize(text), t => t.Surface == word);
    }

    [Fact]
    public void Tokenize_UserWordWithSegmentation_GivesTheSegmentsAndTheirReadings()
    {
        var tokens = Analyzer().Tokenize("関西国際空港に着く");

        Assert.Equal(["関西", "国際", "空港", "に", "着く"], tokens.Select(t => t.Surface));
        Assert.Equal(["カンサイ", "コクサイ", "クウコウ"], tokens.Take(3).Select(t => t.Reading));
        Assert.Equal("カスタム名詞", tokens[0].PartOfSpeech.Pos1);
    }

    [Fact]
    public void Parse_PartOfSpeechWithLevels_IsSplitLikeIpadic()
    {
        var word = Assert.Single(UserDictionary.Parse(new StringReader(Csv)).Words, w => w.Surface == "市町村CS");

        Assert.Equal(("名詞", "固有名詞"), (word.PartOfSpeech.Pos1, word.PartOfSpeech.Pos2));
    }

    [Theory]
    [InlineData("住基ネット,住基 ネット,ジュウキ,名詞", "2 segments but 1 readings")]
    [InlineData("住基ネット,住民 ネット,ジュウミン ネット,名詞", "does not spell it")]
    [InlineData("住基ネット", "expected surface")]
    public void Parse_MalformedLine_NamesTheLineAndTheProblem(string line, string problem)
    {
        var error = Assert.Throws<FormatException>(() => UserDictionary.Parse(new StringReader("# comment\n" + line)));

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateSurface_IsRejected()
    {
        var error = Assert.Throws<FormatException>(() => UserDictionary.Parse(new StringReader("a,a,エー,名詞\na,a,エイ,名詞")));

        Assert.Contains("twice", error.Message, StringComparison.Ordinal);
    }
}
