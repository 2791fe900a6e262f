using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Indexing;
using PiaSearch.Search.Querying;

namespace PiaSearch.Search.Tests.Querying;

/// <summary>
/// A search split over two threads (<see cref="SplitSearch"/>) answers exactly as one thread: the same hits in the same
/// order on every page (ties broken by document number, as Lucene's collector breaks them), the same count and facets.
/// </summary>
public sealed class SplitSearchTests(MorphologyFixture morphology)
{
    private static readonly string[] Words = ["委託先", "情報政策課", "システム", "保守", "消去"];

    /// <summary>Four commits, four segments; many rows alike (same words, same day), so that ties are everywhere.</summary>
    private IndexStore Indexed()
    {
        var store = IndexStore.InMemory(morphology.Analyzer);
        for (var batchNumber = 0; batchNumber < 4; batchNumber++)
        {
            var log = new System.Text.StringBuilder("変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n");
            for (var i = 0; i < 150 + (batchNumber * 60); i++)
            {
                var word = Words[(i * 7 + batchNumber) % Words.Length];
                var year = 2 + (i % 3);
                log.Append($"令和{year}年4月1日\tII-{1 + (i % 4)}-委託事項1-⑥委託先名\t{word}の旧記載\t{word}を{Words[i % 2]}に変更\t事後\t\n");
            }

            using var batch = store.BeginBatch(TestContext.Current.CancellationToken);
            batch.ReplaceDocument($"log-{batchNumber}", new ChangeLogParser().Parse(log.ToString(), $"log-{batchNumber}").Entries);
            batch.Commit();
        }

        return store;
    }

    public static TheoryData<string> Queries => ["委託先", "システム", "*"];

    [Theory]
    [MemberData(nameof(Queries))]
    public void SplitSides_PutTogether_AnswerAsOneThread(string word)
    {
        using var store = Indexed();
        store.WithSearcher(searcher =>
        {
            var leaves = searcher.IndexReader.Leaves;
            Assert.True(leaves.Count >= 3, $"{leaves.Count} segments");
            Query query = word == "*" ? new MatchAllDocsQuery() : new TermQuery(new Term(IndexFields.Words, word));
            var weight = searcher.CreateNormalizedWeight(query);
            var sorts = new[]
            {
                new Sort(SortField.FIELD_SCORE, new SortField(IndexFields.DateSort, SortFieldType.INT64, true)),
                new Sort(new SortField(IndexFields.DateSort, SortFieldType.INT64)),
            };
            foreach (var sort in sorts)
            {
                const int window = 120;
                var (one, oneFacets) = Collect(weight, [leaves], sort, window);
                var (first, second) = SplitSearch.Halves(leaves);
                Assert.NotEmpty(first);
                Assert.NotEmpty(second);
                var (split, splitFacets) = Collect(weight, [first, second], sort, window);

                Assert.True(one.TotalHits > window, $"{one.TotalHits} hits");
                Assert.Equal(one.TotalHits, split.TotalHits);
                for (var start = 0; start < window; start += 20)
                {
                    Assert.Equal(one.Page(start, 20).Select(d => (d.Doc, d.Score)), split.Page(start, 20).Select(d => (d.Doc, d.Score)));
                }

                Assert.Equal(
                    oneFacets.Result().ToDictionary(f => f.Key, f => string.Join(",", f.Value)),
                    splitFacets.Result().ToDictionary(f => f.Key, f => string.Join(",", f.Value)));
            }

            return 0;
        });
    }

    private static (TopHits Top, FacetCountingCollector Facets) Collect(Weight weight, IReadOnlyList<IEnumerable<AtomicReaderContext>> sides, Sort sort, int window)
    {
        var tops = new List<TopFieldCollector>();
        var facets = new List<FacetCountingCollector>();
        foreach (var leaves in sides)
        {
            var top = TopHits.Collector(sort, window);
            var facet = new FacetCountingCollector(IndexFields.FacetFields);
            Assert.False(TimedSearch.RunLeaves(weight, leaves, MultiCollector.Wrap(top, facet), TimeLimitingCollector.GlobalCounter, TimeLimitingCollector.GlobalCounter.Value + 30_000));
            tops.Add(top);
            facets.Add(facet);
        }

        return (TopHits.Of(sort, tops), FacetCountingCollector.Combine(facets));
    }

