using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Questions;

namespace PiaSearch.CrossReference.Tests.Questions;

/// <summary>
/// Counts as of a day, additions and removals, "is it a rename" and what a date is, in a fictional town's log (小鷺町, written
/// for these tests). Line N of the log is row N-1 (line 1 is the header).
/// </summary>
public sealed class CountAndAdditionQuestionTests
{
    private static readonly Lazy<QuestionAnswerer> Answerer = new(() => new QuestionAnswerer(new CrossReferenceBuilder().Build(TestLogs.Parse(
        "kosagi-kokuho",
        ("平成30年4月1日", "(被保険者ファイル) II-4-委託の有無", "[委託する] (2件)", "[委託する] (3件)"),
        ("平成30年4月1日", "(被保険者ファイル) II-4-委託事項3", "—", "帳票印刷業務"),
        ("平成30年4月1日", "(被保険者ファイル) II-4-委託事項3-⑥委託先名", "—", "株式会社コサギ印刷"),
        ("令和2年4月1日", "(被保険者ファイル) II-4-委託の有無", "[委託する] (3件)", "[委託する] (2件)"),
        ("令和2年4月1日", "(被保険者ファイル) II-4-委託事項2", "住民税連携業務", "削除"),
        ("令和2年4月1日", "(被保険者ファイル) II-5-提供・移転の有無", "[○] 提供を行っている(10)件 [○] 移転を行っている(4)件 [ ] 行っていない",
            "[○] 提供を行っている(12)件 [○] 移転を行っている(5)件 [ ] 行っていない"),
        ("令和2年4月1日", "(被保険者ファイル) II-5-提供先11", "—", "厚生労働大臣"),
        ("令和3年4月1日", "(被保険者ファイル) II-3-③使用部署", "健康福祉部保険課", "健康福祉部保険年金課"),
        ("令和3年4月1日", "(被保険者ファイル) II-4-委託事項1-⑥委託先名", "株式会社コサギ電算", "株式会社ミナミ情報サービス"),
        ("令和3年6月1日", "VI 評価実施手続き 3.第三者点検 ①実施日", "43900", "44350")))));

    [Theory]
    [InlineData("平成31年1月1日時点で委託は何件ですか。", "3件", 2)]
    [InlineData("令和２年４月１日時点の委託の件数は?", "2件", 5)] // the change of 令和2年4月1日 is in effect on that day
    [InlineData("令和２年３月31日時点の委託の件数は?", "3件", 2)]
    [InlineData("現在の委託の件数を教えてください", "2件", 5)]
    [InlineData("令和3年4月1日時点で提供は何件でしたか", "12件", 7)]
    [InlineData("令和3年4月1日時点の移転の件数は", "5件", 7)]
    [InlineData("平成31年1月1日時点の移転は何件か", "4件", 7)] // before the first change: what it replaced, with that row
    public void Ask_HowMany_ReadsTheCountOfThe有無ItemOnThatDay(string question, string count, int line)
    {
        var answer = Answerer.Value.Ask(question);

        Assert.Equal(QuestionIntent.HowMany, answer.Kind);
        Assert.Contains(count, answer.Text, StringComparison.Ordinal);
        Assert.Contains(line, answer.Evidence.Select(e => e.Line));
    }

