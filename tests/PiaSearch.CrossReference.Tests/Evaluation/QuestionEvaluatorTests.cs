using PiaSearch.CrossReference.Evaluation;
using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Questions;

namespace PiaSearch.CrossReference.Tests.Evaluation;

/// <summary>Questions asked through the real answerer over a small log written here.</summary>
public sealed class QuestionEvaluatorTests
{
    private const string Log = "evaluator-log";

    private static QuestionAnswerer Answerer()
    {
        var entries = TestLogs.Parse(Log,
            ("令和2年4月1日", "I-7-①部署", "総務部文書課", "総務部法務文書課"),
            ("令和3年4月1日", "(住民ファイル) Ⅱ-4-委託事項1-⑥委託先名", "株式会社あさひ計算センター", "みなと情報株式会社"));
        return new QuestionAnswerer(new CrossReferenceBuilder().Build(entries));
    }

    [Fact]
    public void Evaluate_RightAndWrongExpectations_CountsOnlyTheRightOneCorrect()
    {
        // The same question twice: once with what the rows say (line 2 is the rename), once with a wrong date and row.
        using var reader = new StringReader(
            $"q1\t{Log}\t\t文書課はいつ法務文書課になりましたか。\t令和2年4月1日|2020-04-01;法務文書課\t2\n" +
            $"q2\t{Log}\t\t文書課はいつ法務文書課になりましたか。\t令和3年4月1日|2021-04-01\t3\n" +
            $"q3\tother-log\t\t文書課はいつ法務文書課になりましたか。\t令和2年4月1日\tother-log:2\n");
        var questions = QuestionSet.Parse(reader);
        var answerer = Answerer();

        var report = QuestionEvaluator.Evaluate(questions, (q, municipality) => answerer.Ask(q, municipality));

        Assert.Equal([true, false, false], report.Scores.Select(s => s.Correct));
        Assert.True(report.Scores[0].EvidenceFound);
        Assert.Equal(["令和3年4月1日|2021-04-01"], report.Scores[1].MissingFacts);
        Assert.False(report.Scores[2].EvidenceFound);
        Assert.Equal([(Log, 1, 2), ("other-log", 0, 1)], report.ByLog);
        Assert.Equal(1, report.Correct);
        Assert.Equal(3, report.Total);
    }
}
