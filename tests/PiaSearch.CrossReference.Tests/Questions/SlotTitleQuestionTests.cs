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
        ("令和2年4月1日", "(住民記録ファイル) II-4-委託事項1-⑥委託先名", "—", "株式会社若松電算")))));

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
