using System.Text;
using UglyToad.PdfPig.Content;

namespace PiaSearch.Documents.Readers.Pdf;

/// <summary>
/// Turns the letters printed in one table cell back into its text: letters grouped into lines by baseline, lines
/// read top to bottom. A line the printer wrapped is joined to the next; a line break that was in the cell is
/// kept. The printer wraps only when the next line's first word (one character in Japanese, with a following
/// character that may not begin a line) would not have fitted at the end of the line: if it would have, the break
/// was the writer's.
/// </summary>
internal static class CellTextBuilder
{
    // Characters that may not begin a line (禁則): the printer moves the character before them down as well.
    private const string ListSeparators = "、，,．.・";

    private const string Opening = "([｛〔〈《「『【（［";

    private const string NoLineStart = "、。，．,.)）」』】〕〉》］｝ゃゅょっャュョッぁぃぅぇぉァィゥェォー々・：；:;？！?!";

    public static string Build(List<Letter> letters, double left, double right)
    {
        if (letters.Count == 0)
        {
            return string.Empty;
        }

        var lines = Lines(letters);
        if (lines.Count == 0)
        {
            return string.Empty;
        }

        // The cell's padding, from where its lines start, is taken to be the same on the right.
        var padding = Math.Max(0, Math.Min(lines.Min(l => l[0].StartBaseLine.X) - left, 6));
        var limit = right - padding;
        var text = new StringBuilder();
        List<Letter>? previous = null;
        foreach (var line in lines)
        {
            if (previous is not null)
            {
                text.Append(Join(previous, line, limit, text[^1]));
            }

            Letter? before = null;
            foreach (var letter in line)
            {
                var size = Size(letter);
                // Spaces are printed as glyphs by most writers; a wide gap without one (text placed word by word) is one too.
                if (before is not null && letter.StartBaseLine.X - before.EndBaseLine.X > 0.8 * size && text.Length > 0 && text[^1] != ' ')
                {
                    text.Append(' ');
                }

                if (!string.IsNullOrWhiteSpace(letter.Value) || (text.Length > 0 && text[^1] != ' ' && text[^1] != '\n'))
                {
                    text.Append(string.IsNullOrWhiteSpace(letter.Value) ? " " : letter.Value);
                }

                before = letter;
            }

            previous = line;
        }

        return text.ToString().Trim();
    }

    /// <summary>
    /// What stood between two printed lines of a cell. The room left at the end of <paramref name="line"/> tells: if
    /// the next line's first unbreakable piece (a character with the punctuation that must follow it, a Latin word, an
    /// opening bracket with what it opens) and a whole character more would have fitted, the writer broke the line (a
    /// line break); otherwise the printer wrapped it. A space the printer dropped at a wrap cannot be told from none
    /// in Japanese text; comparisons and search ignore it.
    /// </summary>
    private static string Join(List<Letter> line, List<Letter> next, double limit, char last)
    {
        var size = Size(line[^1]);
        var room = limit - line[^1].EndBaseLine.X + (0.15 * size);
        var piece = FirstPieceWidth(next);
        var space = 0.5 * size;

        // Printers measure text a little differently from its final positions: a line counts as broken by the writer
        // only when a whole character more would still have fitted.
        if (piece + space + size <= room)
        {
            return "\n";
        }

        // A wrap: between two Latin words the printer dropped a space; in Japanese text, and inside a run of
        // digits that was too long for the line (LibreOffice breaks 66、67 as 66、6|7), there was nothing.
        return char.IsAsciiLetter(last) && char.IsAsciiLetter(next[0].Value[0]) ? " " : string.Empty;
    }

    private static double FirstPieceWidth(List<Letter> next)
    {
        var k = 0;
        while (k < next.Count - 1 && Opening.Contains(next[k].Value, StringComparison.Ordinal))
        {
            k++;
        }

        if (IsWordChar(next[k].Value[0]))
        {
            // A Latin word, or a number list such as 2、89、91 that the printer keeps together like one number.
            while (k < next.Count && next[k].Value.Length > 0
                && (next[k].Value[0] is > ' ' and < '\u007F' || (ListSeparators.Contains(next[k].Value[0]) && k + 1 < next.Count && char.IsAsciiDigit(next[k + 1].Value[0]))))
            {
                k++;
            }
        }
        else
        {
            k++;
        }

        while (k < next.Count && NoLineStart.Contains(next[k].Value, StringComparison.Ordinal))
        {
            k++;
        }

        return next[k - 1].EndBaseLine.X - next[0].StartBaseLine.X;
    }

    private static double Advance(Letter letter) =>
        Math.Max(letter.EndBaseLine.X - letter.StartBaseLine.X, 0.25 * Size(letter));

    /// <summary>Letters grouped into lines (top first), each line left to right.</summary>
    public static List<List<Letter>> Lines(List<Letter> letters)
    {
        var sorted = letters.OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X).ToList();
        var lines = new List<List<Letter>>();
        List<Letter>? current = null;
        double baseline = 0;
        foreach (var letter in sorted)
        {
            if (current is null || Math.Abs(letter.StartBaseLine.Y - baseline) > 0.45 * Size(letter))
            {
                current = [];
                lines.Add(current);
                baseline = letter.StartBaseLine.Y;
            }

            current.Add(letter);
        }

        foreach (var line in lines)
        {
            line.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));

            // A space at either end of a printed line is where the printer wrapped, not text.
            while (line.Count > 0 && string.IsNullOrWhiteSpace(line[^1].Value))
            {
                line.RemoveAt(line.Count - 1);
            }

            while (line.Count > 0 && string.IsNullOrWhiteSpace(line[0].Value))
            {
                line.RemoveAt(0);
            }
        }

        lines.RemoveAll(l => l.Count == 0);
        return lines;
    }

    public static double Size(Letter letter) => letter.PointSize > 0.5 ? letter.PointSize : Math.Max(4, letter.BoundingBox.Height);

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c);
}
