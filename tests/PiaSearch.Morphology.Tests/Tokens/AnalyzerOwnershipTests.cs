using PiaSearch.Morphology.Tokens;
using PiaSearch.Morphology.UserDictionaries;

namespace PiaSearch.Morphology.Tests.Tokens;

/// <summary>Each analyzer owns its per-thread workspaces: two analyzers used in turn on one thread keep their own dictionaries; a disposed one refuses work.</summary>
public sealed class AnalyzerOwnershipTests(DictionaryFixture fixture)
{
    private const string Text = "住基ネットを利用する";

    [Fact]
    public void Tokenize_TwoAnalyzersInTurnOnOneThread_EachUsesItsOwnUserDictionary()
    {
        using var withWord = new MorphologicalAnalyzer(fixture.Dictionary, UserDictionary.Parse(new StringReader("住基ネット,住基ネット,ジュウキネット,カスタム名詞\n")));
        using var without = new MorphologicalAnalyzer(fixture.Dictionary);

        for (var round = 0; round < 3; round++)
        {
            Assert.Contains(withWord.Tokenize(Text, TokenizeMode.Search), t => t.Surface == "住基ネット" && t.Origin == TokenOrigin.User);
            Assert.DoesNotContain(without.Tokenize(Text, TokenizeMode.Search), t => t.Origin == TokenOrigin.User);
        }
    }

    [Fact]
    public void Tokenize_AfterDispose_Throws()
    {
        var analyzer = new MorphologicalAnalyzer(fixture.Dictionary);
        Assert.NotEmpty(analyzer.Tokenize(Text));

        analyzer.Dispose();

        Assert.Throws<ObjectDisposedException>(() => analyzer.Tokenize(Text));
    }
}
