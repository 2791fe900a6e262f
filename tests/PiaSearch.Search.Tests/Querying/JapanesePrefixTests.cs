using PiaSearch.Search.Querying;

namespace PiaSearch.Search.Tests.Querying;

/// <summary>委託先* must find at least what 委託先 finds: the bigram field has no term as long as the prefix.</summary>
public sealed class JapanesePrefixTests(CorpusIndexFixture index) : IClassFixture<CorpusIndexFixture>
{
    [Theory]
    [InlineData("委託先")]
    [InlineData("システム")]
    [InlineData("ファイル")]
    [InlineData("住民基本台帳")]
    [InlineData("情報政策")]
    public void Search_LongJapanesePrefix_FindsAtLeastTheWordsRows(string word)
    {
        var plain = index.Search.Search(new SearchRequest { Query = word });
        var prefixed = index.Search.Search(new SearchRequest { Query = word + "*" });

        Assert.True(plain.Total > 0, word);
        Assert.True(prefixed.Total >= plain.Total, $"{word}*: {prefixed.Total} < {plain.Total}");
        Assert.False(prefixed.Interpretation.PlainText);
    }

    [Fact]
    public void Search_LongJapanesePrefixInAColumn_StaysInTheColumn()
    {
        var inAfter = index.Search.Search(new SearchRequest { Query = "after:情報政策*", Size = 100 });

        Assert.True(inAfter.Total > 0);
        Assert.All(inAfter.Hits, h => Assert.Contains("情報政策", h.Entry.After.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Search_ShortPrefixes_StillExpand()
    {
        Assert.True(index.Search.Search(new SearchRequest { Query = "委託*" }).Total > 0);
        Assert.True(index.Search.Search(new SearchRequest { Query = "RKK*" }).Total > 0);
    }

    [Fact]
    public void Search_MoreSingleCharactersThanTheBudget_SaysTheQueryWasNarrowed()
    {
        var results = index.Search.Search(new SearchRequest { Query = "情 報 政 策 課 シ ス テ ム" });

        Assert.True(results.Interpretation.PlainText);
    }
}
