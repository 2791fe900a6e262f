using PiaSearch.CrossReference.Evaluation;

namespace PiaSearch.CrossReference.Tests.Evaluation;

public sealed class AnswerScorerTests
{
    private static QuestionCase Case(string facts, string evidence)
    {
        using var reader = new StringReader($"q1\tlog-a\t\t課はいつ変わったか。\t{facts}\t{evidence}\n");
        return QuestionSet.Parse(reader)[0];
    }

    [Fact]
    public void Score_EveryFactAndAnExpectedRow_IsCorrect()
    {
        var question = Case("令和3年4月1日|2021-04-01;情報政策課", "12 log-b:7");

        var score = AnswerScorer.Score(question, "情報課は令和３年４月１日に 情報 政策課 になりました。", [new ExpectedRow("log-b", 7), new ExpectedRow("log-a", 99)]);

        Assert.True(score.Correct);
        Assert.Empty(score.MissingFacts);
    }

    [Fact]
    public void Score_AnAlternativeOfAFact_IsEnough()
    {
        var question = Case("令和3年4月1日|2021-04-01", "12");

        var score = AnswerScorer.Score(question, "Renamed on 2021-04-01.", [new ExpectedRow("log-a", 12)]);

        Assert.True(score.Correct);
    }

    [Fact]
    public void Score_AFactMissing_IsWrongAndNamesTheFact()
    {
        var question = Case("令和3年4月1日|2021-04-01;情報政策課", "12");

        var score = AnswerScorer.Score(question, "情報課は令和3年度に情報政策課になりました。", [new ExpectedRow("log-a", 12)]);

        Assert.False(score.Correct);
        Assert.Equal(["令和3年4月1日|2021-04-01"], score.MissingFacts);
    }

    [Fact]
    public void Score_RightTextButNoExpectedRow_IsWrong()
    {
        var question = Case("情報政策課", "12");

        var score = AnswerScorer.Score(question, "情報政策課です。", [new ExpectedRow("log-a", 13), new ExpectedRow("log-b", 12)]);

        Assert.False(score.Correct);
        Assert.False(score.EvidenceFound);
    }

    [Fact]
    public void Fold_WidthSpacesAndCase_AreIgnored()
    {
        Assert.Equal(AnswerScorer.Fold("ＮＳＫ株式会社（２０２１）"), AnswerScorer.Fold("nsk 株式会社 (2021)"));
    }
}
