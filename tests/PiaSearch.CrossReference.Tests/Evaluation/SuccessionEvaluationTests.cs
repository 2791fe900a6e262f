using PiaSearch.CrossReference.Evaluation;
using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Successions;
using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.CrossReference.Tests.Evaluation;

[Collection(CorpusModelCollection.Name)]
public sealed class SuccessionEvaluationTests(CorpusModelFixture corpus)
{
    [Fact]
    public void Evaluate_DefaultCorpusAgainstLabels_PrecisionAndRecallAtLeastNinetyPercent()
    {
        var labels = SuccessionLabels.Load(DefaultCorpus.LabelsPath);

        var report = SuccessionEvaluator.Evaluate(labels, corpus.Model.RowChanges);

        Assert.True(labels.Count > 150, $"only {labels.Count} labels");
        Assert.True(report.Precision >= 0.9, $"precision {report.Precision:P1}");
        Assert.True(report.Recall >= 0.9, $"recall {report.Recall:P1}");
    }

    [Theory]
    [InlineData("midorikawa")]
    [InlineData("higashiyama")]
    public void Evaluate_FictionalLogAgainstItsLabels_PrecisionAndRecallAtLeastNinetyPercent(string city)
    {
        var labels = SuccessionLabels.Load(Path.Combine(AppContext.BaseDirectory, "Data", city + "-successions.tsv"));
        using var reader = ChangeLogReader.OpenFile(Path.Combine(AppContext.BaseDirectory, "Data", city + "-juki-changes.tsv"));
        var model = new CrossReferenceBuilder().Build(new ChangeLogParser().Parse(reader, city + "-juki-changes").Entries);

        var report = SuccessionEvaluator.Evaluate(labels, model.RowChanges);

        Assert.True(report.Precision >= 0.9, $"precision {report.Precision:P1}");
        Assert.True(report.Recall >= 0.9, $"recall {report.Recall:P1}");
    }

    /// <summary>
    /// Logs written and labelled blind to the detector, never read by whoever changes it: 北浦市 (contractors and departments
    /// renamed and replaced in hard ways; main before the company-name rules scored 66.9 % / 63.3 %) and 港川町 (laws retitled,
    /// article captions, systems, documents; main scored 62.1 % / 52.9 %). Each must stay at its first blind measurement after
    /// those rules (90.6 % / 85.7 % and 66.1 % / 62.8 %): a change that loses ground on unseen data fails here. 朝霧市 (Blind/,
    /// 後期高齢者医療, written for issue 12: legal forms changed, units moved to another 部, systems and laws retitled, articles
    /// renumbered) scored 89.5 % / 86.0 % on main and 91.0 % / 86.0 % blind after the first rules of issue 12; it was then read
    /// to find what the detector misses, and is held where those fixes left it. 椿坂市 (Blind2, 児童手当) scored 73.0 % / 75.0 % on main
    /// and 82.3 % / 86.1 % blind at the end of those changes; it was then read too. Each floor is where the last change left it.
    /// </summary>
    [Theory]
    [InlineData("kitaura-successions.tsv", "kitaura-kokuho-changes", 140, 0.945, 0.95)]
    [InlineData("minatogawa-successions.tsv", "minatogawa-kaigo-changes", 110, 0.785, 0.74)]
    [InlineData("Blind/asagiri-successions.tsv", "Blind/asagiri-kouki-changes", 120, 0.975, 0.975)]
    [InlineData("Blind2/tsubakizaka-successions.tsv", "Blind2/tsubakizaka-jidouteate-changes", 100, 0.915, 0.915)]
    public void Evaluate_BlindLogAgainstItsLabels_StaysAtItsFirstBlindMeasurement(string labelFile, string log, int minimumLabels, double precision, double recall)
    {
        var labels = SuccessionLabels.Load(Path.Combine(AppContext.BaseDirectory, "Data", labelFile));
        using var reader = ChangeLogReader.OpenFile(Path.Combine(AppContext.BaseDirectory, "Data", log + ".tsv"));
        var model = new CrossReferenceBuilder().Build(new ChangeLogParser().Parse(reader, log).Entries);

        var report = SuccessionEvaluator.Evaluate(labels, model.RowChanges);

        Assert.True(labels.Count > minimumLabels, $"only {labels.Count} labels");
        Assert.True(report.Precision >= precision, $"precision {report.Precision:P1}");
        Assert.True(report.Recall >= recall, $"recall {report.Recall:P1}");
    }

    [Fact]
    public void Evaluate_KindMismatch_CountsAsMissedAndSpurious()
    {
        var detected = corpus.Model.RowChanges.Where(c => c.Line == 320).ToList();
        var wrongKind = new LabelledSuccession(320, EntityType.Department, SuccessionKind.Replace, "情報課", "情報政策課", string.Empty);

        var report = SuccessionEvaluator.Evaluate([wrongKind], detected);

        Assert.Equal(0, report.Matched);
        Assert.Equal(1, report.MatchedIgnoringKind);
        Assert.Single(report.Missed);
        Assert.Single(report.Spurious);
    }

    [Fact]
    public void Parse_MalformedLabel_SaysWhichLine()
    {
        using var reader = new StringReader("# comment\n12\tdepartment\trename\tA\tB\n13\tplanet\trename\tA\tB\n");

        var error = Assert.Throws<FormatException>(() => SuccessionLabels.Parse(reader));

        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }
}
