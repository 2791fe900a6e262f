using System.Text;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Readers;

namespace PiaSearch.Documents.Tests.Readers;

public sealed class PdfDocumentReaderTests
{
    private readonly DocumentReaders _readers = new(new ChangeLogParser());

    private static readonly string[][][] Rows =
    [
        [["令和3年4月1日"], ["I-7-①部署"], ["情報課"], ["情報政策課"], ["事後"], []],
        [["令和3年4月1日"], ["II-4-委託事項1-", "⑥委託先名"], ["株式会社北データ"], ["株式会社南システム"], ["事前"], ["重要な変更"]],
        [["令和4年度"], ["III-7-リスク1"], ["職員に対し、年に1回、", "研修を実施する。"], ["特定個人情報を含む電子記録媒体は、施錠でき", "る保管庫に保管する。"], ["事後"], []],
        [["令和5年6月1日"], ["I-7-②所属長"], ["情報課長 山田 一郎"], ["情報政策課長 佐藤 花子"], ["事後"], []],
        [["令和5年6月1日"], ["V-2-①連絡先"], ["電話 03-1234-5678"], ["電話 03-8765-4321"], ["事後"], []],
    ];

    private DocumentReadResult Read(byte[] pdf, string name = "kita.pdf") =>
        _readers.Read(new MemoryStream(pdf), "kita", name, cancellationToken: TestContext.Current.CancellationToken);

    [Fact]
    public void Read_RuledTableOverPages_RowsWithPageAndRowAndNoHeadersOrPageNumbers()
    {
        RequireFont();
        var result = Read(RuledTablePdf.Build(Rows, rowsPerPage: 2));

        Assert.Equal(SourceFormat.Pdf, result.Format);
        Assert.Equal(3, result.Pages);
        var entries = result.Result.Entries;
        Assert.Equal(5, entries.Count);
        Assert.Empty(result.Result.Rejected);
        Assert.Equal("II-4-委託事項1-\n⑥委託先名", entries[1].Item.Text); // the line stopped short: a break in the cell
        Assert.Equal("特定個人情報を含む電子記録媒体は、施錠できる保管庫に保管する。", entries[2].After.Text); // ran to the edge: wrapped
        Assert.Equal("職員に対し、年に1回、\n研修を実施する。", entries[2].Before.Text);
        Assert.Equal("情報政策課長 佐藤 花子", entries[3].After.Text);
        Assert.Equal(new EntrySource(2, 1, null), entries[2].Source);
        Assert.Equal(new EntrySource(3, 1, null), entries[4].Source);
        Assert.Equal("p.2 行2", entries[3].Source!.Label);
        Assert.Equal(1, result.Result.Lines.Headers); // the header repeated on each page is read once, never as a row
        Assert.DoesNotContain(entries, e => e.Before.Text.Contains("- 2 -", StringComparison.Ordinal) || e.DateText.Contains('-', StringComparison.Ordinal));
    }

    [Fact]
    public void Read_RowSplitOverAPageBreak_JoinedWithAWarningNamingThePages()
    {
        RequireFont();
        var result = Read(RuledTablePdf.Build(Rows, rowsPerPage: 3, splitRow: 2));

        var entries = result.Result.Entries;
        Assert.Equal(5, entries.Count);
        Assert.Equal("職員に対し、年に1回、研修を実施する。", entries[2].Before.Text.Replace("\n", string.Empty, StringComparison.Ordinal));
        Assert.Equal(new EntrySource(1, 3, null), entries[2].Source);
        Assert.Contains(
            result.Result.Warnings,
            w => w.Reason.Contains("p.1", StringComparison.Ordinal) && w.Reason.Contains("p.2", StringComparison.Ordinal)
                && w.Reason.Contains("joined", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ScannedPdfWithoutText_RefusedNamingFileAndReason()
    {
        var ex = Assert.Throws<UnreadableDocumentException>(() => Read(RuledTablePdf.ImagesOnly(2), "scan.pdf"));

        Assert.Equal("scan.pdf", ex.FileName);
        Assert.Contains("文字のない PDF", ex.Japanese, StringComparison.Ordinal);
        Assert.Contains("no text layer", ex.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PdfWithoutTheTable_Refused()
    {
        var ex = Assert.Throws<UnreadableDocumentException>(() => Read(RuledTablePdf.TextOnly("Evaluation report", "Section I: basic information"), "letter.pdf"));

        Assert.Contains("変更箇所の表", ex.Japanese, StringComparison.Ordinal);
        Assert.Contains("on any of the 1 pages", ex.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EncryptedPdf_RefusedAsEncrypted()
    {
        var ex = Assert.Throws<UnreadableDocumentException>(() => Read(Encrypt(RuledTablePdf.TextOnly("secret")), "locked.pdf"));

        Assert.Equal("locked.pdf", ex.FileName);
        Assert.Contains("暗号化", ex.Japanese, StringComparison.Ordinal);
        Assert.Contains("encrypted", ex.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedPdf_RefusedAsDamaged()
    {
        RequireFont();
        var pdf = RuledTablePdf.Build(Rows, rowsPerPage: 2);

        var ex = Assert.Throws<UnreadableDocumentException>(() => Read(pdf[..(pdf.Length / 3)], "cut.pdf"));

        Assert.Equal("cut.pdf", ex.FileName);
        Assert.Contains("途中で切れて", ex.Japanese, StringComparison.Ordinal);
        Assert.Contains("truncated", ex.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MorePagesThanTheLimit_RefusedNamingTheLimit()
    {
        var readers = new DocumentReaders(new ChangeLogParser(), new DocumentReadOptions { MaxPages = 1 });

        var ex = Assert.Throws<UnreadableDocumentException>(() =>
            readers.Read(new MemoryStream(RuledTablePdf.ImagesOnly(2)), "long", "long.pdf", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("Documents:MaxPages", ex.English, StringComparison.Ordinal);
    }

    /// <summary>
    /// Marks a PDF as encrypted with a user password (the standard security handler, AES-128), as a publisher who
    /// protects a file does: the trailer gains an /Encrypt dictionary whose password check the empty password fails.
    /// </summary>
    private static byte[] Encrypt(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var trailer = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var open = text.IndexOf("<<", trailer, StringComparison.Ordinal);
        var hash = new string('7', 64);
        var encrypt = $"/Encrypt << /Filter /Standard /V 4 /R 4 /Length 128 /P -3904 /O <{hash}> /U <{hash}> " +
            "/CF << /StdCF << /CFM /AESV2 /AuthEvent /DocOpen /Length 16 >> >> /StmF /StdCF /StrF /StdCF >> /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] ";
        return Encoding.Latin1.GetBytes(text[..(open + 2)] + encrypt + text[(open + 2)..]);
    }

    private static void RequireFont()
    {
        if (RuledTablePdf.MissingReason is { } reason)
        {
            Assert.Skip(reason);
        }
    }
}
