namespace PiaSearch.Search.Highlighting;

/// <summary>
/// Cuts a text into the fragments that hold the most matches, each written as segments of plain text with the
/// matches marked. A fragment is at most twice the fragment size, however many matches crowd into it or however long
/// one match is.
/// </summary>
internal static class FragmentWriter
{
    public static IReadOnlyList<IReadOnlyList<HighlightSegment>> Write(string text, IReadOnlyList<(int Start, int End)> spans, int fragmentSize, int maxFragments)
    {
        if (spans.Count == 0)
        {
            return [];
        }

        if (text.Length <= fragmentSize * 2)
        {
            return [Render(text, 0, text.Length, spans)];
        }

        var maxLength = fragmentSize * 2;
        var windows = new List<(int Start, int End, int Hits)>();
        foreach (var (start, end) in spans)
        {
            var center = (start + end) / 2;
            var from = Math.Clamp(center - (fragmentSize / 2), 0, Math.Max(0, text.Length - fragmentSize));
            var to = Math.Min(text.Length, Math.Min(from + maxLength, Math.Max(from + fragmentSize, end)));
            if (windows.Count > 0 && from <= windows[^1].End)
            {
                var last = windows[^1];
                if (end <= last.End || Math.Max(last.End, to) - last.Start <= maxLength)
                {
                    windows[^1] = (last.Start, end <= last.End ? last.End : Math.Max(last.End, to), last.Hits + 1);
                    continue;
                }

                // The window is full: the next one starts where it ends, so that fragments never overlap.
                from = last.End;
                to = Math.Min(to, from + maxLength);
            }

            windows.Add((from, to, 1));
        }

        return windows
            .OrderByDescending(w => w.Hits)
            .ThenBy(w => w.Start)
            .Take(maxFragments)
            .OrderBy(w => w.Start)
            .Select(w => Render(text, AvoidSplit(text, w.Start), AvoidSplit(text, w.End), spans))
            .ToList();
    }

    private static int AvoidSplit(string text, int index) =>
        index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) ? index - 1 : index;

    private static IReadOnlyList<HighlightSegment> Render(string text, int from, int to, IReadOnlyList<(int Start, int End)> spans)
    {
        var segments = new List<HighlightSegment>();
        var position = from;
        foreach (var (start, end) in spans)
        {
            if (end <= from || start >= to)
            {
                continue;
            }

            var markStart = Math.Max(start, from);
            var markEnd = Math.Min(end, to);
            if (markStart > position)
            {
                segments.Add(new HighlightSegment(text[position..markStart], Mark: false));
            }

            segments.Add(new HighlightSegment(text[markStart..markEnd], Mark: true));
            position = markEnd;
        }

        if (to > position)
        {
            segments.Add(new HighlightSegment(text[position..to], Mark: false));
        }

        return segments;
    }
}
