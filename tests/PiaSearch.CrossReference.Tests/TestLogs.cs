using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.CrossReference.Tests;

/// <summary>Builds small change logs from rows written in a test, through the real parser.</summary>
internal static class TestLogs
{
    private const string Header = "変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明";

    public static IReadOnlyList<ChangeEntry> Parse(string documentId, params (string Date, string Item, string Before, string After)[] rows)
    {
        var lines = rows.Select(r => $"{r.Date}\t{r.Item}\t{r.Before}\t{r.After}\t事後\t").Prepend(Header);
        return new ChangeLogParser().Parse(string.Join('\n', lines), documentId).Entries;
    }

    public static ChangeEntry Row(string item, string before, string after, string date = "令和3年度") =>
        Parse("test-log", (date, item, before, after))[0];
}
