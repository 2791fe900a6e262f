using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.Synthetic;

/// <summary>
/// Writes change entries as the 変更箇所 sheet of the 特定個人情報保護評価書 form: a title row, the header with the
/// 項目 cell merged over two columns, wrapped cells with borders, the header repeated on every printed page,
/// A4 landscape fitted to the page width and a page-number footer, so that printing it (LibreOffice headless)
/// gives the PDF a municipality publishes. With a cover (<see cref="WorkbookLayout.CoverSheet"/>) the workbook is a
/// whole evaluation: the cover, a sheet per section (<see cref="SyntheticSections"/>), then the change log; without
/// borders (<see cref="WorkbookLayout.Borders"/>) the printed table has no ruling lines.
/// </summary>
public static class ChangeLogWorkbookWriter
{
    /// <summary>The sheet the change log is written to.</summary>
    public const string SheetName = "変更箇所";

    private const uint WrappedStyle = 1;
    private const uint HeaderStyle = 2;
    private const uint DateStyle = 3;
    private const uint TitleStyle = 4;

    // Columns: A 変更日, B:C 項目 (merged), D 変更前の記載, E 変更後の記載, F 提出時期, G 提出時期に係る説明.
    private static readonly double[] Widths = [13, 16, 16, 40, 40, 10, 22];

    private const double SectionLabelWidth = 30;
    private const double SectionTextWidth = 70;

    /// <summary>Writes <paramref name="entries"/> (their plain text, in order) as a workbook to <paramref name="output"/>.</summary>
    public static void Write(IEnumerable<ChangeEntry> entries, Stream output, WorkbookLayout? layout = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(output);
        layout ??= new WorkbookLayout();
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles(layout.Borders ? 1u : 0u);
        var sheets = new Sheets();
        workbookPart.Workbook.AppendChild(sheets);
        uint sheetId = 1;
        if (layout.CoverSheet)
        {
            var cover = workbookPart.AddNewPart<WorksheetPart>();
            cover.Worksheet = Cover(layout);
            sheets.AppendChild(new Sheet { Name = "表紙", SheetId = sheetId++, Id = workbookPart.GetIdOfPart(cover) });
            foreach (var chapter in SyntheticSections.For(layout.Municipality, layout.Evaluation))
            {
                var section = workbookPart.AddNewPart<WorksheetPart>();
                section.Worksheet = SectionSheet(chapter);
                sheets.AppendChild(new Sheet { Name = chapter.SheetName, SheetId = sheetId++, Id = workbookPart.GetIdOfPart(section) });
            }
        }

        var part = workbookPart.AddNewPart<WorksheetPart>();
        part.Worksheet = ChangeSheet(entries, layout);
        sheets.AppendChild(new Sheet { Name = SheetName, SheetId = sheetId, Id = workbookPart.GetIdOfPart(part) });
        workbookPart.Workbook.AppendChild(new DefinedNames(new DefinedName($"'{SheetName}'!$2:$2")
        {
            Name = "_xlnm.Print_Titles",
            LocalSheetId = sheetId - 1,
        }));
    }

    private static Worksheet ChangeSheet(IEnumerable<ChangeEntry> entries, WorkbookLayout layout)
    {
        var data = new SheetData();
        var merges = new MergeCells();
        data.AppendChild(TextRow(1, TitleStyle, ("A", "変更箇所")));
        var header = TextRow(2, HeaderStyle, ("A", "変更日"), ("B", "項目"), ("C", string.Empty), ("D", "変更前の記載"), ("E", "変更後の記載"), ("F", "提出時期"), ("G", "提出時期に係る説明"));
        data.AppendChild(header);
        merges.AppendChild(new MergeCell { Reference = "B2:C2" });
        uint number = 3;
        foreach (var entry in entries)
        {
            var row = new Row { RowIndex = number, Height = RowHeight(entry), CustomHeight = true };
            row.AppendChild(DateCell(number, entry, layout.DatesAsSerials));
            row.AppendChild(Text($"B{number}", entry.Item.Text, WrappedStyle));
            row.AppendChild(Text($"C{number}", string.Empty, WrappedStyle));
            row.AppendChild(Text($"D{number}", entry.Before.Text, WrappedStyle));
            row.AppendChild(Text($"E{number}", entry.After.Text, WrappedStyle));
            row.AppendChild(Text($"F{number}", entry.TimingText, WrappedStyle));
            row.AppendChild(Text($"G{number}", entry.Explanation.Text, WrappedStyle));
            data.AppendChild(row);
            merges.AppendChild(new MergeCell { Reference = $"B{number}:C{number}" });
            number++;
        }

        var columns = new Columns();
        for (var i = 0; i < Widths.Length; i++)
        {
            columns.AppendChild(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = Widths[i], CustomWidth = true });
        }

