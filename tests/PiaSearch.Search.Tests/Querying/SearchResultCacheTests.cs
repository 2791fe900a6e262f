using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Indexing;
using PiaSearch.Search.Querying;

namespace PiaSearch.Search.Tests.Querying;

public sealed class SearchResultCacheTests(MorphologyFixture morphology)
{
    private const string Header = "変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n";

    private static void Add(IndexStore store, string id, string rows)
    {
        using var batch = store.BeginBatch(TestContext.Current.CancellationToken);
        batch.ReplaceDocument(id, new ChangeLogParser().Parse(Header + rows, id).Entries);
        batch.Commit();
    }

    [Fact]
    public void Search_SameRequestTwice_IsAnsweredFromTheCache()
    {
        using var store = IndexStore.InMemory(morphology.Analyzer);
        Add(store, "a", "令和3年度\tI\t旧\t株式会社キャッシュ試験\t事後\t\n");
        var search = new ChangeLogSearchService(store);

        var first = search.Search(new SearchRequest { Query = "キャッシュ試験" });
        var second = search.Search(new SearchRequest { Query = "キャッシュ試験" });

        Assert.Same(first, second);
    }

    [Fact]
    public void Search_AfterACommit_SeesTheNewRows()
    {
        using var store = IndexStore.InMemory(morphology.Analyzer);
        Add(store, "a", "令和3年度\tI\t旧\t株式会社キャッシュ試験\t事後\t\n");
        var search = new ChangeLogSearchService(store);
        Assert.Equal(1, search.Search(new SearchRequest { Query = "キャッシュ試験" }).Total);

        Add(store, "b", "令和4年度\tI\t旧\t株式会社キャッシュ試験\t事後\t\n");

        Assert.Equal(2, search.Search(new SearchRequest { Query = "キャッシュ試験" }).Total);
    }

    [Fact]
    public void Search_CacheOfNoEntries_SearchesEveryTime()
    {
        using var store = IndexStore.InMemory(morphology.Analyzer);
        Add(store, "a", "令和3年度\tI\t旧\t株式会社キャッシュ試験\t事後\t\n");
        var search = new ChangeLogSearchService(store, cacheCapacity: 0);

        Assert.NotSame(search.Search(new SearchRequest { Query = "キャッシュ試験" }), search.Search(new SearchRequest { Query = "キャッシュ試験" }));
    }

    [Fact]
    public void Search_ManyDifferentRequests_KeepsTheCacheBounded()
    {
        using var store = IndexStore.InMemory(morphology.Analyzer);
        Add(store, "a", "令和3年度\tI\t旧\t株式会社キャッシュ試験\t事後\t\n");
        var search = new ChangeLogSearchService(store, cacheCapacity: 10);
        var first = search.Search(new SearchRequest { Query = "キャッシュ試験", Size = 1 });

        for (var size = 2; size <= 40; size++)
        {
            search.Search(new SearchRequest { Query = "キャッシュ試験", Size = size });
        }

        Assert.NotSame(first, search.Search(new SearchRequest { Query = "キャッシュ試験", Size = 1 }));
    }

    [Fact]
    public void Cache_ManyThreadsAddingPastCapacity_NeverThrows()
    {
        var cache = new SearchResultCache(capacity: 16);
        var results = new SearchResults(0, 1, 20, [], new Dictionary<string, IReadOnlyList<FacetCount>>(), new QueryInterpretation(string.Empty, PlainText: false));
        var failures = 0;

        Parallel.For(0, 8, thread =>
        {
            for (var i = 0; i < 5_000; i++)
            {
                try
                {
                    var request = new SearchRequest { Query = $"{thread}-{i % 97}" };
                    cache.Add(request, generation: i / 1_000, results);
                    cache.TryGet(request, generation: i / 1_000, out _);
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        });

        Assert.Equal(0, failures);
    }
}
