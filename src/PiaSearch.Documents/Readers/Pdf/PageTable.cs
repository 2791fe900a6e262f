using UglyToad.PdfPig.Content;

namespace PiaSearch.Documents.Readers.Pdf;

/// <summary>The 変更箇所 table as printed on one page: its columns and its rows' six cells, top to bottom.</summary>
internal sealed record PageTable(TableColumns Columns, bool HasHeader, IReadOnlyList<string[]> Rows)
{
    /// <summary>What the finder was unsure of on the page (each naming it), for the reader's warnings.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>
/// Finds the change-log table on a page from its drawn borders: the band between two horizontal lines whose cells
/// name 変更日, 項目, 変更前の記載… is the header, the vertical lines crossing it give the columns' x-ranges, and each
/// band below it (while the table's left border goes on) is a row. A page without the header continues the previous
/// page's table when its borders line up with those columns. Text outside the table (titles, footers, page numbers)
/// is never read.
/// </summary>
internal static class PageTableFinder
{
    private const double Tolerance = 1.5;

    public static PageTable? Find(PageRulings rulings, List<Letter> letters, TableColumns? previous)
    {
        var bands = Bands(rulings);
        if (bands.Count == 0)
        {
            return null;
        }

        var byBand = LettersByBand(bands, letters);
        TableColumns? columns = null;
        var first = 0;
        for (var i = 0; i < bands.Count; i++)
        {
            if (HeaderOf(bands[i], byBand[i], rulings) is { } header)
            {
                columns = header;
                first = i + 1;
                break;
            }
        }

        var hasHeader = columns is not null;
        if (columns is null)
        {
            if (previous is null)
            {
                return null;
            }

            first = bands.FindIndex(b => Lines(previous, b, rulings));
            if (first < 0)
            {
                return null;
            }

            columns = previous;
        }

        var rows = new List<string[]>();
        for (var i = first; i < bands.Count && Lines(columns, bands[i], rulings); i++)
        {
            var cells = Cells(columns, byBand[i]);
            if (cells.Any(c => c.Length > 0))
            {
                rows.Add(cells);
            }
        }

        return new PageTable(columns, hasHeader, rows);
    }

    /// <summary>The cells of a band: letters sorted into the columns, each column's letters made text.</summary>
    internal static string[] Cells(TableColumns columns, List<Letter> letters)
    {
        var perRange = new List<Letter>[columns.Ranges.Count];
        foreach (var letter in letters)
        {
            var x = Centre(letter).X;
            for (var r = 0; r < columns.Ranges.Count; r++)
            {
                if (x >= columns.Ranges[r].Left && x < columns.Ranges[r].Right)
                {
                    (perRange[r] ??= []).Add(letter);
                    break;
                }
            }
        }

        var cells = new string[6];
        Array.Fill(cells, string.Empty);
        for (var r = 0; r < perRange.Length; r++)
        {
            if (perRange[r] is not { } found)
            {
                continue;
            }

            var (left, right, column) = columns.Ranges[r];
            var text = CellTextBuilder.Build(found, left, right);
            cells[column] = cells[column].Length == 0 ? text : cells[column] + "\n" + text;
        }

        return cells;
    }

    /// <summary>The header's columns when the band's cells name the change-log columns.</summary>
    private static TableColumns? HeaderOf((double Top, double Bottom) band, List<Letter> letters, PageRulings rulings)
    {
        if (letters.Count is 0 or > 200)
        {
            return null;
        }

        var middle = (band.Top + band.Bottom) / 2;
        var xs = rulings.Verticals.Where(v => v.Covers(middle, 0) && v.Covers(band.Top, Tolerance) && v.Covers(band.Bottom, Tolerance)).Select(v => v.At).Order().ToList();
        if (xs.Count < 3)
        {
            return null;
        }

        var ranges = new List<(double, double, int)>();
        var found = new List<int>();
        for (var i = 0; i + 1 < xs.Count; i++)
        {
            var inRange = letters.Where(l => Centre(l).X >= xs[i] && Centre(l).X < xs[i + 1]).ToList();
            var column = TableHeader.ColumnOf(CellTextBuilder.Build(inRange, xs[i], xs[i + 1]));
            if (column >= 0 && !found.Contains(column))
            {
                found.Add(column);
                ranges.Add((xs[i], xs[i + 1], column));
            }
            else if (ranges.Count > 0 && inRange.Count == 0)
            {
                // A header cell over two columns whose inner border is drawn: the blank part belongs to the column on its left.
                var last = ranges[^1];
                ranges[^1] = (last.Item1, xs[i + 1], last.Item3);
            }
        }

        return TableHeader.IsHeader(found) ? new TableColumns(ranges) : null;
    }

    /// <summary>True when the table's outer left and right borders run through the band (the table goes on there).</summary>
    private static bool Lines(TableColumns columns, (double Top, double Bottom) band, PageRulings rulings)
    {
        var middle = (band.Top + band.Bottom) / 2;
        return rulings.Verticals.Any(v => Math.Abs(v.At - columns.Left) <= Tolerance && v.Covers(middle, 0))
            && rulings.Verticals.Any(v => Math.Abs(v.At - columns.Right) <= Tolerance && v.Covers(middle, 0));
    }

    /// <summary>The spaces between consecutive horizontal lines, top of the page first.</summary>
    private static List<(double Top, double Bottom)> Bands(PageRulings rulings)
    {
        var ys = new List<double>();
        foreach (var y in rulings.Horizontals.Select(h => h.At).OrderByDescending(y => y))
        {
            if (ys.Count == 0 || ys[^1] - y > Tolerance)
            {
                ys.Add(y);
            }
        }

        var bands = new List<(double, double)>();
        for (var i = 0; i + 1 < ys.Count; i++)
        {
            bands.Add((ys[i], ys[i + 1]));
        }

        return bands;
    }

    private static List<Letter>[] LettersByBand(List<(double Top, double Bottom)> bands, List<Letter> letters)
    {
        var result = new List<Letter>[bands.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = [];
        }

        foreach (var letter in letters)
        {
            var y = Centre(letter).Y;
            var index = bands.FindIndex(b => y <= b.Top && y > b.Bottom);
            if (index >= 0)
            {
                result[index].Add(letter);
            }
        }

        return result;
    }

    internal static (double X, double Y) Centre(Letter letter)
    {
        var box = letter.BoundingBox;
        return ((box.Left + box.Right) / 2, (box.Bottom + box.Top) / 2);
    }
}
