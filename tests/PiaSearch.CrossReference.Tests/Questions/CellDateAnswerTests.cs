using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Questions;

namespace PiaSearch.CrossReference.Tests.Questions;

/// <summary>
/// Answers that state a cell holding a spreadsheet day number (43922 = 2020-04-01) under a date item say the date, on a
/// fictional log of the fictional 見本村: 委託事項1's ⑨委託開始日 moved twice, its ⑩対象件数 is a count that looks like one.
/// </summary>
public sealed class CellDateAnswerTests(ITestOutputHelper output)
{
    private static readonly CrossReferenceModel Model = new CrossReferenceBuilder().Build(
        TestLogs.Parse(
            "mihon-village-changes",
            ("令和2年4月1日", "II-4-委託事項1-⑨委託開始日", "未定", "43922"),
            ("令和3年4月1日", "II-4-委託事項1-⑨委託開始日", "43922", "R3.4.1"),
            ("令和3年4月1日", "II-4-委託事項2-⑩対象件数", "43921", "43922")));

    private Answer Ask(string question)
    {
        var answer = new QuestionAnswerer(Model).Ask(question);
        output.WriteLine($"{question} → [{answer.Kind}] {answer.Text}");
        return answer;
    }

    [Fact]
    public void Ask_ValueOfADateItemHoldingADayNumber_SaysTheDate()
    {
        var answer = Ask("令和2年10月1日時点の委託事項1の委託開始日は?");

        Assert.Equal(QuestionIntent.ValueAsOf, answer.Kind);
        Assert.Contains("「令和2年4月1日（2020-04-01）」", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("43922", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_ValueOfADateItemWrittenInShortForm_SaysTheDateInFull()
    {
        var answer = Ask("令和4年1月1日時点の委託事項1の委託開始日は?");

        Assert.Contains("「令和3年4月1日（2021-04-01）」", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_ValueInEnglish_SaysTheDateWithItsIsoFormInBrackets()
    {
        var answer = Ask("What was the start date of 委託事項1 on 2020-10-01?");

        Assert.True(answer.Understood.English);
        Assert.Contains("\"令和2年4月1日 (2020-04-01)\"", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_ValueOfACountThatLooksLikeADayNumber_SaysTheNumber()
    {
        var answer = Ask("令和4年1月1日時点の委託事項2の対象件数は?");

        Assert.Equal(QuestionIntent.ValueAsOf, answer.Kind);
        Assert.Contains("「43922」", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("2020-04-01", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void History_OfADateItem_ListsEachStepAsADate()
    {
        var question = new ParsedQuestion("委託開始日の変遷", QuestionIntent.History, [], null, "委託開始日", [], false);

        var answer = HistoryAnswers.Answer(Model, question)!;
        output.WriteLine(answer.Text);

        Assert.Equal(["未定", "令和2年4月1日（2020-04-01）", "令和3年4月1日（2021-04-01）"], answer.Data.History.Select(s => s.Value));
        Assert.Contains("未定 → 令和2年4月1日（2020-04-01）", answer.Text, StringComparison.Ordinal);
    }
}
