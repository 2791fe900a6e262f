using System.Text;
using UglyToad.PdfPig.Content;

namespace PiaSearch.Documents.Readers.Pdf;

/// <summary>A run of letters on one printed line with no wide gap inside: one cell's text on a page without borders.</summary>
internal sealed record TextSegment(string Text, double Left, double Right, double Baseline, double Size);

/// <summary>
/// A page's text as lines of segments (letters on one baseline, split where the gap is wider than
/// <see cref="SegmentGap"/> characters), for the parts of a document read without table borders: the cover and
/// the sections before the change table.
/// </summary>
internal static class PageText
{
    /// <summary>A gap this many character sizes wide separates two cells; a narrower one is a space at most.</summary>
    public const double SegmentGap = 1.5;

    /// <summary>The page's lines, top first, each as its segments left to right.</summary>
    /// <remarks>O(letters × log letters).</remarks>
    public static List<List<TextSegment>> Lines(List<Letter> letters)
    {
        var result = new List<List<TextSegment>>();
        foreach (var line in CellTextBuilder.Lines(letters))
        {
            var segments = new List<TextSegment>();
            var start = 0;
            for (var i = 1; i <= line.Count; i++)
            {
                if (i == line.Count || Gap(line[i - 1], line[i]) > SegmentGap * CellTextBuilder.Size(line[i]))
                {
                    if (Segment(line, start, i) is { } segment)
                    {
                        segments.Add(segment);
                    }

                    start = i;
                }
            }

            if (segments.Count > 0)
            {
                result.Add(segments);
            }
        }

        return result;
    }

    /// <summary>The text of a line's segments, joined by one space.</summary>
    public static string Join(IEnumerable<TextSegment> segments) => string.Join(' ', segments.Select(s => s.Text));

    private static double Gap(Letter before, Letter after) => after.StartBaseLine.X - before.EndBaseLine.X;

    private static TextSegment? Segment(List<Letter> line, int from, int to)
    {
        var text = new StringBuilder();
        Letter? before = null;
        for (var i = from; i < to; i++)
        {
            var letter = line[i];
            if (before is not null && Gap(before, letter) > 0.8 * CellTextBuilder.Size(letter) && text.Length > 0 && text[^1] != ' ')
            {
                text.Append(' ');
            }

            text.Append(string.IsNullOrWhiteSpace(letter.Value) ? " " : letter.Value);
            before = letter;
        }

        var trimmed = text.ToString().Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        var letters = line.Skip(from).Take(to - from).Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        return new TextSegment(
            trimmed,
            letters.Min(l => l.StartBaseLine.X),
            letters.Max(l => l.EndBaseLine.X),
            letters[0].StartBaseLine.Y,
            CellTextBuilder.Size(letters[0]));
    }
}
