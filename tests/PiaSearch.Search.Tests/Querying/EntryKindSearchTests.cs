using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Html;
using PiaSearch.Documents.Items;
using PiaSearch.Search.Indexing;
using PiaSearch.Search.Querying;

namespace PiaSearch.Search.Tests.Querying;

/// <summary>Change rows and a whole evaluation's section fields in one index: kind is a filter (changes by default) and a facet.</summary>
public sealed class EntryKindSearchTests(MorphologyFixture morphology)
{
    private const string Log = "変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n" +
        "令和3年4月1日\tII-4-委託事項1-⑥委託先名\t株式会社北データ\t株式会社南システム\t事後\t\n" +
        "令和4年4月1日\tI-7-①部署\t情報課\t情報政策課\t事後\t\n";

    private static ChangeEntry Section(int line, string path, string text) =>
        new("kita", line, string.Empty, null, ItemPathParser.Parse(path, path), CellText.Empty, new CellText(text, text), SubmissionTiming.Unspecified, string.Empty, CellText.Empty)
        {
            Kind = EntryKind.Section,
            Source = new EntrySource(2, line, null),
        };

    private ChangeLogSearchService Indexed(out IndexStore store)
    {
        store = IndexStore.InMemory(morphology.Analyzer);
        IReadOnlyList<ChangeEntry> entries =
        [
            .. new ChangeLogParser().Parse(Log, "kita").Entries,
            Section(10, "Ⅱ 特定個人情報ファイルの概要 > 4. 特定個人情報ファイルの取扱いの委託 > ②委託事項", "システムの運用及び保守を株式会社南システムに委託する。"),
            Section(11, "Ⅰ 基本情報 > 1. 特定個人情報ファイルを取り扱う事務 > ①事務の名称", "住民基本台帳に関する事務"),
        ];
        using (var batch = store.BeginBatch(TestContext.Current.CancellationToken))
        {
            batch.ReplaceDocument("kita", entries);
            batch.Commit();
        }

        return new ChangeLogSearchService(store, cacheCapacity: 0);
    }

    [Fact]
    public void Search_WithoutKind_ChangeRowsOnlyAndTheFacetCountsBothKinds()
    {
        var search = Indexed(out var store);
        using var _ = store;

        var results = search.Search(new SearchRequest { Query = "南システム" });

        var hit = Assert.Single(results.Hits);
        Assert.Equal(EntryKind.Change, hit.Entry.Kind);
        Assert.Equal([new FacetCount("change", 1), new FacetCount("section", 1)], results.Facets[IndexFields.Kind]);
    }

    [Fact]
    public void Search_KindSection_TheSectionFieldWithItsPathKindAndSource()
    {
        var search = Indexed(out var store);
        using var _ = store;

        var results = search.Search(new SearchRequest { Query = "南システム", Kind = EntryKind.Section });

        var hit = Assert.Single(results.Hits);
        Assert.Equal(EntryKind.Section, hit.Entry.Kind);
        Assert.Equal("Ⅱ 特定個人情報ファイルの概要 > 4. 特定個人情報ファイルの取扱いの委託 > ②委託事項", hit.Entry.Item.Text);
        Assert.Equal(new EntrySource(2, 10, null), hit.Entry.Source);
        Assert.Contains("after", hit.Highlights.Keys);
        Assert.Equal(1, search.Search(new SearchRequest { Query = "事務", Kind = EntryKind.Section }).Total);
        Assert.Equal(0, search.Search(new SearchRequest { Query = "事務" }).Total);
    }

    [Fact]
    public void Search_KindChange_SameAsNoKind()
    {
        var search = Indexed(out var store);
        using var _ = store;

        var asked = search.Search(new SearchRequest { Query = "情報", Kind = EntryKind.Change });
        var unasked = search.Search(new SearchRequest { Query = "情報" });

        Assert.Equal(unasked.Hits.Select(h => h.Entry.Id), asked.Hits.Select(h => h.Entry.Id));
        Assert.All(asked.Hits, h => Assert.Equal(EntryKind.Change, h.Entry.Kind));
    }

    [Fact]
    public void EncodeDecode_SectionEntry_KeepsItsKind()
    {
        var entry = Section(12, "Ⅴ 開示請求、問合せ > ①請求先", "総務課");

        var bytes = StoredEntryCodec.Encode(entry);

        Assert.Equal(EntryKind.Section, StoredEntryCodec.Decode(bytes, 0, bytes.Length).Kind);
    }
}
