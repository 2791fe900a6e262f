using PiaSearch.CrossReference;
using PiaSearch.CrossReference.Model;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.CrossReferencing;
using PiaSearch.Search.Indexing;
using PiaSearch.Search.Ingest;
using PiaSearch.Search.Querying;

namespace PiaSearch.Search.Tests.CrossReferencing;

public sealed class EntityTaggerTests
{
    private const string Header = "変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n";

    private static string Log(params string[] rows) => Header + string.Join('\n', rows);

    [Fact]
    public void IngestPaths_WithATagger_RowsCanBeFilteredByEntity()
    {
        using var store = IndexStore.InMemory();
        var folder = Directory.CreateTempSubdirectory("pia-tag-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.tsv"), Log(
                "令和2年度\t(住民記録ファイル) II-4-委託事項1-⑥委託先名\t未定\t株式会社テスト電算\t事後\t",
                "令和3年度\t(住民記録ファイル) II-4-委託事項1-⑥委託先名\t株式会社テスト電算\tテスト電算株式会社\t事後\t",
                "令和3年度\t(住民記録ファイル) II-3-⑦使用の主体-使用部署\t市民課\t市民窓口課\t事後\t"));
            var ingestor = new ChangeLogIngestor(store, new ChangeLogParser(), tagger: new EntityTagger(new CrossReferenceBuilder()));

            var report = ingestor.IngestPaths([folder], cancellationToken: TestContext.Current.CancellationToken);

            var model = report.CrossReference!;
            var company = EntityFinder.Resolve(model, "テスト電算", EntityType.Contractor)!;
            var results = new ChangeLogSearchService(store).Search(new SearchRequest { Query = "委託先名", Entity = company.Id });
            Assert.Equal([2, 3], results.Hits.Select(h => h.Entry.Line).Order());
            Assert.True(EntityTagger.IsTaggedFor(store, model));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void IsTaggedFor_IndexWrittenWithoutTags_IsFalseUntilTagged()
    {
        using var store = IndexStore.InMemory();
        store.ReplaceDocument("a", new ChangeLogParser().Parse(Log("令和3年度\tI-7-②所属長\t市民課長 山田 太郎\t市民課長 鈴木 花子\t事後\t"), "a").Entries);
        store.Commit();
        var index = new CrossReferenceIndex(store, new CrossReferenceBuilder());

        Assert.False(EntityTagger.IsTaggedFor(store, index.Current));

        var model = new EntityTagger(new CrossReferenceBuilder()).TagAll(store);
        store.Commit();

        Assert.True(EntityTagger.IsTaggedFor(store, model));
        Assert.Equal(3, model.Entities.Count);
    }

    [Fact]
    public void Current_RowsChange_BuildsTheModelAgain()
    {
        using var store = IndexStore.InMemory();
        var index = new CrossReferenceIndex(store, new CrossReferenceBuilder());
        store.ReplaceDocument("a", new ChangeLogParser().Parse(Log("令和3年度\tII-4-委託事項1-⑥委託先名\t未定\t株式会社テスト電算\t事後\t"), "a").Entries);
        store.Commit();
        var first = index.Current;
        Assert.Same(first, index.Current);

        store.ReplaceDocument("b", new ChangeLogParser().Parse(Log("令和3年度\tII-4-委託事項1-⑥委託先名\t未定\t株式会社別会社\t事後\t"), "b").Entries);
        store.Commit();

        Assert.NotSame(first, index.Current);
        Assert.NotNull(EntityFinder.Resolve(index.Current, "別会社", EntityType.Contractor));
        Assert.Null(EntityFinder.Resolve(first, "別会社", EntityType.Contractor));
    }
}
