using Lucene.Net.Analysis.TokenAttributes;
using PiaSearch.Search.Analysis;

namespace PiaSearch.Search.Tests.Analysis;

public sealed class BigramTokenizerTests
{
    private static List<(string Term, int Position, int Start, int End)> Tokens(string text)
    {
        using var analyzer = new BigramAnalyzer();
        using var stream = analyzer.GetTokenStream("all", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var result = new List<(string, int, int, int)>();
        var position = -1;
        stream.Reset();
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            result.Add((term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return result;
    }

    [Fact]
    public void Tokenize_MixedText_GivesBigramsLoneCharactersAndWords()
    {
        var tokens = Tokens("情報課。と RKKCS、03-5722");

        Assert.Equal(["情報", "報課", "と", "rkkcs", "03", "5722"], tokens.Select(t => t.Term));
        Assert.Equal([0, 1, 2, 3, 4, 5], tokens.Select(t => t.Position));
    }

    [Fact]
    public void Tokenize_LoneSurrogate_SeparatesTheTextAroundItInsteadOfThrowing()
    {
        var text = "情報" + new string('\ud842', 1) + "課A" + new string('\udfb7', 1) + "B";

        var tokens = Tokens(text);

        Assert.Equal(["情報", "課", "a", "b"], tokens.Select(t => t.Term));
    }

    [Fact]
    public void Tokenize_SurrogatePairIdeograph_StaysWholeInsideBigrams()
    {
        const string text = "𠮷野家";

        var tokens = Tokens(text);

        Assert.Equal(["𠮷野", "野家"], tokens.Select(t => t.Term));
        Assert.Equal((0, 3), (tokens[0].Start, tokens[0].End));
    }

    [Fact]
    public void Tokenize_Sections_StartAtTheirOwnPositionRange()
    {
        var s = BigramTokenizer.SectionSeparator;
        var tokens = Tokens($"委託{s}{s}先名");

        Assert.Equal(0, tokens[0].Position);
        Assert.Equal(2 * BigramTokenizer.SectionSpan, tokens[1].Position);
    }

    [Fact]
    public void Tokenize_ColumnLongerThanItsSection_StaysInItsSection()
    {
        var s = BigramTokenizer.SectionSeparator;
        var tokens = Tokens(new string('委', BigramTokenizer.SectionSpan + 500) + s + "先名");
        var last = tokens[^1];

        Assert.All(tokens.SkipLast(1), t => Assert.InRange(t.Position, 0, BigramTokenizer.SectionSpan - 1));
        Assert.Equal(("先名", BigramTokenizer.SectionSpan), (last.Term, last.Position));
    }

    [Fact]
    public void Tokenize_MiddleDot_SplitsKatakanaRunsWithoutAGap()
    {
        var tokens = Tokens("サーバー・プラット");

        Assert.DoesNotContain(tokens, t => t.Term.Contains('・', StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(0, tokens.Count), tokens.Select(t => t.Position));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\uD800")]
    [InlineData("😀🎌")]
    [InlineData("नमस्ते")]
    public void Tokenize_OddInput_DoesNotThrow(string text) => Tokens(text);

    [Fact]
    public void Tokenize_LongLine_Completes()
    {
        var text = string.Concat(Enumerable.Repeat("委託先の名称 RKKCS ", 20_000));

        Assert.True(Tokens(text).Count > 100_000);
    }
}
