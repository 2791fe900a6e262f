using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PiaSearch.Api.Exports;

/// <summary>
/// Writes an export as an XLSX workbook, row by row: the sheets are written with the OpenXML SAX writer straight into
/// the entries of a zip opened for writing only, so memory does not grow with the rows. (System.IO.Packaging, under
/// SpreadsheetDocument.Create, opens the zip for update, which keeps every part in memory until it is closed.)
/// Sheet 1 「検索結果」 holds the rows (text cells, the line as a number, the link as a HYPERLINK to the row);
/// sheet 2 「条件」 the search, the counts and, when the export was cut at the row limit, a sentence saying so.
/// </summary>
public sealed class XlsxExportWriter : IDisposable
{
    public const string ResultsSheet = "検索結果";
    public const string AboutSheet = "条件";

    private static readonly double[] Widths = [14, 11, 11, 12, 22, 6, 20, 8, 40, 50, 50, 8, 30, 14];

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    private readonly ZipArchive _zip;
    private readonly Stream _sheet;
    private readonly OpenXmlWriter _writer;
    private uint _row;
    private bool _finished;

    public XlsxExportWriter(Stream stream)
    {
        _zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
        _sheet = _zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
        _writer = OpenXmlWriter.Create(_sheet, Encoding.UTF8);
        _writer.WriteStartElement(new Worksheet());
        _writer.WriteStartElement(new Columns());
        for (var i = 0; i < Widths.Length; i++)
        {
            _writer.WriteElement(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = Widths[i], CustomWidth = true });
        }

        _writer.WriteEndElement();
        _writer.WriteStartElement(new SheetData());
        WriteTextRow(_writer, ++_row, ExportColumns.Headers);
    }

    public int Rows => (int)_row - 1;

    public void Write(ExportRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var cells = row.Cells();
        _writer.WriteStartElement(new Row { RowIndex = ++_row });
        for (var i = 0; i < cells.Count; i++)
        {
            var reference = CellReference(i, _row);
            if (i == ExportColumns.LineColumn)
            {
                _writer.WriteElement(new Cell { CellReference = reference, CellValue = new CellValue(row.Line) });
            }
            else if (i == cells.Count - 1)
            {
                _writer.WriteElement(Link(reference, row));
            }
            else
            {
                _writer.WriteElement(Text(reference, cells[i]));
            }
        }

        _writer.WriteEndElement();
    }

    /// <summary>Closes the rows and writes the sheet that says what was exported, and the workbook around them.</summary>
    public void Finish(IReadOnlyList<(string Label, string Value)> about)
    {
        ArgumentNullException.ThrowIfNull(about);
        _writer.WriteEndElement(); // SheetData
        _writer.WriteEndElement(); // Worksheet
        _writer.Close();
        _sheet.Dispose();

        using (var aboutSheet = _zip.CreateEntry("xl/worksheets/sheet2.xml", CompressionLevel.Fastest).Open())
        using (var writer = OpenXmlWriter.Create(aboutSheet, Encoding.UTF8))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new Columns());
            writer.WriteElement(new Column { Min = 1, Max = 1, Width = 28, CustomWidth = true });
            writer.WriteElement(new Column { Min = 2, Max = 2, Width = 90, CustomWidth = true });
            writer.WriteEndElement();
            writer.WriteStartElement(new SheetData());
            uint index = 0;
            foreach (var (label, value) in about)
            {
                WriteTextRow(writer, ++index, [label, value]);
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        Entry("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
              <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
              <Default Extension="xml" ContentType="application/xml"/>
              <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
              <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
              <Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
            </Types>
            """);
        Entry("_rels/.rels", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="{PackageRelationships}">
              <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
            </Relationships>
            """);
        Entry("xl/_rels/workbook.xml.rels", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="{PackageRelationships}">
              <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
              <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>
            </Relationships>
            """);
        Entry("xl/workbook.xml", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="{Main}" xmlns:r="{Relationships}">
              <sheets>
                <sheet name="{ResultsSheet}" sheetId="1" r:id="rId1"/>
                <sheet name="{AboutSheet}" sheetId="2" r:id="rId2"/>
              </sheets>
            </workbook>
            """);
        _finished = true;
    }

    public void Dispose()
    {
        if (!_finished)
        {
            _writer.Dispose();
            _sheet.Dispose();
        }

        _zip.Dispose();
    }

    private void Entry(string name, string xml)
    {
        using var stream = _zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        var bytes = new UTF8Encoding(false).GetBytes(xml);
        stream.Write(bytes);
    }

    private static void WriteTextRow(OpenXmlWriter writer, uint index, IReadOnlyList<string> cells)
    {
        writer.WriteStartElement(new Row { RowIndex = index });
        for (var i = 0; i < cells.Count; i++)
        {
            writer.WriteElement(Text(CellReference(i, index), cells[i]));
        }

        writer.WriteEndElement();
    }

    /// <summary>A text cell: never a formula, whatever the text starts with.</summary>
    private static Cell Text(string reference, string value) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(XmlSafe(value)) { Space = SpaceProcessingModeValues.Preserve }),
    };

    /// <summary>The link back to the row as HYPERLINK("url", "url"), its text cached so a reader without recalculation shows it.</summary>
    private static Cell Link(string reference, ExportRow row) => new()
    {
        CellReference = reference,
        DataType = CellValues.String,
        CellFormula = new CellFormula($"HYPERLINK(\"{row.Link.Replace("\"", "%22", StringComparison.Ordinal)}\",\"{row.Link.Replace("\"", "%22", StringComparison.Ordinal)}\")"),
        CellValue = new CellValue(row.Link),
    };

    private static string CellReference(int column, uint row)
    {
        var name = new StringBuilder();
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name.Insert(0, (char)('A' + ((n - 1) % 26)));
        }

        return name.Append(row.ToString(CultureInfo.InvariantCulture)).ToString();
    }

    /// <summary>Drops the characters XML cannot hold (control characters a damaged document may carry).</summary>
    internal static string XmlSafe(string value)
    {
        if (!value.Any(c => !XmlConvertIsValid(c)))
        {
            return value;
        }

        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb.Append(c).Append(value[++i]);
            }
            else if (XmlConvertIsValid(c) && !char.IsSurrogate(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static bool XmlConvertIsValid(char c) =>
        c is '\t' or '\n' or '\r' or (>= '\u0020' and <= '\uFFFD');
}
