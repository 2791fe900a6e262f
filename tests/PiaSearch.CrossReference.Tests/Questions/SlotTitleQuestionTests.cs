using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Questions;

namespace PiaSearch.CrossReference.Tests.Questions;

/// <summary>An item named by its title instead of its number, in a fictional town's log (若松町, written for these tests).</summary>
public sealed class SlotTitleQuestionTests
{
    private static readonly Lazy<QuestionAnswerer> Answerer = new(() => new QuestionAnswerer(new CrossReferenceBuilder().Build(TestLogs.Parse(
        "wakamatsu-juki",
        ("令和2年4月1日", "(住民記録ファイル) II-4-委託事項3", "—", "帳票印刷・封入封緘業務(令和3年3月まで)"),
        ("令和2年4月1日", "(住民記録ファイル) II-4-委託事項3-⑥委託先名", "—", "株式会社若松プリント"),
        ("令和4年4月1日", "(住民記録ファイル) II-4-委託事項3-⑥委託先名", "株式会社若松プリント", "株式会社ミドリ印刷"),
        ("令和2年4月1日", "(住民記録ファイル) II-4-委託事項1", "—", "システム運用業務"),
        ("令和2年4月1日", "(住民記録ファイル) II-4-委託事項1-⑥委託先名", "—", "株式会社若松電算"),
        ("令和3年6月1日", "VI 評価実施手続き 2.外部有識者による点検 ①実施日", "44000", "44350"),
        ("令和3年6月1日", "VI 評価実施手続き 2.外部有識者による点検 ②結果", "指摘なし", "軽微な指摘あり"),
        ("令和3年6月1日", "VI 評価実施手続き 1.基礎項目評価 ①実施日", "43900", "44300")))));

    [Fact]
    public void Ask_TheDayOfAnItemNamedByItsHeading_IsItsValueAsADate()
    {
        var answer = Answerer.Value.Ask("外部有識者による点検の実施日はいつか");

        Assert.Equal(QuestionIntent.ValueAsOf, answer.Kind);
        Assert.Contains("令和3年6月3日（2021-06-03）", answer.Text, StringComparison.Ordinal); // 44350 as an Excel serial
        Assert.Equal(7, Assert.Single(answer.Evidence).Line);
    }

    [Theory]
    [InlineData("帳票印刷・封入封緘業務の委託先はどこですか。また、外部有識者による点検の結果は?")]
    [InlineData("帳票印刷・封入封緘業務の委託先は？ あわせて外部有識者による点検の結果も教えてください。")]
    public void Ask_TwoQuestionsInOne_AnswersBothWithBothRows(string question)
    {
        var answer = Answerer.Value.Ask(question);

        Assert.Contains("株式会社ミドリ印刷", answer.Text, StringComparison.Ordinal);
        Assert.Contains("軽微な指摘あり", answer.Text, StringComparison.Ordinal);
        Assert.Equal([4, 8], answer.Evidence.Select(e => e.Line).Order());
    }

    [Fact]
    public void Ask_AnotherItemUnderTheSameHeading_IsThatItem()
    {
        var answer = Answerer.Value.Ask("外部有識者による点検の結果は?");

        Assert.Contains("軽微な指摘あり", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WhenAnItemThatIsNotADayChanged_IsNotItsValue()
    {
        var answer = Answerer.Value.Ask("外部有識者による点検の結果はいつ変わった?");

        Assert.NotEqual(QuestionIntent.ValueAsOf, answer.Kind);
    }

    [Fact]
    public void Ask_ContractorOfAnItemNamedByItsTitle_IsTheCurrentOne()
    {
        var answer = Answerer.Value.Ask("帳票印刷・封入封緘業務の委託先はどこか");

        Assert.Equal(QuestionIntent.ValueAsOf, answer.Kind);
        Assert.Contains("株式会社ミドリ印刷", answer.Text, StringComparison.Ordinal);
        Assert.Contains("委託事項3", answer.Text, StringComparison.Ordinal);
        Assert.StartsWith("現在の", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_ItemNamedByItsTitleOnADay_IsTheValueThen()
    {
        var answer = Answerer.Value.Ask("2021年4月1日時点の帳票印刷・封入封緘業務の委託先は?");

        Assert.Contains("株式会社若松プリント", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_TitleOfAnotherItem_IsThatItemsContractor()
    {
        var answer = Answerer.Value.Ask("システム運用業務の委託先を教えてください");

        Assert.Contains("株式会社若松電算", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("印刷", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WhenQuestionAboutATitle_IsNotTakenForItsValueNow()
    {
        var answer = Answerer.Value.Ask("帳票印刷・封入封緘業務の委託先はいつ変わった?");

        Assert.NotEqual(QuestionIntent.ValueAsOf, answer.Kind);
    }
}
