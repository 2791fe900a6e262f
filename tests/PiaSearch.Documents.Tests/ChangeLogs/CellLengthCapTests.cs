using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.Documents.Tests.ChangeLogs;

/// <summary>A 5 MB cell made every search that matched it cost seconds and megabytes: cells are capped at ingest.</summary>
public sealed class CellLengthCapTests
{
    private const string Header = "変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明";
    private readonly ChangeLogParser _parser = new();

    private static string Log(params string[] rows) => "## 変更箇所一覧\n\n" + Header + "\n" + string.Join("\n", rows) + "\n";

    [Fact]
    public void Parse_HugeCell_IsCutToTheCapWithAWarningNamingTheRowAndColumn()
    {
        var huge = string.Concat(Enumerable.Repeat("委託先を変更する。", 600_000 / 9));
        var result = _parser.Parse(Log("令和3年度\tI-6\t前\t" + huge + "\t事後\t説明", "令和3年度\tI-7\t前\t後\t事後\t説明"), "doc");

        Assert.Equal(2, result.Entries.Count);
        var entry = result.Entries[0];
        Assert.Equal(ChangeLogParser.MaxCellLength, entry.After.Text.Length);
        Assert.StartsWith("委託先を変更する。", entry.After.Text, StringComparison.Ordinal);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(4, warning.Line);
        Assert.Contains("変更後の記載", warning.Reason, StringComparison.Ordinal);
        Assert.Contains("20,000", warning.Reason, StringComparison.Ordinal);
        Assert.True(warning.Content.Length < 200);
    }

    [Fact]
    public void Parse_CellOfExactlyTheCap_IsKeptWhole()
    {
        var cell = new string('あ', ChangeLogParser.MaxCellLength);
        var result = _parser.Parse(Log("令和3年度\tI-6\t" + cell + "\t後\t事後\t説明"), "doc");

        Assert.Equal(cell, Assert.Single(result.Entries).Before.Text);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Parse_CutFallingInsideASurrogatePair_KeepsTheCharacterWholeOrDropsIt()
    {
        var cell = new string('あ', ChangeLogParser.MaxCellLength - 1) + string.Concat(Enumerable.Repeat("𠮷", 10));
        var result = _parser.Parse(Log("令和3年度\tI-6\t" + cell + "\t後\t事後\t説明"), "doc");

        var text = Assert.Single(result.Entries).Before.Text;
        Assert.True(text.Length <= ChangeLogParser.MaxCellLength);
        Assert.False(char.IsHighSurrogate(text[^1]));
    }

    [Fact]
    public void Parse_HugeHtmlCell_IsCutBeforeConversion()
    {
        var huge = "<p>" + string.Concat(Enumerable.Repeat("<b>委託</b>先", 30_000)) + "</p>";
        var result = _parser.Parse(Log("令和3年度\tI-6\t" + huge + "\t後\t事後\t説明"), "doc");

        var entry = Assert.Single(result.Entries);
        Assert.True(entry.Before.Raw.Length <= ChangeLogParser.MaxCellLength);
        Assert.DoesNotContain("<b>", entry.Before.Text, StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.Reason.Contains("変更前の記載", StringComparison.Ordinal));
    }
}
