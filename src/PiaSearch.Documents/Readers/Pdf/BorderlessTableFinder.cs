using System.Text;
using System.Text.RegularExpressions;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Dates;
using PiaSearch.Documents.Text;
using UglyToad.PdfPig.Content;

namespace PiaSearch.Documents.Readers.Pdf;

/// <summary>
/// Finds the change-log table on a page printed without cell borders. The header is a line whose words are the
/// column names (変更日, 項目, 変更前の記載…); each column starts where the lines below it most often start between
/// one header word and the next (cells are written from their left edge), or midway when no line starts there; a row
/// starts on a line whose 変更日 column holds a date (the second line of a wrapped date continues it); a line with
/// nothing in that column starts a row, said in a note naming the page, only after a blank wider than a third of a line or when
/// a column whose text had ended starts again. Lines are joined within a
/// cell as in a ruled table; the page number under the table is left out.
/// </summary>
internal static partial class BorderlessTableFinder
{
    // The room between a cell's edge and its text, on either side; the printers seen leave 1 to 2 points.
    private const double Padding = 1.5;

    /// <summary>The table on the page, or null when the page has no header (and does not continue <paramref name="previous"/>).</summary>
    /// <remarks>O(letters × log letters).</remarks>
    public static PageTable? Find(List<Letter> letters, TableColumns? previous, int page)
    {
        var lines = CellTextBuilder.Lines(letters);
        var first = 0;
        TableColumns? columns = null;
        List<(double Left, double Right, int Column)>? header = null;
        for (var i = 0; i < lines.Count && i < 80; i++)
        {
            if (HeaderOf(lines[i]) is { } found)
            {
                header = found;
                first = i + 1;
                break;
            }
        }

        var data = lines.Skip(first).ToList();
        DropPageNumbers(data);
        if (header is not null)
        {
            columns = Columns(header, data);
        }
        else if (previous is not null && data.Count > 0 && data.All(l => l.All(x => PageTableFinder.Centre(x).X >= previous.Left - 10 && PageTableFinder.Centre(x).X <= previous.Right + 10)))
        {
            columns = previous;
        }

        if (columns is null)
        {
            return null;
        }

        var notes = new List<string>();
        var rows = Rows(data, columns, page, notes).Select(r => PageTableFinder.Cells(columns, r)).Where(c => c.Any(t => t.Length > 0)).ToList();
        return new PageTable(columns, header is not null, rows) { Notes = notes };
    }

    /// <summary>The header's words with their x-ranges, left to right, when the line is made of the column names.</summary>
    private static List<(double Left, double Right, int Column)>? HeaderOf(List<Letter> line)
    {
        var chars = new List<(char C, Letter Letter)>();
        foreach (var letter in line)
        {
            foreach (var c in TextNormalizer.Normalize(letter.Value))
            {
                if (!char.IsWhiteSpace(c))
                {
                    chars.Add((c, letter));
                }
            }
        }

        if (chars.Count is < 5 or > 60)
        {
            return null;
        }

        var text = new string([.. chars.Select(c => c.C)]);
        var used = new bool[text.Length];
        var found = new List<(double Left, double Right, int Column)>();

        // Longest names first: 提出時期 is inside 提出時期に係る説明.
        foreach (var column in Enumerable.Range(0, ChangeLogColumns.Count).OrderByDescending(c => ChangeLogColumns.Names[c].Length))
        {
            var name = ChangeLogColumns.Names[column];
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                if (used.Skip(at).Take(name.Length).Any(u => u))
                {
                    continue;
                }

                Array.Fill(used, true, at, name.Length);
                var span = chars.Skip(at).Take(name.Length).Select(c => c.Letter).ToList();
                found.Add((span.Min(l => l.StartBaseLine.X), span.Max(l => l.EndBaseLine.X), column));
                break;
            }
        }

        // The line must be the names and (almost) nothing else, in the form's order.
        if (!TableHeader.IsHeader([.. found.Select(f => f.Column)]) || used.Count(u => u) < 0.8 * text.Length)
        {
            return null;
        }

        found.Sort((a, b) => a.Left.CompareTo(b.Left));
        for (var i = 1; i < found.Count; i++)
        {
            if (found[i].Column < found[i - 1].Column || found[i].Left < found[i - 1].Right)
            {
                return null;
            }
        }

