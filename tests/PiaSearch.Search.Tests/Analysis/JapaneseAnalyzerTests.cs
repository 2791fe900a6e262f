using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using PiaSearch.Documents.Text;
using PiaSearch.Morphology.Tokens;
using PiaSearch.Search.Analysis;
using PiaSearch.Search.Analysis.TokenAttributes;

namespace PiaSearch.Search.Tests.Analysis;

public sealed class JapaneseAnalyzerTests(MorphologyFixture morphology)
{
    private sealed record Token(string Term, int Start, int End, int Increment, int Length, string? PartOfSpeech, string? Reading);

    private static List<Token> Tokens(Analyzer analyzer, string text)
    {
        var result = new List<Token>();
        using var stream = analyzer.GetTokenStream("after", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var length = stream.AddAttribute<IPositionLengthAttribute>();
        var pos = stream.AddAttribute<IPartOfSpeechAttribute>();
        var reading = stream.AddAttribute<IReadingAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            result.Add(new Token(term.ToString(), offset.StartOffset, offset.EndOffset, increment.PositionIncrement, length.PositionLength, pos.PartOfSpeech?.Tag, reading.Reading));
        }

        stream.End();
        return result;
    }

    private JapaneseAnalyzer Analyzer(bool compounds = true) => new(morphology.Analyzer, TokenizeMode.Search, compounds);

    [Fact]
    public void Analyze_LongVowelVariants_GiveTheSameTerm()
    {
        using var analyzer = Analyzer();

        Assert.Equal(["サーバ"], Tokens(analyzer, "サーバー").Select(t => t.Term));
        Assert.Equal(["サーバ"], Tokens(analyzer, "サーバ").Select(t => t.Term));
        Assert.Equal(["コピー"], Tokens(analyzer, "コピー").Select(t => t.Term)); // three characters: kept, as Kuromoji does
    }

    [Fact]
    public void Analyze_ConjugatedVerb_IndexesItsBaseForm()
    {
        using var analyzer = Analyzer();

        var terms = Tokens(analyzer, "転入届に基づき記載した").Select(t => t.Term).ToList();

        Assert.Contains("基づく", terms);
        Assert.DoesNotContain("基づき", terms);
        Assert.DoesNotContain("に", terms); // particle
        Assert.DoesNotContain("た", terms); // auxiliary verb
    }

    [Fact]
    public void Analyze_StopWords_LeaveGapsSoPhrasesLineUp()
    {
        using var analyzer = Analyzer();

        var tokens = Tokens(analyzer, "住民の記載");

        Assert.Equal(["住民", "記載"], tokens.Select(t => t.Term));
        Assert.Equal(2, tokens[1].Increment);
    }

    [Fact]
    public void Analyze_Compound_StacksTheWholeOverItsPartsForIndexingOnly()
    {
        using var index = Analyzer(compounds: true);
        using var query = Analyzer(compounds: false);

        var indexed = Tokens(index, "住民基本台帳ネットワークシステム");
        var queried = Tokens(query, "住民基本台帳ネットワークシステム");

        var whole = Assert.Single(indexed, t => t.Term == "住民基本台帳ネットワークシステム");
        Assert.Equal((0, 5), (whole.Increment, whole.Length));
        Assert.Equal(["住民", "基本", "台帳", "ネットワーク", "システム"], queried.Select(t => t.Term));
    }

    [Fact]
    public void Analyze_NormalisedText_OffsetsPointAtTheOriginal()
    {
        using var analyzer = new TokenizerOnly(morphology);
        const string text = "⑥委託 先名は株式会社ＲＫＫＣＳ（ｻｰﾊﾞｰ）、住基ネット";

        var tokens = Tokens(analyzer, text);

        Assert.NotEmpty(tokens);
        Assert.All(tokens, t => Assert.Equal(t.Term, TextNormalizer.Normalize(text[t.Start..t.End])));
        Assert.Contains(tokens, t => t.Term == "サーバー" && text[t.Start..t.End] == "ｻｰﾊﾞｰ");
        Assert.Contains(tokens, t => t.Term == "委託先" || (t.Term == "先" && text[t.Start..t.End] == "先"));
    }

    [Fact]
    public void Analyze_Attributes_CarryPartOfSpeechAndReading()
    {
        using var analyzer = Analyzer();

        var token = Assert.Single(Tokens(analyzer, "台帳"));

        Assert.Equal("名詞-一般", token.PartOfSpeech);
        Assert.Equal("ダイチョウ", token.Reading);
    }

    [Fact]
    public void Analyze_UserDictionaryWord_IsOneTerm()
    {
        using var analyzer = Analyzer();

        Assert.Equal(["住基ネット", "利用"], Tokens(analyzer, "住基ネットを利用").Select(t => t.Term));
        Assert.Equal(["市町村cs"], Tokens(analyzer, "市町村ＣＳ").Select(t => t.Term));
    }

    [Theory]
    [InlineData("RKKCS", "rkkcs")]
    [InlineData("ÄÖÜ", "äöü")]
    [InlineData("ΩΣ", "ωσ")]
    [InlineData("台帳", "台帳")]
    public void LowerCaseFilter_LowersEveryScriptWithCase_AndLeavesOthers(string text, string expected)
    {
        using var analyzer = new KeywordLowerCasing();

        Assert.Equal([expected], Tokens(analyzer, text).Select(t => t.Term));
    }

    [Fact]
    public void LowerCaseFilter_LoneSurrogates_AreLeftAsTheyAre()
    {
        using var analyzer = new KeywordLowerCasing();

        Assert.Equal(["a\uD800b"], Tokens(analyzer, "A\uD800B").Select(t => t.Term));
    }

    [Fact]
    public void Analyze_PunctuationOnly_IsDropped()
    {
        using var analyzer = Analyzer();

        Assert.Empty(Tokens(analyzer, "、。「」・…（）"));
    }

    /// <summary>The whole input as one term, through the lower-case filter alone.</summary>
    private sealed class KeywordLowerCasing : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new Lucene.Net.Analysis.Core.KeywordTokenizer(reader);
            return new TokenStreamComponents(tokenizer, new InvariantLowerCaseFilter(tokenizer));
        }
    }

    /// <summary>Normalisation and the tokenizer without filters, so terms are the normalised surfaces.</summary>
    private sealed class TokenizerOnly(MorphologyFixture morphology) : Analyzer
    {
        protected override TextReader InitReader(string fieldName, TextReader reader) => new NormalizingCharFilter(reader);

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
            new(new JapaneseTokenizer(reader, morphology.Analyzer, TokenizeMode.Search, outputCompounds: false));
    }
}
