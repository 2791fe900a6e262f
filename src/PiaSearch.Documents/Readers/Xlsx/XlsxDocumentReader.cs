using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Dates;

namespace PiaSearch.Documents.Readers.Xlsx;

/// <summary>
/// Reads the 変更箇所 table of an Excel workbook: the first row of any sheet whose cells name 変更日, 項目 and
/// 変更前の記載 or 変更後の記載 is the header; each column's cells are those from its header cell up to the next
/// (so header cells merged over several columns, and data cells merged the same way, are one column); a 変更日
/// merged down over several rows dates each of them; line breaks inside a cell are kept; a date stored as a
/// serial number is written out. Every row keeps its sheet and row number. A sheet that is neither the table nor the
/// cover is read as a section of the evaluation: its labelled fields become section entries.
/// </summary>
public sealed class XlsxDocumentReader : IDocumentReader
{
    public SourceFormat Format => SourceFormat.Xlsx;

    public IEnumerable<SourceRow> ReadRows(Stream content, DocumentReadContext context)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(context);
        ZipGuard.Check(content, context);
        var tables = new List<SourceRow>();
        try
        {
            using var document = SpreadsheetDocument.Open(content, isEditable: false);
            var workbookPart = document.WorkbookPart ?? throw context.Refuse("ブックにシートがありません", "the workbook has no sheets");
            var strings = SharedStrings(workbookPart);
            var dateStyles = DateStyles(workbookPart);
            var sheets = workbookPart.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
            foreach (var sheet in sheets)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                context.Pages++;
                if (sheet.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart part)
                {
                    continue;
                }

                var grid = WorksheetGrid.Load(part, strings, dateStyles, context.Options.MaxSheetRows);
                var cover = ReadCover(grid);
                context.Cover ??= cover;
                var name = sheet.Name?.Value ?? $"Sheet{context.Pages}";
                if (!ReadTable(grid, name, tables, context) && cover is null)
                {
                    context.Sections.AddRange(ReadSections(grid, name));
                }
            }
        }
        catch (UnreadableDocumentException)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or IOException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw context.Refuse("Excel のブックとして読めません（壊れているか途中で切れています）", $"not a readable Excel workbook (damaged or truncated): {ex.Message}", ex);
        }

        if (tables.Count == 0)
        {
            throw context.Refuse(
                $"変更箇所の表（見出し「変更日」「項目」「変更前の記載」「変更後の記載」の行）が {context.Pages} 枚のシートのどこにもありません",
                $"no 変更箇所 table (a header row naming 変更日, 項目, 変更前の記載, 変更後の記載) in any of the {context.Pages} sheets");
        }

        return tables;
    }

    private static bool ReadTable(WorksheetGrid grid, string sheetName, List<SourceRow> rows, DocumentReadContext context)
    {
        var header = FindHeader(grid);
        if (header is null)
        {
            return false;
        }

        var (headerRow, starts) = header.Value;
        var spans = Spans(starts, grid.MaxColumn);
        rows.Add(new SourceRow([.. ChangeLogColumns.Names], rows.Count + 1, new EntrySource(null, headerRow, sheetName)));
        foreach (var r in grid.Rows.Where(r => r > headerRow))
        {
            var cells = new string[ChangeLogColumns.Count];
            var filled = 0;
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = spans[i] is var (from, to) ? grid.Join(r, from, to, i == 0) : string.Empty;
                filled += cells[i].Length > 0 ? 1 : 0;
            }

            if (filled == 0)
            {
                continue;
            }

            var source = new EntrySource(null, r, sheetName);
            if (filled == 1 && cells[0].Length > 0 && !JapaneseDateParser.TryParse(cells[0], out _))
            {
                // A note under the table (※…), written in its first column.
                context.Warnings.Add(new ParseIssue(rows.Count + 1, $"{source.Label}: 表の外の注記として読み飛ばしました / taken as a note outside the table and skipped", cells[0]));
                continue;
            }

            rows.Add(new SourceRow(cells, rows.Count + 1, source));
        }

        return true;
    }

    /// <summary>
    /// The fields of a sheet that is neither the change table nor the cover: a row whose first cell is short and has
    /// cells right of it is a label and its text; a row of one short cell in the first column a heading; one cell
    /// further right continues the field above; anything longer is text of its own.
    /// </summary>
    private static IReadOnlyList<DocumentSection> ReadSections(WorksheetGrid grid, string sheetName)
    {
        var outline = new SectionOutline(sheetName);
        var firstColumn = int.MaxValue;
        foreach (var r in grid.Rows)
        {
            var cells = grid.Cells(r).Where(c => c.Text.Trim().Length > 0).ToList();
            if (cells.Count == 0)
            {
                continue;
            }

            firstColumn = Math.Min(firstColumn, cells[0].Column);
            var source = new EntrySource(null, r, sheetName);
            var (column, text) = cells[0];
            if (cells.Count >= 2 && text.Length <= SectionOutline.MaxLabelLength)
            {
                outline.Field(text, string.Join('\n', cells.Skip(1).Select(c => c.Text.Trim())), source);
            }
            else if (cells.Count == 1 && column > firstColumn && outline.HasOpenField)
            {
                outline.Continue(text, newLine: true);
            }
            else if (cells.Count == 1 && text.Length <= SectionOutline.MaxLabelLength && !text.Contains('\n', StringComparison.Ordinal))
            {
                outline.Heading(text);
            }
            else
            {
                outline.Paragraph(string.Join('\n', cells.Select(c => c.Text.Trim())), source);
            }
        }

        return outline.Sections;
    }

    /// <summary>The cover's labelled values: the first non-empty cell right of a cell that reads 評価書番号, 評価書名, 評価実施機関名 or 公表日.</summary>
    private static DocumentCover? ReadCover(WorksheetGrid grid)
    {
        var values = new string?[DocumentCover.Labels.Length];
        foreach (var r in grid.Rows.Take(200))
        {
            var cells = grid.Cells(r).ToList();
            for (var i = 0; i + 1 < cells.Count; i++)
            {
                var label = cells[i].Text.Length <= 20 ? TableHeader.Key(cells[i].Text) : string.Empty;
                var index = Array.IndexOf(DocumentCover.Labels, label);
                if (index >= 0 && values[index] is null && cells[i + 1].Text.Length is > 0 and <= 200)
                {
                    values[index] = cells[i + 1].Text;
                }
            }
        }

        return DocumentCover.From(values);
    }

    private static (int Row, int[] Starts)? FindHeader(WorksheetGrid grid)
    {
        foreach (var r in grid.Rows)
        {
            var starts = Enumerable.Repeat(-1, ChangeLogColumns.Count).ToArray();
            foreach (var (column, text) in grid.Cells(r))
            {
                var index = TableHeader.ColumnOf(text);
                if (index >= 0 && starts[index] < 0)
                {
                    starts[index] = column;
                }
            }

            if (TableHeader.IsHeader([.. Enumerable.Range(0, starts.Length).Where(i => starts[i] >= 0)]))
            {
                return (r, starts);
            }
        }

        return null;
    }

    /// <summary>Each column's cells: from its header cell to the one before the next header cell to its right.</summary>
    private static (int From, int To)?[] Spans(int[] starts, int maxColumn)
    {
        var spans = new (int, int)?[starts.Length];
        for (var i = 0; i < starts.Length; i++)
        {
            if (starts[i] < 0)
            {
                continue;
            }

            var next = starts.Where(s => s > starts[i]).DefaultIfEmpty(maxColumn + 1).Min();
            spans[i] = (starts[i], next - 1);
        }

        return spans;
    }

    private static List<string> SharedStrings(WorkbookPart workbook)
    {
        var list = new List<string>();
        var table = workbook.SharedStringTablePart?.SharedStringTable;
        if (table is null)
        {
            return list;
        }

        foreach (var item in table.Elements<SharedStringItem>())
        {
            list.Add(WorksheetGrid.TextOf(item));
        }

        return list;
    }

    /// <summary>The style indexes whose number format shows a date (built-in date formats, or a custom one with y, m, d, g or e).</summary>
    private static HashSet<uint> DateStyles(WorkbookPart workbook)
    {
        var result = new HashSet<uint>();
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is null)
        {
            return result;
        }

        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? string.Empty) ?? [];
        uint index = 0;
        foreach (var format in stylesheet.CellFormats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (IsDateFormat(id, custom.GetValueOrDefault(id)))
            {
                result.Add(index);
            }

            index++;
        }

        return result;
    }

    private static bool IsDateFormat(uint id, string? code)
    {
        if (id is (>= 14 and <= 17) or 22 or (>= 27 and <= 36) or (>= 50 and <= 58))
        {
            return true;
        }

        if (string.IsNullOrEmpty(code))
        {
            return false;
        }

        // Letters inside quotes or after a backslash are literal text, and [$-411] or [Red] are not format letters.
        var inQuotes = false;
        var inBrackets = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && c == '[')
            {
                inBrackets = true;
            }
            else if (!inQuotes && c == ']')
            {
                inBrackets = false;
            }
            else if (!inQuotes && c == '\\')
            {
                i++;
            }
            else if (!inQuotes && !inBrackets && char.ToLowerInvariant(c) is 'y' or 'd' or 'g' or 'e')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An Excel serial day (1900 system) as the Gregorian date a reader sees.</summary>
    internal static string SerialToDate(double serial)
    {
        var day = new DateOnly(1899, 12, 30).AddDays((int)Math.Floor(serial));
        return day.ToString("yyyy'年'M'月'd'日'", CultureInfo.InvariantCulture);
    }
}
