using System.Text;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Readers;

namespace PiaSearch.Documents.Tests.Readers;

public sealed class CsvDocumentReaderTests
{
    private const string Csv =
        "変更箇所\r\n" +
        "変更日,項目,変更前の記載,変更後の記載,提出時期,提出時期に係る説明\r\n" +
        "令和3年4月1日,\"I 基本情報 7.評価実施機関における担当部署, ①部署\",情報課,情報政策課,事後,\r\n" +
        "令和3年4月1日,II-4-委託事項1-⑥委託先名,\"株式会社\"\"北\"\"データ\",\"株式会社南システム\n（令和3年4月から）\",事前,重要な変更\r\n" +
        "令和4年度,I-7-②所属長,課長 山田 一郎,課長 佐藤 花子,事後,\r\n";

    static CsvDocumentReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string> Encodings => ["utf-8", "utf-8-bom", "shift_jis", "utf-16le-bom", "utf-16le", "utf-16be"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Read_EveryEncoding_SameEntries(string encoding)
    {
        var bytes = Encode(Csv, encoding);
        var result = new DocumentReaders(new ChangeLogParser()).Read(new MemoryStream(bytes), "kita", "kita.csv", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(SourceFormat.Csv, result.Format);
        Assert.Empty(result.Result.Rejected);
        Assert.Equal(3, result.Result.Entries.Count);
        var first = result.Result.Entries[0];
        Assert.Equal("I 基本情報 7.評価実施機関における担当部署, ①部署", first.Item.Text);
        Assert.Equal("情報政策課", first.After.Text);
        Assert.Equal(3, first.Line);
        var second = result.Result.Entries[1];
        Assert.Equal("株式会社\"北\"データ", second.Before.Text);
        Assert.Equal("株式会社南システム\n（令和3年4月から）", second.After.Text);
        Assert.Equal(4, second.Line);
        Assert.Equal(6, result.Result.Entries[2].Line); // the quoted line break moved the next row down a line
        Assert.Equal(new DateOnly(2022, 4, 1), result.Result.Entries[2].Date!.From);
    }

    [Fact]
    public void Read_UnclosedQuote_WarnsAndKeepsTheRowsBefore()
    {
        var text = "変更日,項目,変更前の記載,変更後の記載,提出時期,提出時期に係る説明\n令和3年4月1日,I-7,情報課,情報政策課,事後,\n令和3年4月1日,\"I-8,a,b,事後,\n";
        var result = new DocumentReaders(new ChangeLogParser()).Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "open", "open.csv", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("情報政策課", result.Result.Entries[0].After.Text);
        Assert.Contains(result.Result.Warnings, w => w.Reason.Contains("never closed", StringComparison.Ordinal));
    }

    private static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8" => Encoding.UTF8.GetBytes(text),
        "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        "shift_jis" => Encoding.GetEncoding(932).GetBytes(text),
        "utf-16le-bom" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        "utf-16le" => Encoding.Unicode.GetBytes(text),
        "utf-16be" => Encoding.BigEndianUnicode.GetBytes(text),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
    };
}
