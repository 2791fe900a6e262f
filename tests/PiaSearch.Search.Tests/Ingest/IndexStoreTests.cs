using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Indexing;
using PiaSearch.Search.Ingest;
using PiaSearch.Search.Querying;

namespace PiaSearch.Search.Tests.Ingest;

public sealed class IndexStoreTests(MorphologyFixture morphology) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pia-index-").FullName;

    private static string Log(params string[] rows) =>
        "変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n" + string.Join("\n", rows) + "\n";

    private static void Commit(IndexStore store, Action<IndexBatch> writes)
    {
        using var batch = store.BeginBatch(TestContext.Current.CancellationToken);
        writes(batch);
        batch.Commit();
    }

    [Fact]
    public void ReplaceDocument_SameId_ReplacesAllItsRows()
    {
        using var store = IndexStore.InMemory(morphology.Analyzer);
        var parser = new ChangeLogParser();
        Commit(store, b => b.ReplaceDocument("a", parser.Parse(Log("令和3年度\tI\t旧\t新\t\t", "令和3年度\tI\t旧2\t新2\t\t"), "a").Entries));
        Commit(store, b => b.ReplaceDocument("a", parser.Parse(Log("令和4年度\tI\t前\t後\t\t"), "a").Entries));

        Assert.Equal(1, store.Count);
    }

    [Fact]
    public void ReplaceDocument_RowsWithFewerFields_DoNotInheritTheFieldsOfTheRowBefore()
    {
        // Rows are indexed through one set of reused fields per thread: a row without a date or an explanation
        // must not be found by the date, year or words of the row indexed just before it.
        using var store = IndexStore.InMemory(morphology.Analyzer);
        var entries = new ChangeLogParser().Parse(
            Log("令和3年4月1日	I	委託先甲	委託先乙	事前	重要な変更", "	I	前の記載	後の記載		"),
            "a").Entries;
        Assert.Equal(2, entries.Count);
        Commit(store, b => b.ReplaceDocument("a", entries));
        var search = new ChangeLogSearchService(store);

        var dated = search.Search(new SearchRequest { Query = "記載", From = new DateOnly(2021, 1, 1), To = new DateOnly(2021, 12, 31) });
        var explained = search.Search(new SearchRequest { Query = "重要" });
        var all = search.Search(new SearchRequest { Query = "記載" });

        Assert.Equal(0, dated.Total);
        Assert.Equal(1, explained.Total);
        Assert.Equal("委託先乙", Assert.Single(explained.Hits).Entry.After.Text);
        Assert.Equal(1, all.Total);
        Assert.Null(Assert.Single(all.Hits).Entry.Date);
    }

    [Fact]
    public void Batch_BeforeCommit_IsNotVisible()
    {
        using var store = IndexStore.InMemory(morphology.Analyzer);
        using var batch = store.BeginBatch(TestContext.Current.CancellationToken);
        batch.ReplaceDocument("a", new ChangeLogParser().Parse(Log("令和3年度\tI\t旧\t新\t\t"), "a").Entries);

        Assert.Equal(0, store.Count);
        batch.Commit();
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public void Batch_DisposedWithoutCommit_IsRolledBackAndTheNextBatchDoesNotCarryIt()
    {
        using var store = IndexStore.InMemory(morphology.Analyzer);
        var parser = new ChangeLogParser();
        Commit(store, b => b.ReplaceDocument("kept", parser.Parse(Log("令和3年度\tI\t旧\t新\t\t"), "kept").Entries));
        using (var abandoned = store.BeginBatch(TestContext.Current.CancellationToken))
        {
            abandoned.DeleteDocument("kept");
            abandoned.ReplaceDocument("half", parser.Parse(Log("令和3年度\tI\t旧\t新\t\t"), "half").Entries);
        }

        Commit(store, b => b.ReplaceDocument("next", parser.Parse(Log("令和4年度\tI\t前\t後\t\t"), "next").Entries));

        Assert.Equal(["kept", "next"], new ChangeLogSearchService(store).KnownValues("document").Order());
    }

    [Fact]
    public void DeleteDocument_RemovesOnlyItsRows()
    {
        using var store = IndexStore.InMemory(morphology.Analyzer);
        var parser = new ChangeLogParser();
        Commit(store, b =>
        {
            b.ReplaceDocument("a", parser.Parse(Log("令和3年度\tI\t旧\t新\t\t"), "a").Entries);
            b.ReplaceDocument("b", parser.Parse(Log("令和3年度\tI\t旧\t新\t\t", "令和3年度\tI\t旧\t新\t\t"), "b").Entries);
        });
        Commit(store, b => b.DeleteDocument("b"));

        Assert.Equal(1, store.Count);
    }

    [Fact]
    public void Reopen_AfterDisposeWithoutCommit_KeepsTheLastCommit()
    {
        var parser = new ChangeLogParser();
        using (var store = IndexStore.OpenFolder(_folder, morphology.Analyzer))
        {
            Commit(store, b => b.ReplaceDocument("a", parser.Parse(Log("令和3年度\tI\t旧\t新\t\t"), "a").Entries));
            store.ShutdownGrace = TimeSpan.Zero; // closing with the batch still open, as a shutdown past its grace period would
            var pending = store.BeginBatch(TestContext.Current.CancellationToken);
            pending.ReplaceDocument("b", parser.Parse(Log("令和3年度\tI\t旧\t新\t\t", "令和3年度\tI\t旧\t新\t\t"), "b").Entries);
        }

        using var reopened = IndexStore.OpenFolder(_folder, morphology.Analyzer);
        Assert.True(reopened.HadCommitsWhenOpened);
        Assert.Equal(1, reopened.Count);
    }

    [Fact]
    public void Search_PhraseAcrossTwoColumns_DoesNotMatch()
    {
        using var store = IndexStore.InMemory(morphology.Analyzer);
        Commit(store, b => b.ReplaceDocument("a", new ChangeLogParser().Parse(Log("令和3年度\t変更された委託\t先名の記載\t後\t\t"), "a").Entries));

        var search = new ChangeLogSearchService(store);

        Assert.Equal(0, search.Search(new SearchRequest { Query = "委託先名" }).Total);
        Assert.Equal(1, search.Search(new SearchRequest { Query = "委託 AND 先名" }).Total);
    }

    [Fact]
    public void OpenFolder_IndexAnalysedWithAnotherUserDictionary_KeepsServingAndAsksForARebuild()
    {
        using (var store = IndexStore.OpenFolder(_folder, morphology.Analyzer))
        {
            Commit(store, b => b.ReplaceDocument("a", new ChangeLogParser().Parse(Log("令和3年度\tI\t旧\t新\t\t"), "a").Entries));
        }

        using var reopened = IndexStore.OpenFolder(_folder, new PiaSearch.Morphology.MorphologicalAnalyzer(morphology.Dictionary));

        Assert.True(reopened.HadCommitsWhenOpened);
        Assert.NotNull(reopened.RebuildReason);
        Assert.Equal(["a"], reopened.Catalog.Documents.Keys);
        Assert.Equal(1, reopened.Count);
    }

    [Fact]
    public void OpenFolder_WhileAnotherWriterHoldsIt_SaysItIsLocked()
    {
        using var first = IndexStore.OpenFolder(_folder, morphology.Analyzer);

        var error = Assert.Throws<IndexLockedException>(() => IndexStore.OpenFolder(_folder, morphology.Analyzer));
        Assert.Contains("locked", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IngestPaths_Folder_IndexesEveryFileAsItsOwnDocument()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(_folder, "corpus")).FullName;
        File.WriteAllText(Path.Combine(corpus, "one.tsv"), Log("令和3年度\tI\t情報課\t情報政策課\t事後\t"));
        File.WriteAllText(Path.Combine(corpus, "two.tsv"), Log("令和2年度\tI\t未定\t株式会社オーイーシー\t事前\t", "壊れた行"));
        File.WriteAllText(Path.Combine(corpus, ".hidden"), "ignored");
        using var store = IndexStore.InMemory(morphology.Analyzer);

        var report = new ChangeLogIngestor(store, new ChangeLogParser()).IngestPaths([corpus], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["one", "two"], report.Files.Select(f => f.DocumentId));
        Assert.Equal(2, report.Entries);
        Assert.Equal(3, Assert.Single(report.Rejected()).Line);
        var search = new ChangeLogSearchService(store);
        Assert.Equal(["one", "two"], search.KnownValues("document").Order());
    }

    [Fact]
    public void Rebuild_ReplacesEverythingInOneCommit()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(_folder, "corpus")).FullName;
        File.WriteAllText(Path.Combine(corpus, "one.tsv"), Log("令和3年度\tI\t情報課\t情報政策課\t事後\t"));
        using var store = IndexStore.InMemory(morphology.Analyzer);
        var ingestor = new ChangeLogIngestor(store, new ChangeLogParser());
        ingestor.IngestPaths([corpus], cancellationToken: TestContext.Current.CancellationToken);
        File.Delete(Path.Combine(corpus, "one.tsv"));
        File.WriteAllText(Path.Combine(corpus, "two.tsv"), Log("令和4年度\tI\t前\t後\t事後\t", "令和4年度\tI\t前\t後\t事後\t"));

        ingestor.Rebuild([corpus], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["two"], new ChangeLogSearchService(store).KnownValues("document"));
        Assert.Equal(2, store.Count);
    }

    [Fact]
    public void IngestPaths_Cancelled_LeavesTheIndexAtItsLastCommit()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(_folder, "corpus")).FullName;
        File.WriteAllText(Path.Combine(corpus, "one.tsv"), Log("令和3年度\tI\t情報課\t情報政策課\t事後\t"));
        using var store = IndexStore.InMemory(morphology.Analyzer);
        var ingestor = new ChangeLogIngestor(store, new ChangeLogParser());
        ingestor.IngestPaths([corpus], cancellationToken: TestContext.Current.CancellationToken);
        using var cancelled = new CancellationTokenSource();
        var progress = new CancelAfterFirstReport(cancelled);

        Assert.ThrowsAny<OperationCanceledException>(() => ingestor.Rebuild([corpus, corpus], progress, cancelled.Token));

        Assert.Equal(1, store.Count);
        Assert.Equal(["one"], new ChangeLogSearchService(store).KnownValues("document"));
    }

    private sealed class CancelAfterFirstReport(CancellationTokenSource source) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => source.Cancel();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

internal static class IngestReportExtensions
{
    public static IEnumerable<ParseIssue> Rejected(this IngestReport report) => report.Files.SelectMany(f => f.Rejected);
}
