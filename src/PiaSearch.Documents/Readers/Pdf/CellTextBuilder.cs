using System.Text;
using UglyToad.PdfPig.Content;

namespace PiaSearch.Documents.Readers.Pdf;

/// <summary>
/// Turns the letters printed in one table cell back into its text: letters grouped into lines by baseline, lines
/// read top to bottom; a line that ran to the cell's right edge was wrapped by the printer and is joined to the
/// next, one that stopped short ended a paragraph and is kept as a line break.
/// </summary>
internal static class CellTextBuilder
{
    public static string Build(List<Letter> letters, double right)
    {
        if (letters.Count == 0)
        {
            return string.Empty;
        }

        var lines = Lines(letters);
        var text = new StringBuilder();
        double previousRight = 0;
        double previousSize = 0;
        foreach (var line in lines)
        {
            if (text.Length > 0)
            {
                var wrapped = previousRight >= right - (2.2 * previousSize);
                if (!wrapped)
                {
                    text.Append('\n');
                }
                else if (IsWordChar(text[^1]) && IsWordChar(line[0].Value[0]))
                {
                    text.Append(' '); // the printer wrapped Latin text at a space it then dropped
                }
            }

            Letter? before = null;
            foreach (var letter in line)
            {
                var size = Size(letter);
                if (before is not null && letter.StartBaseLine.X - before.EndBaseLine.X > 0.3 * size && text.Length > 0 && text[^1] != ' ')
                {
                    text.Append(' ');
                }

                text.Append(letter.Value);
                before = letter;
            }

            previousRight = line[^1].EndBaseLine.X;
            previousSize = Size(line[^1]);
        }

        return text.ToString().Trim();
    }

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
        }

        return lines;
    }

    public static double Size(Letter letter) => letter.PointSize > 0.5 ? letter.PointSize : Math.Max(4, letter.BoundingBox.Height);

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c);
}
