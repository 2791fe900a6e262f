namespace PiaSearch.Documents.Readers.Pdf;

/// <summary>
/// Finds the cover's labelled values (評価書番号, 評価書名, 評価実施機関名, 公表日) on a page: the value is the text
/// after the label in its own piece (評価書名：…), else the next piece to its right on the same line, else the line
/// just below that starts under the label.
/// </summary>
internal static class PdfCoverReader
{
    private const int MaxValueLength = 200;

    /// <summary>Fills the values not found yet (in the order of <see cref="DocumentCover.Labels"/>) from one page's lines; true when the page has a cover label.</summary>
    /// <remarks>O(segments on the page).</remarks>
    public static bool Read(List<List<TextSegment>> lines, string?[] values)
    {
        var found = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            for (var s = 0; s < line.Count; s++)
            {
                var index = LabelOf(line[s].Text, out var rest);
                found |= index >= 0;
                if (index < 0 || values[index] is not null)
                {
                    continue;
                }

                var value = rest.Length > 0 ? rest
                    : s + 1 < line.Count ? PageText.Join(line.Skip(s + 1).TakeWhile(v => LabelOf(v.Text, out _) < 0))
                    : Below(lines, i, line[s]);
                if (value is { Length: > 0 and <= MaxValueLength })
                {
                    values[index] = value;
                }
            }
        }

        return found;
    }

    /// <summary>Which label <paramref name="text"/> is (or starts with, followed by a colon and the value), or -1.</summary>
    private static int LabelOf(string text, out string rest)
    {
        rest = string.Empty;
        if (text.Length > MaxValueLength + 20)
        {
            return -1;
        }

        var key = TableHeader.Key(text);
        for (var i = 0; i < DocumentCover.Labels.Length; i++)
        {
            var label = DocumentCover.Labels[i];
            if (key == label || key == label + ":")
            {
                return i;
            }

            if (key.StartsWith(label + ":", StringComparison.Ordinal))
            {
                // The value as printed (its spaces kept), after the first colon.
                var colon = text.IndexOfAny([':', '：']);
                rest = colon >= 0 ? text[(colon + 1)..].Trim() : string.Empty;
                return i;
            }
        }

        return -1;
    }

    /// <summary>The value printed under its label: the next line's first piece starting near the label's left edge, within two lines' height.</summary>
    private static string? Below(List<List<TextSegment>> lines, int i, TextSegment label)
    {
        if (i + 1 >= lines.Count)
        {
            return null;
        }

        var next = lines[i + 1];
        if (label.Baseline - next[0].Baseline > 2.5 * label.Size)
        {
            return null;
        }

        var under = next.FirstOrDefault(s => s.Left < label.Right && s.Right > label.Left - label.Size);
        return under is null || LabelOf(under.Text, out _) >= 0 ? null : under.Text;
    }
}