    [Fact]
    public void Ask_HowManyOfTwoSubjects_AnswersEach()
    {
        var answer = Answerer.Value.Ask("令和3年4月1日の時点で、提供と移転はそれぞれ何件ですか");

        Assert.Contains("提供の件数は12件", answer.Text, StringComparison.Ordinal);
        Assert.Contains("移転の件数は5件", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_HowManyInEnglish_WithAnEnglishDate()
    {
        var answer = Answerer.Value.Ask("How many entrustments were there on 1 January 2019?");

        Assert.Equal(QuestionIntent.HowMany, answer.Kind);
        Assert.Contains("3", answer.Text, StringComparison.Ordinal);
        Assert.Contains("2019", answer.Understood.Date!.Raw, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("委託事項3が追加されたのはいつですか", QuestionIntent.WhenAdded, "平成30年4月1日", new[] { 3, 4 })]
    [InlineData("委託事項2が削除されたのはいつか。", QuestionIntent.WhenRemoved, "令和2年4月1日", new[] { 6 })]
    [InlineData("When was 委託事項3 added?", QuestionIntent.WhenAdded, "2018-04-01", new[] { 3 })]
    public void Ask_WhenAnItemWasAddedOrRemoved_IsTheChangeThatFilledOrEmptiedIt(string question, QuestionIntent kind, string date, int[] lines)
    {
        var answer = Answerer.Value.Ask(question);

        Assert.Equal(kind, answer.Kind);
        Assert.Contains(date, answer.Text, StringComparison.Ordinal);
        Assert.All(lines, l => Assert.Contains(l, answer.Evidence.Select(e => e.Line)));
    }

    [Fact]
    public void Ask_WhenANameWasAdded_IsItsFirstAppearance()
    {
        var answer = Answerer.Value.Ask("株式会社コサギ印刷が委託先に加わったのはいつですか");

        Assert.Equal(QuestionIntent.WhenAdded, answer.Kind);
        Assert.Contains("平成30年4月1日", answer.Text, StringComparison.Ordinal);
        Assert.Contains(4, answer.Evidence.Select(e => e.Line));
    }

    [Fact]
    public void Ask_WhatWasAddedInAYear_ListsTheItemsFilledThen()
    {
        var answer = Answerer.Value.Ask("令和2年度に追加された提供先は?");

        Assert.Equal(QuestionIntent.WhatAdded, answer.Kind);
        Assert.Contains("提供先11", answer.Text, StringComparison.Ordinal);
        Assert.Contains("厚生労働大臣", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("委託事項", answer.Text, StringComparison.Ordinal);
        Assert.Equal([8], answer.Evidence.Select(e => e.Line));
    }

    [Fact]
    public void Ask_WhatWasRemovedInAYear_ListsTheItemsEmptiedThen()
    {
        var answer = Answerer.Value.Ask("令和2年度の変更で削除された委託事項は何ですか");

        Assert.Equal(QuestionIntent.WhatAdded, answer.Kind);
        Assert.Contains("委託事項2", answer.Text, StringComparison.Ordinal);
        Assert.Contains("住民税連携業務", answer.Text, StringComparison.Ordinal);
        Assert.Equal([6], answer.Evidence.Select(e => e.Line));
    }

    [Fact]
    public void Ask_IsItARename_YesForTheSameUnitUnderANewName()
    {
        var answer = Answerer.Value.Ask("健康福祉部保険課から健康福祉部保険年金課への変更は名称変更ですか");

        Assert.Equal(QuestionIntent.IsRename, answer.Kind);
        Assert.StartsWith("はい", answer.Text, StringComparison.Ordinal);
        Assert.Equal([9], answer.Evidence.Select(e => e.Line));
    }

    [Theory]
    [InlineData("株式会社コサギ電算と株式会社ミナミ情報サービスは同じ会社ですか")]
    [InlineData("株式会社コサギ電算から株式会社ミナミ情報サービスに変わったのは社名変更でしょうか")]
    public void Ask_IsItARename_NoForAnotherCompany(string question)
    {
        var answer = Answerer.Value.Ask(question);

        Assert.Equal(QuestionIntent.IsRename, answer.Kind);
        Assert.StartsWith("いいえ", answer.Text, StringComparison.Ordinal);
        Assert.Contains("交代", answer.Text, StringComparison.Ordinal);
        Assert.Equal([10], answer.Evidence.Select(e => e.Line));
    }

    [Fact]
    public void Ask_WhatASerialIs_IsItsDayAndTheItemHoldingIt()
    {
        var answer = Answerer.Value.Ask("44350はいつのことですか");

        Assert.Equal(QuestionIntent.WhatDate, answer.Kind);
        Assert.Contains("令和3年6月3日", answer.Text, StringComparison.Ordinal);
        Assert.Contains("実施日", answer.Text, StringComparison.Ordinal);
        Assert.Equal([11], answer.Evidence.Select(e => e.Line));
    }

    [Fact]
    public void Ask_WhatADayIs_NamesTheItemsThatHoldIt()
    {
        var answer = Answerer.Value.Ask("令和3年6月3日は何の日ですか");

        Assert.Equal(QuestionIntent.WhatDate, answer.Kind);
        Assert.Contains("第三者点検", answer.Text, StringComparison.Ordinal);
        Assert.Equal([11], answer.Evidence.Select(e => e.Line));
    }
}