    [Fact]
    public void RunLeaves_SideStartingLate_GetsOnlyWhatIsLeftOfTheSearchsLimit()
    {
        // A clock of our own, moved one millisecond per collected hit: time passes only as hits are collected.
        using var store = Indexed();
        store.WithSearcher(searcher =>
        {
            var clock = Counter.NewCounter();
            var weight = searcher.CreateNormalizedWeight(new MatchAllDocsQuery());
            var until = clock.Value + 300;

            // The other side already used 290 of the search's 300 ms before this side started.
            clock.AddAndGet(290);
            var late = new TickingCollector(clock);
            Assert.True(TimedSearch.RunLeaves(weight, searcher.IndexReader.Leaves, late, clock, until));
            Assert.InRange(late.Collected, 1, 12);

            // Past the deadline: nothing is run.
            var after = new TickingCollector(clock);
            Assert.True(TimedSearch.RunLeaves(weight, searcher.IndexReader.Leaves, after, clock, until));
            Assert.Equal(0, after.Collected);
            return 0;
        });
    }

    /// <summary>Counts the hits and moves the clock by one per hit.</summary>
    private sealed class TickingCollector(Counter clock) : ICollector
    {
        public int Collected { get; private set; }

        public bool AcceptsDocsOutOfOrder => true;

        public void Collect(int doc)
        {
            Collected++;
            clock.AddAndGet(1);
        }

        public void SetNextReader(AtomicReaderContext context)
        {
        }

        public void SetScorer(Scorer scorer)
        {
        }
    }

    [Fact]
    public void Halves_LargestFirstEachToTheLighterSide_KeepSegmentOrder()
    {
        using var store = Indexed();
        store.WithSearcher(searcher =>
        {
            var leaves = searcher.IndexReader.Leaves;
            var (first, second) = SplitSearch.Halves(leaves);

            Assert.Equal(leaves.Count, first.Count + second.Count);
            Assert.Equal(leaves.Select(l => l.Ord).Order(), first.Concat(second).Select(l => l.Ord).Order());
            Assert.Equal(first.Select(l => l.Ord).Order(), first.Select(l => l.Ord));
            Assert.Equal(second.Select(l => l.Ord).Order(), second.Select(l => l.Ord));
            Assert.Contains(leaves.MaxBy(l => l.AtomicReader.MaxDoc)!, first);
            return 0;
        });
    }

    [Fact]
    public void Search_ChangeRowsFilter_LeavesOutReplacedRows()
    {
        using var store = Indexed();
        using (var batch = store.BeginBatch(TestContext.Current.CancellationToken))
        {
            // The first log again, with one row: its 150 rows in the oldest segment are now deleted.
            batch.ReplaceDocument("log-0", new ChangeLogParser().Parse(
                "変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n令和5年4月1日\tI-7-①部署\t情報課\t情報政策課\t事後\t\n", "log-0").Entries);
            batch.Commit();
        }

        var search = new ChangeLogSearchService(store, cacheCapacity: 0);
        var all = search.Search(new SearchRequest { Query = "", Size = 1 });
        var logZero = search.Search(new SearchRequest { Query = "", Document = "log-0" });

        Assert.Equal(store.Count, all.Total);
        Assert.Equal(1, logZero.Total);
    }

    [Fact]
    public void Facets_FieldOfManyValues_CountedPerValue()
    {
        // 70 logs: more values than the bit-set limit (64), so the document facet is counted from each row's value number.
        using var store = IndexStore.InMemory(morphology.Analyzer);
        using (var batch = store.BeginBatch(TestContext.Current.CancellationToken))
        {
            for (var i = 0; i < 70; i++)
            {
                var log = new System.Text.StringBuilder("変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n");
                for (var row = 0; row <= i % 3; row++)
                {
                    log.Append($"令和3年4月1日\tII-4-委託事項{row + 1}-⑥委託先名\t未定\t委託先{i}号\t事後\t\n");
                }

                log.Append("令和3年4月1日\tI-7-①部署\t情報課\t情報政策課\t事後\t\n");
                batch.ReplaceDocument($"log-{i:D2}", new ChangeLogParser().Parse(log.ToString(), $"log-{i:D2}").Entries);
            }

            batch.Commit();
        }

        var facets = new ChangeLogSearchService(store, cacheCapacity: 0).Search(new SearchRequest { Query = "委託先" }).Facets[IndexFields.Document];

        Assert.Equal(70, facets.Count);
        Assert.All(facets, f => Assert.Equal((int.Parse(f.Value[4..], System.Globalization.CultureInfo.InvariantCulture) % 3) + 1, f.Count));
    }
}
