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
    /// The 北浦市 log was written and labelled blind to the detector (its contractors and departments renamed and replaced
    /// in hard ways); its first measurement after the company-name and stated-change rules, before anyone read it, was
    /// 90.6 % precision and 85.7 % recall. It must not fall below that.
    /// </summary>
    [Fact]
    public void Evaluate_BlindLogAgainstItsLabels_StaysAtItsFirstBlindMeasurement()
    {
        var labels = SuccessionLabels.Load(Path.Combine(AppContext.BaseDirectory, "Data", "kitaura-successions.tsv"));
        using var reader = ChangeLogReader.OpenFile(Path.Combine(AppContext.BaseDirectory, "Data", "kitaura-kokuho-changes.tsv"));
        var model = new CrossReferenceBuilder().Build(new ChangeLogParser().Parse(reader, "kitaura-kokuho-changes").Entries);

        var report = SuccessionEvaluator.Evaluate(labels, model.RowChanges);

        Assert.True(labels.Count > 140, $"only {labels.Count} labels");
        Assert.True(report.Precision >= 0.905, $"precision {report.Precision:P1}");
        Assert.True(report.Recall >= 0.855, $"recall {report.Recall:P1}");
    }

    /// <summary>
    /// The 港川町 log was written and labelled blind to the detector, for the kinds it handled least (laws retitled, captions,
    /// systems, documents): main scored 62.1 % precision and 52.9 % recall on it; its first measurement after the caption,
    /// stated-change and document rules, before anyone read it, was 66.1 % and 62.8 %. It must not fall below that.
    /// </summary>
    [Fact]
    public void Evaluate_SecondBlindLogAgainstItsLabels_StaysAtItsFirstBlindMeasurement()
    {
        var labels = SuccessionLabels.Load(Path.Combine(AppContext.BaseDirectory, "Data", "minatogawa-successions.tsv"));
        using var reader = ChangeLogReader.OpenFile(Path.Combine(AppContext.BaseDirectory, "Data", "minatogawa-kaigo-changes.tsv"));
        var model = new CrossReferenceBuilder().Build(new ChangeLogParser().Parse(reader, "minatogawa-kaigo-changes").Entries);

        var report = SuccessionEvaluator.Evaluate(labels, model.RowChanges);

        Assert.True(labels.Count > 110, $"only {labels.Count} labels");
        Assert.True(report.Precision >= 0.66, $"precision {report.Precision:P1}");
        Assert.True(report.Recall >= 0.625, $"recall {report.Recall:P1}");
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
