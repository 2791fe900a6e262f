using PiaSearch.CrossReference;
using PiaSearch.CrossReference.Model;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.CrossReferencing;
using PiaSearch.Search.Indexing;
using PiaSearch.Search.Querying;

namespace PiaSearch.Search.Tests.CrossReferencing;

public sealed class CrossReferenceIndexTests(MorphologyFixture morphology)
{
    private const string Header = "変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n";

    private static void Commit(IndexStore store, string documentId, params string[] rows)
    {
        using var batch = store.BeginBatch(TestContext.Current.CancellationToken);
        batch.ReplaceDocument(documentId, new ChangeLogParser().Parse(Header + string.Join('\n', rows), documentId).Entries);
        batch.Commit();
    }

    [Fact]
    public void Search_EntityFilter_KeepsTheRowsThatMentionTheEntityInAnySpelling()
    {
        using var store = IndexStore.InMemory(morphology.Analyzer);
        Commit(store, "a",
            "令和2年度\t(住民記録ファイル) II-4-委託事項1-⑥委託先名\t未定\t株式会社テスト電算\t事後\t",
            "令和3年度\t(住民記録ファイル) II-4-委託事項1-⑥委託先名\t株式会社テスト電算\tテスト電算株式会社\t事後\t",
            "令和3年度\t(住民記録ファイル) II-3-⑦使用の主体-使用部署\t市民課\t市民窓口課\t事後\t");
        using var crossReference = new CrossReferenceIndex(store, new CrossReferenceBuilder());
        var search = new ChangeLogSearchService(store);
        var company = EntityFinder.Resolve(crossReference.Current, "テスト電算", EntityType.Contractor)!;

        Assert.True(new SearchInputValidator(search, crossReference).TryValidate(new SearchInput { Q = "委託先名", Entity = company.Id }, out var request, out _));
        var results = search.Search(request);

        Assert.Equal([2, 3], results.Hits.Select(h => h.Entry.Line).Order());
    }

    [Fact]
    public void Validate_UnknownEntity_SaysSoInBothLanguages()
    {
        using var store = IndexStore.InMemory(morphology.Analyzer);
        Commit(store, "a", "令和3年度\tI-7-②所属長\t市民課長 山田 太郎\t市民課長 鈴木 花子\t事後\t");
        using var crossReference = new CrossReferenceIndex(store, new CrossReferenceBuilder());

        Assert.False(new SearchInputValidator(new ChangeLogSearchService(store), crossReference).TryValidate(new SearchInput { Q = "所属長", Entity = "person-00000000" }, out _, out var errors));

        var message = Assert.Single(errors["entity"]);
        Assert.Contains("実体", message, StringComparison.Ordinal);
        Assert.Contains("Unknown entity", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Current_AfterACommit_IsBuiltAgainFromTheNewRows()
    {
        using var store = IndexStore.InMemory(morphology.Analyzer);
        Commit(store, "a", "令和3年度\tII-4-委託事項1-⑥委託先名\t未定\t株式会社テスト電算\t事後\t");
        using var crossReference = new CrossReferenceIndex(store, new CrossReferenceBuilder());
        var first = crossReference.Current;
        Assert.Same(first, crossReference.Current);
        Assert.True(crossReference.TryGetCurrent(out _));

        Commit(store, "b", "令和3年度\tII-4-委託事項1-⑥委託先名\t未定\t株式会社別会社\t事後\t");

        Assert.NotSame(first, crossReference.Current);
        Assert.NotNull(EntityFinder.Resolve(crossReference.Current, "別会社", EntityType.Contractor));
        Assert.Null(EntityFinder.Resolve(first, "別会社", EntityType.Contractor));
    }
}
