using PiaSearch.CrossReference.Evaluation;
using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.CrossReference.Tests.Evaluation;

/// <summary>
/// The blind question sets of issue 12 (Data/Questions, Data/Blind, Data/Blind2) are well formed: every row it cites is a change row of its log.
/// These tests check the data only; they never look at the answers (the figures come from <c>pia evaluate --questions</c>).
/// </summary>
public sealed class QuestionSetDataTests
{
    private static string Data(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Data", .. parts]);

    private static readonly Dictionary<string, string> Logs = new(StringComparer.Ordinal)
    {
        [DefaultCorpus.DocumentId] = DefaultCorpus.Path,
        ["midorikawa-juki-changes"] = Data("midorikawa-juki-changes.tsv"),
        ["higashiyama-juki-changes"] = Data("higashiyama-juki-changes.tsv"),
        ["shiomi-kaigo-changes"] = Data("Questions", "logs", "shiomi-kaigo-changes.tsv"),
        ["shirakaba-kaigo-changes"] = Data("Questions", "logs", "shirakaba-kaigo-changes.tsv"),
        ["asagiri-kouki-changes"] = Data("Blind", "asagiri-kouki-changes.tsv"),
        ["tsubakizaka-jidouteate-changes"] = Data("Blind2", "tsubakizaka-jidouteate-changes.tsv"),
    };

    private static IReadOnlyList<QuestionCase> Questions => QuestionSet.Load(Data("Questions", "questions.tsv"));

    [Fact]
    public void QuestionSet_AtLeastSixtyQuestionsOverEveryLog()
    {
        var questions = Questions;

        Assert.True(questions.Count >= 60, $"only {questions.Count} questions");
        string[] first = [DefaultCorpus.DocumentId, "midorikawa-juki-changes", "higashiyama-juki-changes", "shiomi-kaigo-changes", "shirakaba-kaigo-changes"];
        Assert.Equal(first.Order(StringComparer.Ordinal), questions.Select(q => q.Log).Distinct().Order(StringComparer.Ordinal));
    }

    /// <summary>The first set, and the two written for issue 12's later changes (Blind: read once measured; Blind2: kept blind).</summary>
    [Theory]
    [InlineData("Questions", "questions.tsv", 60)]
    [InlineData("Blind", "questions-blind.tsv", 50)]
    [InlineData("Blind2", "questions-blind.tsv", 45)]
    public void QuestionSet_EveryEvidenceRowIsAChangeRowOfItsLog(string folder, string file, int atLeast)
    {
        var questions = QuestionSet.Load(Data(folder, file));
        Assert.True(questions.Count >= atLeast, $"only {questions.Count} questions");
        var parser = new ChangeLogParser();
        var lines = Logs.ToDictionary(l => l.Key, l =>
        {
            using var reader = ChangeLogReader.OpenFile(l.Value);
            return parser.Parse(reader, l.Key).Entries.Select(e => e.Line).ToHashSet();
        });

        var wrong = questions.SelectMany(q => q.Evidence.Select(row => (q.Id, row)))
            .Where(x => !lines.TryGetValue(x.row.DocumentId, out var rows) || !rows.Contains(x.row.Line))
            .Select(x => $"{x.Id} {x.row}")
            .ToList();

        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("shiomi-kaigo-changes", 80)]
    [InlineData("shirakaba-kaigo-changes", 25)]
    [InlineData("asagiri-kouki-changes", 150)]
    [InlineData("tsubakizaka-jidouteate-changes", 150)]
    public void NewLog_ParsesWholeWithItsMunicipality(string log, int atLeast)
    {
        using var reader = ChangeLogReader.OpenFile(Logs[log]);
        var result = new ChangeLogParser().Parse(reader, log);

        Assert.True(result.Entries.Count >= atLeast, $"{result.Entries.Count} rows");
        Assert.Empty(result.Rejected);
        Assert.True(File.Exists(Path.ChangeExtension(Logs[log], ".meta.json")));
    }
}