        return found;
    }

    /// <summary>Each column's x-range: from where its cells' lines start (or midway between header words) to the next column.</summary>
    private static TableColumns Columns(List<(double Left, double Right, int Column)> header, List<List<Letter>> data)
    {
        var starts = new List<double>();
        foreach (var line in data)
        {
            Letter? before = null;
            foreach (var letter in line.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
            {
                if (before is null || letter.StartBaseLine.X - before.EndBaseLine.X > 0.3 * CellTextBuilder.Size(letter))
                {
                    starts.Add(letter.StartBaseLine.X);
                }

                before = letter;
            }
        }

        var all = data.SelectMany(l => l).Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var edges = new double[header.Count + 1];
        edges[0] = Math.Min(header[0].Left, all.Count > 0 ? all.Min(l => l.StartBaseLine.X) : header[0].Left) - Padding;
        for (var i = 1; i < header.Count; i++)
        {
            var (from, to) = (header[i - 1].Right, header[i].Left + Padding);
            var mode = starts.Where(x => x > from && x <= to)
                .GroupBy(x => Math.Round(x * 2) / 2)
                .Select(g => (X: g.Key, Count: g.Count()))
                .Where(g => g.Count >= 2)
                .OrderByDescending(g => g.Count).ThenBy(g => g.X)
                .FirstOrDefault();
            edges[i] = mode.Count > 0 ? mode.X - Padding : (from + header[i].Left) / 2;
        }

        var last = header[^1];
        edges[^1] = Math.Max(last.Right, all.Where(l => l.StartBaseLine.X >= edges[^2]).Select(l => l.EndBaseLine.X).DefaultIfEmpty(last.Right).Max()) + Padding;
        return new TableColumns([.. header.Select((h, i) => (edges[i], edges[i + 1], h.Column))]);
    }

    /// <summary>The lines grouped into rows (each a list of letters), top first.</summary>
    private static List<List<Letter>> Rows(List<List<Letter>> data, TableColumns columns, int page, List<string> notes)
    {
        var pitch = Pitch(data);
        var rows = new List<List<Letter>>();
        List<Letter>? current = null;
        var seen = new HashSet<int>();
        var before = new HashSet<int>();
        double previousBaseline = 0;
        foreach (var line in data)
        {
            var baseline = line[0].StartBaseLine.Y;
            var filled = line.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Select(l => columns.ColumnAt(PageTableFinder.Centre(l).X)).ToHashSet();
            var date = Text(line.Where(l => columns.ColumnAt(PageTableFinder.Centre(l).X) == 0));
            bool starts;
            if (date.Length > 0)
            {
                // The second line of a wrapped date (３１日 under 令和３年５月) continues it; a date of its own starts a row.
                starts = current is null || !before.Contains(0) || JapaneseDateParser.TryParse(date, out _);
            }
            else
            {
                // Cells are written from their top: a column whose text had ended cannot start again in the same row.
                starts = current is null
                    || previousBaseline - baseline > 1.3 * pitch
                    || filled.Any(c => seen.Contains(c) && !before.Contains(c));
                if (current is not null && starts)
                {
                    notes.Add($"p.{page}: 変更日のない行を別の行としました（上の行の続きかもしれません） / a row without 変更日 on p.{page} was taken as a row of its own (it may continue the row above): {Shorten(Text(line))}");
                }
            }

            if (starts)
            {
                current = [];
                rows.Add(current);
                seen.Clear();
            }

            current!.AddRange(line);
            seen.UnionWith(filled);
            before = filled;
            Straddling(line, columns, page, notes);
            previousBaseline = baseline;
        }

        return rows;
    }

    /// <summary>A note when a letter lies across a column edge: the text may have been put in the wrong column.</summary>
    private static void Straddling(List<Letter> line, TableColumns columns, int page, List<string> notes)
    {
        foreach (var (left, _, _) in columns.Ranges.Skip(1))
        {
            var across = line.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l.Value)
                && l.StartBaseLine.X < left - (0.3 * CellTextBuilder.Size(l)) && l.EndBaseLine.X > left + (0.3 * CellTextBuilder.Size(l)));
            if (across is not null)
            {
                notes.Add($"p.{page}: 列の境目にかかる文字があり、列の分け方が確かではありません / on p.{page} text runs across a column edge, so its column is uncertain: {Shorten(Text(line))}");
                return;
            }
        }
    }

    /// <summary>
    /// The distance between two lines of a cell: the lower quartile of the distances between lines, at most 1.25 letters (rows add their
    /// padding to it, so the smaller distances are the ones inside cells), or 1.2 letters.
    /// </summary>
    private static double Pitch(List<List<Letter>> data)
    {
        var gaps = new List<double>();
        for (var i = 1; i < data.Count; i++)
        {
            var gap = data[i - 1][0].StartBaseLine.Y - data[i][0].StartBaseLine.Y;
            if (gap > 0.8 * CellTextBuilder.Size(data[i][0]) && gap < 2.5 * CellTextBuilder.Size(data[i][0]))
            {
                gaps.Add(gap);
            }
        }

        if (gaps.Count == 0)
        {
            return data.Count > 0 ? 1.2 * CellTextBuilder.Size(data[0][0]) : 12;
        }

        gaps.Sort();

        // On a page of one-line rows every distance includes a row's padding: no line is farther apart than 1.25 letters inside a cell.
        return Math.Min(gaps[gaps.Count / 4], 1.25 * CellTextBuilder.Size(data[0][0]));
    }

    /// <summary>Drops the page number (- 3 -, 3 / 12, p.3) printed as the last or first line.</summary>
    private static void DropPageNumbers(List<List<Letter>> lines)
    {
        while (lines.Count > 0 && IsPageNumber(Text(lines[^1])))
        {
            lines.RemoveAt(lines.Count - 1);
        }

        while (lines.Count > 0 && IsPageNumber(Text(lines[0])))
        {
            lines.RemoveAt(0);
        }
    }

    internal static bool IsPageNumber(string text) => PageNumber().IsMatch(TextNormalizer.Normalize(text).Replace(" ", string.Empty, StringComparison.Ordinal));

    private static string Text(IEnumerable<Letter> letters)
    {
        var text = new StringBuilder();
        foreach (var letter in letters)
        {
            if (!string.IsNullOrWhiteSpace(letter.Value))
            {
                text.Append(letter.Value);
            }
        }

        return text.ToString();
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex(@"^([-‐−–—ー]?\d{1,4}[-‐−–—ー]?|\d{1,4}/\d{1,4}|[pP]\.?\d{1,4}|\d{1,4}ページ)$")]
    private static partial Regex PageNumber();
}
