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

    [Fact]
    public void ReplaceDocument_SameId_ReplacesAllItsRows()
    {
        using var store = IndexStore.InMemory(morphology.Analyzer);
        var parser = new ChangeLogParser();
        store.ReplaceDocument("a", parser.Parse(Log("令和3年度\tI\t旧\t新\t\t", "令和3年度\tI\t旧2\t新2\t\t"), "a").Entries);
        store.Commit();
        store.ReplaceDocument("a", parser.Parse(Log("令和4年度\tI\t前\t後\t\t"), "a").Entries);
        store.Commit();

        Assert.Equal(1, store.Count);
    }

    [Fact]
    public void Writes_BeforeCommit_AreNotVisible()
    {
        using var store = IndexStore.InMemory(morphology.Analyzer);
        store.ReplaceDocument("a", new ChangeLogParser().Parse(Log("令和3年度\tI\t旧\t新\t\t"), "a").Entries);

        Assert.Equal(0, store.Count);
        store.Commit();
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public void Reopen_AfterDisposeWithoutCommit_KeepsTheLastCommit()
    {
        var parser = new ChangeLogParser();
        using (var store = IndexStore.OpenFolder(_folder, morphology.Analyzer))
        {
            store.ReplaceDocument("a", parser.Parse(Log("令和3年度\tI\t旧\t新\t\t"), "a").Entries);
            store.Commit();
            store.ReplaceDocument("b", parser.Parse(Log("令和3年度\tI\t旧\t新\t\t", "令和3年度\tI\t旧\t新\t\t"), "b").Entries);
        }

        using var reopened = IndexStore.OpenFolder(_folder, morphology.Analyzer);
        Assert.True(reopened.HadCommitsWhenOpened);
        Assert.Equal(1, reopened.Count);
    }

    [Fact]
    public void OpenFolder_IndexAnalysedWithAnotherUserDictionary_StartsEmptySoItIsRebuilt()
    {
        using (var store = IndexStore.OpenFolder(_folder, morphology.Analyzer))
        {
            store.ReplaceDocument("a", new ChangeLogParser().Parse(Log("令和3年度\tI\t住基ネット\t新\t\t"), "a").Entries);
            store.Commit();
        }

        using var reopened = IndexStore.OpenFolder(_folder, new PiaSearch.Morphology.MorphologicalAnalyzer(morphology.Dictionary));

        Assert.False(reopened.HadCommitsWhenOpened);
        reopened.Commit();
        Assert.Equal(0, reopened.Count);
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

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

internal static class IngestReportExtensions
{
    public static IEnumerable<ParseIssue> Rejected(this IngestReport report) => report.Files.SelectMany(f => f.Rejected);
}
