namespace PiaSearch.Cli.Tests.Commands;

/// <summary><c>pia evaluate --questions</c> over two small logs of two municipalities written in a temporary folder.</summary>
public sealed class EvaluateQuestionsCommandTests : IDisposable
{
    private const string Header = "変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明";

    private readonly string _folder = Directory.CreateTempSubdirectory("pia-evaluate-questions-").FullName;

    public EvaluateQuestionsCommandTests()
    {
        // Two municipalities with the same item: which contractor is right depends on the municipality the log belongs to.
        WriteLog("kita", "北町", "令和3年4月1日\t(住民ファイル) Ⅱ-4-委託事項1-⑥委託先名\t株式会社あさひ計算センター\t東都情報株式会社\t事後\t");
        WriteLog("minami", "南町", "令和3年4月1日\t(住民ファイル) Ⅱ-4-委託事項1-⑥委託先名\t株式会社やまと電算\t株式会社はやて情報\t事後\t");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Logs => Path.Combine(_folder, "logs");

    private void WriteLog(string id, string municipality, string row)
    {
        Directory.CreateDirectory(Logs);
        File.WriteAllText(Path.Combine(Logs, id + ".tsv"), $"{Header}\n{row}\n");
        File.WriteAllText(Path.Combine(Logs, id + ".meta.json"), $"{{ \"municipality\": \"{municipality}\" }}");
    }

    private string Questions(string text)
    {
        var path = Path.Combine(_folder, "questions.tsv");
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Exit, string Output, string Error) Pia(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = PiaCommandLine.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void EvaluateQuestions_PerLogCounts_RightAnswerCountedWrongNot()
    {
        var questions = Questions(
            "# test\n" +
            "q1\tkita\t\t北町の2021年5月1日時点の住民ファイル委託事項1の委託先は?\t東都情報\t2\n" +
            "q2\tminami\t\t南町の2021年5月1日時点の住民ファイル委託事項1の委託先は?\t東都情報\t2\n" +
            "q3\tnowhere\t\t東町の委託先は?\tどこか\tnowhere:2\n");

        var (exit, output, _) = Pia("evaluate", "--questions", questions, Logs, "--verbose");

        Assert.Equal(0, exit);
        Assert.Contains("kita.tsv [北町]", output, StringComparison.Ordinal);
        Assert.Matches(@"kita\s+1 /   1", output);
        Assert.Matches(@"minami\s+0 /   1", output);
        Assert.Contains("誤答 / miss: q2", output, StringComparison.Ordinal);
        Assert.DoesNotContain("miss: q1", output, StringComparison.Ordinal);
        Assert.Contains("1 questions about logs not loaded", output, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateQuestions_MalformedFile_ExitsTwoNamingTheLine()
    {
        var questions = Questions("# test\nq1\tkita\t\t委託先は?\t東都情報\t2\nq2\tkita\t\t委託先は?\tみなと情報\n");

        var (exit, _, error) = Pia("evaluate", "--questions", questions, Logs);

        Assert.Equal(2, exit);
        Assert.Contains("3 行目", error, StringComparison.Ordinal);
        Assert.Contains("line 3", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NeitherLabelsNorQuestions_ExitsTwoSayingWhatIsMissing()
    {
        var (exit, _, error) = Pia("evaluate");

        Assert.Equal(2, exit);
        Assert.Contains("--questions", error, StringComparison.Ordinal);
    }
}
