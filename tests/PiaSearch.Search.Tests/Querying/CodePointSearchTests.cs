using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Highlighting;
using PiaSearch.Search.Indexing;
using PiaSearch.Search.Ingest;
using PiaSearch.Search.Querying;

namespace PiaSearch.Search.Tests.Querying;

/// <summary>Characters outside the Basic Multilingual Plane (𠮷, emoji) are one character each, never two halves.</summary>
public sealed class CodePointSearchTests(MorphologyFixture morphology)
{
    private SearchResults Find(string rowText, string query)
    {
        using var store = IndexStore.InMemory(morphology.Analyzer);
        var log = "## 変更箇所一覧\n\n変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n"
            + $"令和3年度\tI-6\t前\t{rowText}\t事後\t説明\n令和3年度\tI-7\t前\t野家\t事後\t説明\n";
        using (var batch = store.BeginBatch(TestContext.Current.CancellationToken))
        {
            new ChangeLogIngestor(store, new ChangeLogParser()).IngestReader(batch, new StringReader(log), "cp", "cp");
            batch.Commit();
        }

        return new ChangeLogSearchService(store, cacheCapacity: 0).Search(new SearchRequest { Query = query });
    }

    [Fact]
    public void Search_OneCharacterOutsideTheBasicPlane_IsWidenedLikeAnyJapaneseCharacter()
    {
        var results = Find("𠮷野家に委託する", "𠮷");

        var hit = Assert.Single(results.Hits);
        // As for any single character, the bigram that holds it is marked.
        Assert.StartsWith("<mark>𠮷", HighlightSegment.Join(hit.Highlights["after"][0], "<mark>", "</mark>"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("𠮷野家")]
    [InlineData("😀委託")]
    [InlineData("委託😀")]
    public void Search_TextWithSurrogatePairs_FindsTheRow(string query)
    {
        var results = Find("𠮷野家😀委託😀", query);

        Assert.Contains(results.Hits, h => h.Entry.Line == 4);
    }

    [Fact]
    public void WildcardMatcher_QuestionMark_MatchesOneCodePoint() =>
        Assert.True(TermMatcher.Wildcard("?野").Matches("𠮷野"));
}
