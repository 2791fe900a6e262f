using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Readers;

namespace PiaSearch.Documents.Tests.Readers;

/// <summary>The 変更箇所 table printed without cell borders (PdfPig's writer, IPA Gothic): columns from the header, rows from 変更日.</summary>
public sealed class BorderlessPdfTests
{
    private readonly DocumentReaders _readers = new(new ChangeLogParser());

    private static readonly string[][][] Rows =
    [
        [["令和3年4月1日"], ["I-7-①部署"], ["情報課"], ["情報政策課"], ["事後"], []],
        [["令和3年4月1日"], ["II-4-委託事項1-", "⑥委託先名"], ["株式会社北データ"], ["株式会社南システム"], ["事前"], ["重要な変更"]],
        [["令和4年度"], ["III-7-リスク1"], ["職員に対し、年に1回、", "研修を実施する。"], ["特定個人情報を含む電子記録媒体は、施錠でき", "る保管庫に保管する。"], ["事後"], []],
        [["令和5年6月", "1日"], ["I-7-②所属長"], ["情報課長 山田 一郎"], ["情報政策課長 佐藤 花子"], ["事後"], []],
        [["令和5年6月1日"], ["V-2-①連絡先"], ["電話 03-1234-5678"], ["電話 03-8765-4321"], ["事後"], []],
        [["令和5年7月1日"], ["I-2-①事務の内容"], ["住民票の写しを交付する。"], ["住民票の写しを交付し、", "記載事項を証明する。"], ["事後"], []],
    ];

    private DocumentReadResult Read(byte[] pdf) =>
        _readers.Read(new MemoryStream(pdf), "minami", "minami.pdf", cancellationToken: TestContext.Current.CancellationToken);

    [Fact]
    public void Read_TableWithoutBorders_RowsFromTheHeaderAndTheDateColumn()
    {
        RequireFont();
        var result = Read(RuledTablePdf.Build(Rows, rowsPerPage: 4, borders: false));

        var entries = result.Result.Entries;
        Assert.Equal(6, entries.Count);
        Assert.Empty(result.Result.Rejected);
        Assert.Equal(1, result.Result.Lines.Headers); // the header printed on both pages is read once
        Assert.Equal("II-4-委託事項1-\n⑥委託先名", entries[1].Item.Text);
        Assert.Equal("特定個人情報を含む電子記録媒体は、施錠できる保管庫に保管する。", entries[2].After.Text);
        Assert.Equal("令和5年6月1日", entries[3].DateText.Replace("\n", string.Empty, StringComparison.Ordinal)); // a wrapped date is one row's
        Assert.Equal(new DateOnly(2023, 6, 1), entries[3].Date!.From);
        Assert.Equal("情報政策課長 佐藤 花子", entries[3].After.Text);
        Assert.Equal("重要な変更", entries[1].Explanation.Text);
        Assert.Equal(new EntrySource(2, 1, null), entries[4].Source);
        Assert.Equal("住民票の写しを交付し、\n記載事項を証明する。", entries[5].After.Text);
        Assert.DoesNotContain(entries, e => string.Join("", e.Before.Text, e.After.Text, e.Explanation.Text, e.TimingText).Contains("- 1 -", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.TimingText.Length == 0);
    }

    [Fact]
    public void Read_BorderlessRowWithoutADate_TakenAsItsOwnRowWithAWarningNamingThePage()
    {
        RequireFont();
        string[][][] rows = [Rows[0], [[], ["I-7-③連絡先"], ["北庁舎"], ["南庁舎"], ["事後"], []], Rows[4]];

        var result = Read(RuledTablePdf.Build(rows, rowsPerPage: 5, borders: false));

        Assert.Contains(result.Result.Warnings, w => w.Reason.Contains("p.1", StringComparison.Ordinal) && w.Reason.Contains("without 変更日", StringComparison.Ordinal));
        var all = result.Result.Entries.Select(e => e.Item.Text).Concat(result.Result.Rejected.Select(r => r.Content)).ToList();
        Assert.Contains(result.Result.Entries, e => e.Item.Text == "I-7-①部署" && e.After.Text == "情報政策課"); // not merged with the row below
        Assert.Contains(all, t => t.Contains("I-7-③連絡先", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_BorderlessRowSplitOverAPageBreak_JoinedWithAWarningNamingThePages()
    {
        RequireFont();
        var result = Read(RuledTablePdf.Build(Rows, rowsPerPage: 3, splitRow: 2, borders: false));

        var entries = result.Result.Entries;
        Assert.Equal(6, entries.Count);
        Assert.Equal("職員に対し、年に1回、研修を実施する。", entries[2].Before.Text.Replace("\n", string.Empty, StringComparison.Ordinal));
        Assert.Contains(
            result.Result.Warnings,
            w => w.Reason.Contains("p.1", StringComparison.Ordinal) && w.Reason.Contains("p.2", StringComparison.Ordinal)
                && w.Reason.Contains("joined", StringComparison.Ordinal));
    }

    private static void RequireFont()
    {
        if (RuledTablePdf.MissingReason is { } reason)
        {
            Assert.Skip(reason);
        }
    }
}
