using System.IO.Compression;
using System.Text;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Readers;
using PiaSearch.Synthetic;

namespace PiaSearch.Documents.Tests.Readers;

public sealed class XlsxDocumentReaderTests
{
    private readonly DocumentReaders _readers = new(new ChangeLogParser());

    public static TheoryData<int, bool, bool> Layouts => new()
    {
        { 0, false, false },
        { 1, true, false },
        { 2, false, true },
        { 3, true, true },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Read_GeneratedWorkbook_EveryRowEqualsTheGenerators(int index, bool serialDates, bool cover)
    {
        var workbook = GeneratedWorkbook.Make(seed: 16, index, rows: 120, new WorkbookLayout(serialDates, cover, "北市", "住民基本台帳に関する事務"));

        var result = _readers.Read(new MemoryStream(workbook.Xlsx), workbook.Id, "kita.xlsx", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(SourceFormat.Xlsx, result.Format);
        var comparison = ReadBackComparison.Compare(workbook.Truth, result.Result.Entries);
        Assert.Equal(workbook.Truth.Count, comparison.Matched);
        var changes = result.Result.Entries.Where(e => e.Kind == EntryKind.Change).ToList();
        Assert.Equal(workbook.Truth.Count, changes.Count);
        Assert.All(changes, e => Assert.Equal(ChangeLogWorkbookWriter.SheetName, e.Source!.Sheet));
        Assert.Equal(cover, result.Result.Entries.Any(e => e.Kind == EntryKind.Section)); // the sections come with the cover
        Assert.Equal(3, result.Result.Entries[0].Source!.Row); // title row 1, header row 2
        Assert.Equal($"{ChangeLogWorkbookWriter.SheetName} 行3", result.Result.Entries[0].Source!.Label);
        if (cover)
        {
            Assert.Equal(new DocumentCover("1", "住民基本台帳に関する事務", "北市", "令和6年4月1日"), result.Cover);
        }
        else
        {
            Assert.Null(result.Cover);
        }
    }

    [Fact]
    public void Read_SerialDates_BecomeTheSameDays()
    {
        var workbook = GeneratedWorkbook.Make(seed: 16, index: 7, rows: 60, new WorkbookLayout(DatesAsSerials: true));

        var entries = _readers.Read(new MemoryStream(workbook.Xlsx), workbook.Id, "serial.xlsx", cancellationToken: TestContext.Current.CancellationToken).Result.Entries;

        for (var i = 0; i < entries.Count; i++)
        {
            Assert.Equal(workbook.Truth[i].Date?.From, entries[i].Date?.From);
            Assert.Equal(workbook.Truth[i].Date?.To, entries[i].Date?.To);
        }

        Assert.Contains(entries, e => e.DateText.Contains('年', StringComparison.Ordinal) && !workbook.Truth.Any(t => t.DateText == e.DateText));
    }

    [Fact]
    public void Read_WorkbookWithoutTheTable_RefusedNamingFileAndReason()
    {
        var bytes = Workbook(("表紙", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>評価書名</t></is></c></row>"));

        var ex = Assert.Throws<UnreadableDocumentException>(() => _readers.Read(new MemoryStream(bytes), "cover-only", "cover-only.xlsx", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("cover-only.xlsx", ex.FileName);
        Assert.Contains("変更箇所の表", ex.Japanese, StringComparison.Ordinal);
        Assert.Contains("no 変更箇所 table", ex.English, StringComparison.Ordinal);
        Assert.StartsWith("cover-only.xlsx: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MergedCellsAndLineBreaks_JoinedAsTheFormMeansThem()
    {
        // 変更日 merged down over two rows (two changes of one day), 項目 header merged over B:C, a cell with line breaks.
        var sheet =
            "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>変更日</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>項 目</t></is></c>" +
            "<c r=\"D2\" t=\"inlineStr\"><is><t>変更前の記載</t></is></c><c r=\"E2\" t=\"inlineStr\"><is><t>変更後の記載</t></is></c>" +
            "<c r=\"F2\" t=\"inlineStr\"><is><t>提出時期</t></is></c><c r=\"G2\" t=\"inlineStr\"><is><t>提出時期に係る説明</t></is></c></row>" +
            "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>令和3年4月1日</t></is></c><c r=\"B3\" t=\"inlineStr\"><is><t>I-7-①部署</t></is></c>" +
            "<c r=\"D3\" t=\"inlineStr\"><is><t>情報課</t></is></c>" +
            "<c r=\"E3\" t=\"inlineStr\"><is><t xml:space=\"preserve\">情報政策課&#10;（組織改正）</t></is></c><c r=\"F3\" t=\"inlineStr\"><is><t>事後</t></is></c></row>" +
            "<row r=\"4\"><c r=\"B4\" t=\"inlineStr\"><is><t>I-7-②所属長</t></is></c><c r=\"C4\" t=\"inlineStr\"><is><t>（補足）</t></is></c>" +
            "<c r=\"D4\" t=\"inlineStr\"><is><t>情報課長</t></is></c><c r=\"E4\" t=\"inlineStr\"><is><t>情報政策課長</t></is></c><c r=\"F4\" t=\"inlineStr\"><is><t>事後</t></is></c></row>" +
            "<row r=\"6\"><c r=\"A6\" t=\"inlineStr\"><is><t>※ 注記: 様式の改正による</t></is></c></row>";
        var bytes = Workbook(("変更箇所", sheet), merges: "<mergeCells count=\"2\"><mergeCell ref=\"B2:C2\"/><mergeCell ref=\"A3:A4\"/></mergeCells>");

        var result = _readers.Read(new MemoryStream(bytes), "merged", "merged.xlsx", cancellationToken: TestContext.Current.CancellationToken).Result;

        Assert.Equal(2, result.Entries.Count);
        Assert.Equal("情報政策課\n（組織改正）", result.Entries[0].After.Text);
        Assert.Equal(new DateOnly(2021, 4, 1), result.Entries[1].Date!.From);
        Assert.Equal("I-7-②所属長\n（補足）", result.Entries[1].Item.Text);
        Assert.Equal(4, result.Entries[1].Source!.Row);
        Assert.Contains(result.Warnings, w => w.Reason.Contains("note outside the table", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ZipBombDisguisedAsXlsx_RefusedWithinTheLimit()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            AddEntry(zip, "[Content_Types].xml", "<Types/>");
            AddEntry(zip, "xl/workbook.xml", "<workbook/>");
            using var part = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 64; i++)
            {
                part.Write(zeros); // 64 MiB of zeros pack to about 64 KiB
            }
        }

        var readers = new DocumentReaders(new ChangeLogParser(), new DocumentReadOptions { MaxUnpackedBytes = 32L << 20 });
        var ex = Assert.Throws<UnreadableDocumentException>(() => readers.Read(new MemoryStream(stream.ToArray()), "bomb", "bomb.xlsx", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("bomb.xlsx", ex.FileName);
        Assert.Contains("zip 爆弾", ex.Japanese, StringComparison.Ordinal);
        Assert.Contains("zip bomb", ex.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedWorkbook_RefusedAsDamaged()
    {
        var workbook = GeneratedWorkbook.Make(seed: 16, index: 9, rows: 40);
        var truncated = workbook.Xlsx[..(workbook.Xlsx.Length / 2)];

        var ex = Assert.Throws<UnreadableDocumentException>(() => _readers.Read(new MemoryStream(truncated), "cut", "cut.xlsx", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("cut.xlsx", ex.FileName);
        Assert.Contains("途中で切れて", ex.Japanese, StringComparison.Ordinal);
        Assert.Contains("truncated", ex.English, StringComparison.Ordinal);
    }

    private static void AddEntry(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }

    /// <summary>A minimal workbook, written part by part, so that a test controls every cell and merge.</summary>
    private static byte[] Workbook((string Name, string Rows) sheet, string merges = "")
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            AddEntry(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
                "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            AddEntry(zip, "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            AddEntry(zip, "xl/workbook.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" " +
                "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
                $"<sheets><sheet name=\"{sheet.Name}\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            AddEntry(zip, "xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            AddEntry(zip, "xl/worksheets/sheet1.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
                $"<sheetData>{sheet.Rows}</sheetData>{merges}</worksheet>");
        }

        return stream.ToArray();
    }
}
