using PiaSearch.CrossReference.Text;

namespace PiaSearch.CrossReference.Successions;

/// <summary>
/// A diff of two cells at the level of tokens: every kanji and hiragana on its own, runs of katakana, Latin
/// letters or digits together. Built on the longest common subsequence, after stripping the common prefix and
/// suffix; when the middle is too large to compare it is one change.
/// </summary>
internal sealed class TextDiff
{
    private const long MaximumCells = 4_000_000;

    private TextDiff(IReadOnlyList<DiffSegment> segments) => Segments = segments;

    public IReadOnlyList<DiffSegment> Segments { get; }

    public static TextDiff Compute(string before, string after)
    {
        var a = Tokenize(before);
        var b = Tokenize(after);
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && Same(before, a[prefix], after, b[prefix]))
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && Same(before, a[^(suffix + 1)], after, b[^(suffix + 1)]))
        {
            suffix++;
        }

        var ops = new List<(bool Equal, int I, int J)>();
        for (var k = 0; k < prefix; k++)
        {
            ops.Add((true, k, k));
        }

        Middle(before, a, prefix, a.Count - suffix, after, b, prefix, b.Count - suffix, ops);
        for (var k = suffix; k > 0; k--)
        {
            ops.Add((true, a.Count - k, b.Count - k));
        }

        return new TextDiff(BuildSegments(ops, a, b, before.Length, after.Length));
    }

    /// <summary>Where <paramref name="start"/>..<paramref name="end"/> of the after text came from in the before text.</summary>
    public (int Start, int End) ToBefore(int start, int end) => Project(start, end, s => (s.AfterStart, s.AfterEnd), s => (s.BeforeStart, s.BeforeEnd));

    /// <summary>Where <paramref name="start"/>..<paramref name="end"/> of the before text went in the after text.</summary>
    public (int Start, int End) ToAfter(int start, int end) => Project(start, end, s => (s.BeforeStart, s.BeforeEnd), s => (s.AfterStart, s.AfterEnd));

    private (int Start, int End) Project(int start, int end, Func<DiffSegment, (int S, int E)> from, Func<DiffSegment, (int S, int E)> to)
    {
        var lo = int.MaxValue;
        var hi = int.MinValue;
        foreach (var segment in Segments)
        {
            var (fs, fe) = from(segment);
            var (ts, te) = to(segment);
            // A segment counts when it overlaps the range; one empty on this side (text only on the other
            // side) counts when it falls strictly inside the range.
            var inside = fs == fe ? fs > start && fs < end : fe > start && fs < end;
            if (!inside)
            {
                continue;
            }

            if (segment.Equal)
            {
                var s = ts + Math.Max(start, fs) - fs;
                var e = ts + Math.Min(end, fe) - fs;
                lo = Math.Min(lo, s);
                hi = Math.Max(hi, e);
            }
            else
            {
                lo = Math.Min(lo, ts);
                hi = Math.Max(hi, te);
            }
        }

        return lo == int.MaxValue ? (0, 0) : (lo, hi);
    }

    private static void Middle(string before, List<(int S, int E)> a, int a0, int a1, string after, List<(int S, int E)> b, int b0, int b1, List<(bool, int, int)> ops)
    {
        var n = a1 - a0;
        var m = b1 - b0;
        if (n == 0 || m == 0 || (long)n * m > MaximumCells)
        {
            for (var i = a0; i < a1; i++)
            {
                ops.Add((false, i, -1));
            }

            for (var j = b0; j < b1; j++)
            {
                ops.Add((false, -1, j));
            }

            return;
        }

        var lcs = new ushort[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[i, j] = Same(before, a[a0 + i], after, b[b0 + j])
                    ? (ushort)(lcs[i + 1, j + 1] + 1)
                    : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < n && y < m)
        {
            if (Same(before, a[a0 + x], after, b[b0 + y]))
            {
                ops.Add((true, a0 + x++, b0 + y++));
            }
            else if (lcs[x + 1, y] >= lcs[x, y + 1])
            {
                ops.Add((false, a0 + x++, -1));
            }
            else
            {
                ops.Add((false, -1, b0 + y++));
            }
        }

        while (x < n)
        {
            ops.Add((false, a0 + x++, -1));
        }

        while (y < m)
        {
            ops.Add((false, -1, b0 + y++));
        }
    }

    /// <summary>Turns token operations into character segments, merging neighbouring changes.</summary>
    private static List<DiffSegment> BuildSegments(List<(bool Equal, int I, int J)> ops, List<(int S, int E)> a, List<(int S, int E)> b, int beforeLength, int afterLength)
    {
        var segments = new List<DiffSegment>();
        int bi = 0, ai = 0;
        foreach (var (equal, i, j) in ops)
        {
            var be = i >= 0 ? a[i].E : bi;
            var ae = j >= 0 ? b[j].E : ai;
            Append(segments, new DiffSegment(equal, bi, be, ai, ae));
            bi = be;
            ai = ae;
        }

        if (bi < beforeLength || ai < afterLength)
        {
            Append(segments, new DiffSegment(false, bi, beforeLength, ai, afterLength));
        }

        return segments;
    }

    private static void Append(List<DiffSegment> segments, DiffSegment next)
    {
        if (segments.Count > 0 && segments[^1].Equal == next.Equal)
        {
            var last = segments[^1];
            segments[^1] = last with { BeforeEnd = next.BeforeEnd, AfterEnd = next.AfterEnd };
            return;
        }

        segments.Add(next);
    }

    private static bool Same(string before, (int S, int E) x, string after, (int S, int E) y) =>
        x.E - x.S == y.E - y.S && string.CompareOrdinal(before, x.S, after, y.S, x.E - x.S) == 0;

    /// <summary>Token spans; white space between tokens is attached to the token before it.</summary>
    private static List<(int S, int E)> Tokenize(string text)
    {
        var tokens = new List<(int S, int E)>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            var kind = Kind(text[i]);
            i++;
            if (kind > 0)
            {
                while (i < text.Length && Kind(text[i]) == kind)
                {
                    i++;
                }
            }

            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            tokens.Add((start, i));
        }

        return tokens;
    }

    /// <summary>0 for characters that stand alone (kanji, hiragana, punctuation); otherwise the class of a run.</summary>
    private static int Kind(char c) =>
        CharClass.IsKatakana(c) ? 1 : CharClass.IsLatin(c) ? 2 : CharClass.IsDigit(c) ? 3 : c == ElisionMarkers.Mask ? 4 : 0;
}
