using System.Diagnostics;
using System.Text;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Indexing;
using PiaSearch.Search.Ingest;
using PiaSearch.Search.Querying;

namespace PiaSearch.Search.Tests.Querying;

/// <summary>Rows whose cells are as long as ingest allows: a page of them is answered quickly, with short snippets.</summary>
public sealed class HugeCellSearchTests(MorphologyFixture morphology)
{
    [Fact]
    [Trait("Category", "Slow")]
    public void Search_PageOfRowsWithHugeCells_IsQuickAndItsSnippetsShort()
    {
        using var store = IndexStore.InMemory(morphology.Analyzer);
        var cell = string.Concat(Enumerable.Repeat("委託先の事業者を変更し、再委託先の情報も更新する。", ChangeLogParser.MaxCellLength / 25))[..ChangeLogParser.MaxCellLength];
        var log = new StringBuilder("## 変更箇所一覧\n\n変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n");
        for (var i = 0; i < 10; i++)
        {
            log.Append("令和3年度\tI-6\t").Append(cell).Append('\t').Append(cell).Append("\t事後\t説明\n");
        }

        using (var batch = store.BeginBatch(TestContext.Current.CancellationToken))
        {
            new ChangeLogIngestor(store, new ChangeLogParser()).IngestReader(batch, new StringReader(log.ToString()), "huge", "huge");
            batch.Commit();
        }

        var search = new ChangeLogSearchService(store, cacheCapacity: 0);
        _ = search.Search(new SearchRequest { Query = "事業者", Size = 100 }); // the first search pays for the JIT
        var watch = Stopwatch.StartNew();
        var results = search.Search(new SearchRequest { Query = "委託先", Size = 100 });
        watch.Stop();

        Assert.Equal(10, results.Total);
        // Generous for a shared CI machine: before the caps a page of such rows took 5–7 s.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"{watch.Elapsed.TotalMilliseconds:N0} ms");
        var fragments = results.Hits.SelectMany(h => h.Highlights.Values.SelectMany(f => f)).ToList();
        Assert.NotEmpty(fragments);
        Assert.All(fragments, f => Assert.True(f.Sum(s => s.Text.Length) < 1_000, $"{f.Sum(s => s.Text.Length)} characters"));
        Assert.All(results.Hits, h => Assert.True(h.Highlights.Values.Sum(f => f.Count) <= 3 * 4));
    }
}
