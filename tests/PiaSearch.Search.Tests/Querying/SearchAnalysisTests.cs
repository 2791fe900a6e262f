using PiaSearch.Search.Querying;

namespace PiaSearch.Search.Tests.Querying;

/// <summary>The bigram-only baseline (SearchAnalysis.Bigrams) against the hybrid default.</summary>
public sealed class SearchAnalysisTests(CorpusIndexFixture index) : IClassFixture<CorpusIndexFixture>
{
    private static string AllText(SearchHit h) => h.Entry.Item.Text + h.Entry.Before.Text + h.Entry.After.Text + h.Entry.Explanation.Text;

    [Fact]
    public void SearchRequest_Default_IsHybrid()
    {
        Assert.Equal(SearchAnalysis.Hybrid, new SearchRequest { Query = "委託先" }.Analysis);
    }

    [Fact]
    public void Search_BigramsOnly_StillFindsTheRowsThatContainTheWords()
    {
        var hits = index.Search.Search(new SearchRequest { Query = "情報課", Size = 100, Analysis = SearchAnalysis.Bigrams }).Hits;

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains("情報課", AllText(h), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("委託先")]
    [InlineData("住基ネット")]
    public void Search_BigramsOnly_FindsTheSameRowsAsHybridForAWordAsTyped(string query)
    {
        // Whatever matches as whole words also contains the words' characters, so the word field adds ranking, not rows.
        var hybrid = index.Search.Search(new SearchRequest { Query = query, Size = 100 });
        var bigrams = index.Search.Search(new SearchRequest { Query = query, Size = 100, Analysis = SearchAnalysis.Bigrams });

        Assert.True(bigrams.Total > 0);
        Assert.Equal(hybrid.Hits.Select(h => h.Entry.Id).Order(), bigrams.Hits.Select(h => h.Entry.Id).Order());
    }
}
