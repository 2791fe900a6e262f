using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Questions;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Catalog;
using PiaSearch.Search.Indexing;
using PiaSearch.Search.Querying;

namespace PiaSearch.Search.Tests.Questions;

/// <summary>
/// 「XがAからBに変わったのはいつか」 answered from the index over two fictional towns' logs (西沢市, 東丘町), written for
/// these tests: the row whose 変更前 says A and 変更後 says B, not one where B was already there.
/// </summary>
public sealed class ContentChangeQuestionTests(MorphologyFixture morphology)
{
    private const string Header = "変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n";

    private static readonly string[] Nishizawa =
    [
        "令和2年4月1日\tII-6-①保管場所\tサーバ室に保管する。\tサーバ室及びデータセンターに保管する。\t事後\t保管場所の追加",
        "令和4年4月1日\tII-6-①保管場所\tサーバ室及びデータセンターに保管する。\tデータセンターに保管する。\t事後\t保管場所の変更",
        "令和3年4月1日\tIII-7-②消去方法\t上書きにより消去する。\t媒体を物理的に破壊する。\t事後\t方法の変更",
        "令和3年4月1日\tI-7-①担当部署\t市民課\t市民課\t事後\t軽微な変更",
    ];

    private static readonly string[] Higashioka =
    [
        "令和5年4月1日\tII-6-①保管場所\tサーバ室に保管する。\tデータセンターに保管する。\t事後\t保管場所の変更",
    ];

    private (IndexStore Store, QuestionAnswerer Answerer) Open()
    {
        var store = IndexStore.InMemory(morphology.Analyzer);
        var entries = new List<ChangeEntry>();
        using (var batch = store.BeginBatch(TestContext.Current.CancellationToken))
        {
            foreach (var (id, municipality, rows) in new[] { ("nishizawa", "西沢市", Nishizawa), ("higashioka", "東丘町", Higashioka) })
            {
                var parsed = new ChangeLogParser().Parse(Header + string.Join('\n', rows), id).Entries;
                batch.ReplaceDocument(new DocumentRecord(id, municipality, "テスト事務", "test", DateTimeOffset.UtcNow, parsed.Count, 0), parsed);
                entries.AddRange(parsed);
            }

            batch.Commit();
        }

        var model = new CrossReferenceBuilder().Build(entries, id => id == "nishizawa" ? "西沢市" : "東丘町");
        return (store, new QuestionAnswerer(model, rows: new IndexChangedRowFinder(store)));
    }

    [Fact]
    public void Ask_WhenSomethingWasFirstUsed_IsTheFirstRowThatWritesIt()
    {
        var (store, answerer) = Open();
        using var _ = store;

        var answer = answerer.Ask("データセンターを使い始めたのはいつですか", "西沢市");

        Assert.Equal(QuestionIntent.WhenChanged, answer.Kind);
        Assert.Contains("令和2年4月1日", answer.Text, StringComparison.Ordinal);
        Assert.Equal([2], answer.Evidence.Select(e => e.Line));
    }

    [Fact]
    public void Ask_ContentChange_QuotesWhatTheRowItselfChanged()
    {
        var (store, answerer) = Open();
        using var _ = store;

        var answer = answerer.Ask("消去方法が破壊に変わったのはいつか", "西沢市");

        Assert.Equal(QuestionIntent.WhenChanged, answer.Kind);
        Assert.True(answer.Text.Contains('→') && answer.Text.Contains("上書き", StringComparison.Ordinal), answer.Text);
    }

    [Fact]
    public void Ask_WhenDidTheTextChangeFromOneThingToAnother_GivesTheDateAndTheRow_NotALaterRowWhereItWasAlreadyThere()
    {
        var (store, answerer) = Open();
        using var _ = store;

        var answer = answerer.Ask("保管場所がサーバ室からデータセンターに変わったのはいつか", "西沢市");

        Assert.Equal(QuestionIntent.WhenChanged, answer.Kind);
        Assert.Contains("令和2年4月1日", answer.Text, StringComparison.Ordinal);
        var row = Assert.Single(answer.Evidence);
        Assert.Equal(("nishizawa", 2), (row.DocumentId, row.Line));
    }

    [Fact]
    public void Ask_TheSameChangeInAnotherTown_IsAnsweredFromTheTownAskedAbout()
    {
        var (store, answerer) = Open();
        using var _ = store;

        var answer = answerer.Ask("保管場所がサーバ室からデータセンターに変わったのはいつか", "東丘町");

        Assert.Contains("令和5年4月1日", answer.Text, StringComparison.Ordinal);
        Assert.Equal("higashioka", Assert.Single(answer.Evidence).DocumentId);
        Assert.StartsWith("【東丘町】", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_ChangeWithoutTheOldText_FindsTheRowWhoseNewTextIsNew()
    {
        var (store, answerer) = Open();
        using var _ = store;

        var answer = answerer.Ask("消去方法が物理的に破壊するに変わったのはいつですか", "西沢市");

        Assert.Equal(QuestionIntent.WhenChanged, answer.Kind);
        Assert.Equal(4, Assert.Single(answer.Evidence).Line);
    }

    [Fact]
    public void Ask_NoRowChangedThatWay_IsNotAnswered()
    {
        var (store, answerer) = Open();
        using var _ = store;

        var answer = answerer.Ask("保管場所がデータセンターからサーバ室に変わったのはいつか", "西沢市");

        Assert.Equal(QuestionIntent.Unknown, answer.Kind);
        Assert.Empty(answer.Evidence);
    }
}