        return new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            columns,
            data,
            merges,
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 },
            new HeaderFooter(new OddFooter("&C- &P -")));
    }

    /// <summary>
    /// The height that shows every wrapped line, as Excel stores it with the row (LibreOffice prints rows at their
    /// stored height, so an estimate too small would cut text off; this one errs on the tall side).
    /// </summary>
    private static double RowHeight(ChangeEntry entry)
    {
        var lines = new[]
        {
            Lines(entry.DateText, Widths[0]),
            Lines(entry.Item.Text, Widths[1] + Widths[2]),
            Lines(entry.Before.Text, Widths[3]),
            Lines(entry.After.Text, Widths[4]),
            Lines(entry.TimingText, Widths[5]),
            Lines(entry.Explanation.Text, Widths[6]),
        }.Max();
        return Math.Min(409, (Math.Max(1, lines) * 11.5) + 3);
    }

    /// <summary>Lines a text wraps to in a column of <paramref name="width"/> character units (a full-width character takes two).</summary>
    private static int Lines(string text, double width)
    {
        var capacity = Math.Max(4, width - 1.5);
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            var units = 0.0;
            foreach (var c in paragraph)
            {
                units += c < 0x2E80 || c is >= '\uFF61' and <= '\uFF9F' ? 1.1 : 2;
            }

            lines += Math.Max(1, (int)Math.Ceiling(units / capacity));
        }

        return lines;
    }

    private static Worksheet Cover(WorkbookLayout layout)
    {
        var data = new SheetData(
            TextRow(1, TitleStyle, ("A", "特定個人情報保護評価書（全項目評価書）")),
            TextRow(3, WrappedStyle, ("A", "評価書番号"), ("B", "1")),
            TextRow(4, WrappedStyle, ("A", "評価書名"), ("B", layout.Evaluation)),
            TextRow(5, WrappedStyle, ("A", "評価実施機関名"), ("B", layout.Municipality)),
            TextRow(6, WrappedStyle, ("A", "公表日"), ("B", "令和6年4月1日")));
        return new Worksheet(
            new Columns(new Column { Min = 1, Max = 1, Width = 20, CustomWidth = true }, new Column { Min = 2, Max = 2, Width = 60, CustomWidth = true }),
            data);
    }

    /// <summary>A chapter as the form lays it out: its title, each part's heading, then label and text side by side (the text wrapped).</summary>
    private static Worksheet SectionSheet(SyntheticSections.Chapter chapter)
    {
        var data = new SheetData(TextRow(1, TitleStyle, ("A", chapter.Title)));
        uint number = 3;
        foreach (var (heading, fields) in chapter.Parts)
        {
            data.AppendChild(TextRow(number++, 0, ("A", heading)));
            foreach (var (label, text) in fields)
            {
                var row = TextRow(number++, WrappedStyle, ("A", label), ("B", text));
                row.Height = (Math.Max(Lines(text, SectionTextWidth), Lines(label, SectionLabelWidth)) * 11.5) + 3;
                row.CustomHeight = true;
                data.AppendChild(row);
            }

            number++;
        }

        return new Worksheet(
            new Columns(
                new Column { Min = 1, Max = 1, Width = SectionLabelWidth, CustomWidth = true },
                new Column { Min = 2, Max = 2, Width = SectionTextWidth, CustomWidth = true }),
            data);
    }

    private static Cell DateCell(uint row, ChangeEntry entry, bool asSerial)
    {
        var reference = $"A{row}";
        if (asSerial && entry.Date is { } span && span.From == span.To)
        {
            var serial = span.From.DayNumber - new DateOnly(1899, 12, 30).DayNumber;
            return new Cell
            {
                CellReference = reference,
                StyleIndex = DateStyle,
                CellValue = new CellValue(serial.ToString(CultureInfo.InvariantCulture)),
            };
        }

        return Text(reference, entry.DateText, WrappedStyle);
    }

    private static Row TextRow(uint number, uint style, params (string Column, string Text)[] cells)
    {
        var row = new Row { RowIndex = number };
        foreach (var (column, text) in cells)
        {
            row.AppendChild(Text(column + number.ToString(CultureInfo.InvariantCulture), text, style));
        }

        return row;
    }

    private static Cell Text(string reference, string text, uint style) => new()
    {
        CellReference = reference,
        StyleIndex = style,
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve }),
    };

    /// <summary>XML 1.0 cannot carry most control characters nor a lone surrogate: they are dropped.</summary>
    private static string XmlSafe(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (!char.IsSurrogate(c) && (c >= 0x20 || c is '\n' or '\t') && c is not ('\uFFFE' or '\uFFFF'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static Stylesheet Styles(uint cellBorder)
    {
        var thin = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin },
            new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin },
            new BottomBorder { Style = BorderStyleValues.Thin },
            new DiagonalBorder());
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy/m/d" }) { Count = 1 },
            new Fonts(
                new Font(new FontSize { Val = 9 }, new FontName { Val = "IPAGothic" }),
                new Font(new Bold(), new FontSize { Val = 12 }, new FontName { Val = "IPAGothic" })) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin) { Count = 2 },
            new CellFormats(
                new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 0, BorderId = cellBorder, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(new Alignment { WrapText = true, Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center })
                {
                    FontId = 0, BorderId = cellBorder, ApplyBorder = true, ApplyAlignment = true,
                },
                new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top })
                {
                    FontId = 0, BorderId = cellBorder, NumberFormatId = 164, ApplyNumberFormat = true, ApplyBorder = true, ApplyAlignment = true,
                },
                new CellFormat { FontId = 1, BorderId = 0, ApplyFont = true }) { Count = 5 });
    }
}
