using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SheetText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace PiaSearch.Documents.Readers.Xlsx;

/// <summary>A worksheet's cells as text by row and column (1-based), with vertical merges remembered.</summary>
internal sealed class WorksheetGrid
{
    private readonly SortedDictionary<int, SortedDictionary<int, string>> _rows = [];
    private readonly Dictionary<(int Row, int Column), (int Row, int Column)> _mergedFrom = [];

    public int MaxColumn { get; private set; }

    public IEnumerable<int> Rows => _rows.Keys;

    public IEnumerable<(int Column, string Text)> Cells(int row) =>
        _rows.TryGetValue(row, out var cells) ? cells.Select(c => (c.Key, c.Value)) : [];

    /// <summary>
    /// The non-empty cells of <paramref name="row"/> from column <paramref name="from"/> to <paramref name="to"/>, one per
    /// line. With <paramref name="inheritMerged"/>, a cell inside a region merged down from a row above takes that row's value.
    /// </summary>
    public string Join(int row, int from, int to, bool inheritMerged)
    {
        var parts = new List<string>();
        for (var column = from; column <= to; column++)
        {
            var text = Get(row, column);
            if (text.Length == 0 && inheritMerged && _mergedFrom.TryGetValue((row, column), out var origin) && origin.Row != row)
            {
                text = Get(origin.Row, origin.Column);
            }

            if (text.Length > 0)
            {
                parts.Add(text);
            }
        }

        return string.Join('\n', parts);
    }

    private string Get(int row, int column) =>
        _rows.TryGetValue(row, out var cells) && cells.TryGetValue(column, out var text) ? text : string.Empty;

    public static WorksheetGrid Load(WorksheetPart part, IReadOnlyList<string> strings, HashSet<uint> dateStyles, int maxRows)
    {
        var grid = new WorksheetGrid();
        using (var reader = OpenXmlReader.Create(part))
        {
            var rows = 0;
            while (reader.Read())
            {
                if (reader.ElementType == typeof(Row) && reader.IsStartElement)
                {
                    if (++rows > maxRows)
                    {
                        break;
                    }

                    var row = (Row)reader.LoadCurrentElement()!;
                    grid.AddRow(row, strings, dateStyles);
                }
                else if (reader.ElementType == typeof(MergeCell) && reader.IsStartElement)
                {
                    var merge = (MergeCell)reader.LoadCurrentElement()!;
                    grid.AddMerge(merge.Reference?.Value);
                }
            }
        }

        return grid;
    }

    private void AddRow(Row row, IReadOnlyList<string> strings, HashSet<uint> dateStyles)
    {
        var number = (int)(row.RowIndex?.Value ?? (uint)(_rows.Count == 0 ? 1 : _rows.Keys.Last() + 1));
        var column = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            column = cell.CellReference?.Value is { } reference && Parse(reference) is { } at ? at.Column : column + 1;
            var text = Value(cell, strings, dateStyles);
            if (text.Length == 0)
            {
                continue;
            }

            if (!_rows.TryGetValue(number, out var cells))
            {
                _rows[number] = cells = [];
            }

            cells[column] = text;
            MaxColumn = Math.Max(MaxColumn, column);
        }
    }

    private void AddMerge(string? reference)
    {
        if (reference?.Split(':') is not [var first, var last] || Parse(first) is not { } a || Parse(last) is not { } b || b.Row <= a.Row)
        {
            return;
        }

        // Only the region's first column matters to the date column; the count stays bounded by the sheet's size.
        for (var r = a.Row + 1; r <= Math.Min(b.Row, a.Row + 10_000); r++)
        {
            _mergedFrom[(r, a.Column)] = a;
        }
    }

    private static string Value(Cell cell, IReadOnlyList<string> strings, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < strings.Count ? strings[index] : string.Empty;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? TextOf(inline) : raw;
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        if ((type is null || type == CellValues.Number) && cell.StyleIndex?.Value is { } style && dateStyles.Contains(style)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < 2958466)
        {
            return XlsxDocumentReader.SerialToDate(serial);
        }

        return Clean(raw);
    }

    /// <summary>A string item's text: its runs, without the phonetic guide (ふりがな) Japanese Excel stores beside it.</summary>
    public static string TextOf(OpenXmlElement item)
    {
        var builder = new StringBuilder();
        foreach (var child in item.ChildElements)
        {
            switch (child)
            {
                case SheetText text:
                    builder.Append(text.Text);
                    break;
                case Run run:
                    foreach (var t in run.Elements<SheetText>())
                    {
                        builder.Append(t.Text);
                    }

                    break;
            }
        }

        return Clean(builder.ToString());
    }

    /// <summary>Cells keep their line breaks as \n; Excel's escaped control characters (_x000D_) become what they stand for.</summary>
    private static string Clean(string text) =>
        text.Replace("_x000D_", string.Empty, StringComparison.Ordinal).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();

    private static (int Row, int Column)? Parse(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (column > 16384)
            {
                return null;
            }
        }

        return i > 0 && int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row > 0 ? (row, column) : null;
    }
}
