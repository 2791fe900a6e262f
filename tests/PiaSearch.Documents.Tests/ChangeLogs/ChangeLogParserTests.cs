using System.Text;
using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.Documents.Tests.ChangeLogs;

public sealed class ChangeLogParserTests
{
    private const string Header = "変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明";
    private readonly ChangeLogParser _parser = new();

    private static string Log(params string[] rows) => "## 変更箇所一覧\n\n" + Header + "\n" + string.Join("\n", rows) + "\n";

    [Fact]
    public void Parse_WellFormedRow_IsOneEntry()
    {
        var result = _parser.Parse(Log("令和3年度\tI-6-②法令上の根拠\t番号法第19条第7号\t番号法第19条第8号\t事後\t重要な変更には該当しない変更"), "doc");

        var entry = Assert.Single(result.Entries);
        Assert.Equal(4, entry.Line);
        Assert.Equal("doc:4", entry.Id);
        Assert.Equal("番号法第19条第8号", entry.After.Text);
        Assert.Equal(SubmissionTiming.Posterior, entry.Timing);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Parse_TooFewCells_IsRejectedWithItsLineNumber()
    {
        var result = _parser.Parse(Log("令和3年度\tI-6\t前", "令和3年度\tI-6\t前\t後\t事後\t"), "doc");

        var rejected = Assert.Single(result.Rejected);
        Assert.Equal(4, rejected.Line);
        Assert.Contains("3 cells", rejected.Reason, StringComparison.Ordinal);
        Assert.Single(result.Entries);
    }

    [Fact]
    public void Parse_ExtraNonEmptyCells_IsRejected()
    {
        var result = _parser.Parse(Log("令和3年度\tI-6\t前\t後\t事後\t説明\t余分"), "doc");

        Assert.Contains("7 cells", Assert.Single(result.Rejected).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TrailingEmptyCells_AreIgnoredWithAWarning()
    {
        var result = _parser.Parse(Log("令和3年度\tI-6\t前\t後\t事後\t説明\t\t"), "doc");

        Assert.Single(result.Entries);
        Assert.Equal(4, Assert.Single(result.Warnings).Line);
    }

    [Fact]
    public void Parse_MissingTrailingCells_ArePaddedWithAWarning()
    {
        var result = _parser.Parse(Log("令和3年度\tI-6\t前\t後"), "doc");

        var entry = Assert.Single(result.Entries);
        Assert.Equal(SubmissionTiming.Unspecified, entry.Timing);
        Assert.Contains("taken as empty", Assert.Single(result.Warnings).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnreadableDate_KeepsTheRowWithAWarning()
    {
        var result = _parser.Parse(Log("令和3年13月1日\tI-6\t前\t後\t事後\t"), "doc");

        var entry = Assert.Single(result.Entries);
        Assert.Null(entry.Date);
        Assert.Equal("令和3年13月1日", entry.DateText);
        Assert.Contains("変更日", Assert.Single(result.Warnings).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownTiming_KeepsTheTextWithAWarning()
    {
        var result = _parser.Parse(Log("令和3年度\tI-6\t前\t後\t随時\t"), "doc");

        Assert.Equal("随時", Assert.Single(result.Entries).TimingText);
        Assert.Contains("提出時期", Assert.Single(result.Warnings).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BrokenHtml_KeepsTheTextWithAWarning()
    {
        var result = _parser.Parse(Log("令和3年度\tI-6\t<ul><li>一<li>二</b>\t後\t事後\t"), "doc");

        Assert.Equal("一\n二", Assert.Single(result.Entries).Before.Text);
        Assert.NotEmpty(result.Warnings);
    }

    [Fact]
    public void Parse_HeaderWithFullWidthOrSpacedNames_IsRecognised()
    {
        var result = _parser.Parse("変更日\t項 目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n令和3年度\tI\t前\t後\t\t\n", "doc");

        Assert.Equal(1, result.Lines.Headers);
        Assert.Single(result.Entries);
    }

    [Fact]
    public void Parse_SingleCellLineAfterTheHeader_IsRejectedNotTakenForATitle()
    {
        var result = _parser.Parse(Log("ページ 3/10"), "doc");

        Assert.Equal(4, Assert.Single(result.Rejected).Line);
        Assert.Equal(1, result.Lines.Titles);
    }

    [Fact]
    public void Parse_ShiftJisFile_ReadsTheSameAsUtf8()
    {
        var text = Log("令和3年度\tI-6-②法令上の根拠\t情報課\t情報政策課\t事後\t");
        var sjis = CodePagesEncodingProvider.Instance.GetEncoding(932)!;
        using var utf8Reader = ChangeLogReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        using var sjisReader = ChangeLogReader.Open(new MemoryStream(sjis.GetBytes(text)));

        var fromUtf8 = _parser.Parse(utf8Reader, "doc").Entries.Single();
        var fromSjis = _parser.Parse(sjisReader, "doc").Entries.Single();

        Assert.Equal(fromUtf8, fromSjis);
    }

    [Fact]
    public void Parse_CrLfLineEndings_AreHandled()
    {
        var result = _parser.Parse(Log("令和3年度\tI\t前\t後\t事後\t説明").Replace("\n", "\r\n", StringComparison.Ordinal), "doc");

        Assert.Equal("説明", Assert.Single(result.Entries).Explanation.Text);
    }
}
