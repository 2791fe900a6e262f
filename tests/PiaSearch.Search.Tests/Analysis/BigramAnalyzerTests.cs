using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using PiaSearch.Search.Analysis;

namespace PiaSearch.Search.Tests.Analysis;

public sealed class BigramAnalyzerTests
{
    private static List<(string Term, int Start, int End)> Tokens(Analyzer analyzer, string text)
    {
        var result = new List<(string, int, int)>();
        using var stream = analyzer.GetTokenStream("before", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            result.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return result;
    }

    [Fact]
    public void Query_SpacedAndUnspacedWord_GiveTheSameTerms()
    {
        using var analyzer = new BigramAnalyzer();

        Assert.Equal(
            Tokens(analyzer, "委託先名").Select(t => t.Term),
            Tokens(analyzer, "委託 先名").Select(t => t.Term));
    }

    [Fact]
    public void Index_SpacedWord_OffsetsPointAtTheOriginalText()
    {
        using var analyzer = new BigramAnalyzer();
        const string text = "⑥委託 先名";

        var tokens = Tokens(analyzer, text);

        var last = tokens[^1];
        Assert.Equal("先名", last.Term);
        Assert.Equal("先名", text[last.Start..last.End]);
        var spanning = tokens.Single(t => t.Term == "託先");
        Assert.Equal("託 先", text[spanning.Start..spanning.End]);
    }

    [Fact]
    public void Index_FullWidthLatin_IsFoldedAndLowerCased()
    {
        using var analyzer = new BigramAnalyzer();

        Assert.Contains(Tokens(analyzer, "株式会社ＲＫＫＣＳ"), t => t.Term == "rkkcs");
    }

    [Fact]
    public void Analyze_CjkFollowedByLatin_GivesConsecutivePositions()
    {
        using var analyzer = new BigramAnalyzer();
        using var stream = analyzer.GetTokenStream("after", "株式会社RKKCS");
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var seen = new List<(string, int)>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            seen.Add((term.ToString(), increment.PositionIncrement));
        }

        stream.End();
        Assert.Equal([("株式", 1), ("式会", 1), ("会社", 1), ("rkkcs", 1)], seen);
    }
}
