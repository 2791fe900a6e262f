namespace PiaSearch.CrossReference.Text;

/// <summary>String measures used to decide whether two names are variants, or one renamed into the other.</summary>
internal static class Similarity
{
    /// <summary>Edit distance with unit costs.</summary>
    public static int Levenshtein(string a, string b)
    {
        if (a.Length == 0)
        {
            return b.Length;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>
    /// Whether the edit distance is at most <paramref name="max"/>, without computing it in full: the common beginning
    /// and end are set aside, then only the diagonal band of width 2·max+1 is filled. O(n·max) instead of O(n·m), so two
    /// crafted 36,000-character cells are compared in microseconds instead of seconds.
    /// </summary>
    public static bool WithinDistance(string a, string b, int max)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        var x = a.AsSpan();
        var y = b.AsSpan();
        var prefix = x.CommonPrefixLength(y);
        x = x[prefix..];
        y = y[prefix..];
        var suffix = 0;
        while (suffix < x.Length && suffix < y.Length && x[^(suffix + 1)] == y[^(suffix + 1)])
        {
            suffix++;
        }

        x = x[..^suffix];
        y = y[..^suffix];
        if (Math.Abs(x.Length - y.Length) > max)
        {
            return false;
        }

        if (x.Length == 0 || y.Length == 0)
        {
            return Math.Max(x.Length, y.Length) <= max;
        }

        // previous[j] and current[j]: the distance between the first i characters of x and the first j of y, capped at
        // max + 1 (beyond the band every cell reads as that cap).
        var over = max + 1;
        var previous = new int[y.Length + 1];
        var current = new int[y.Length + 1];
        for (var j = 0; j <= y.Length; j++)
        {
            previous[j] = Math.Min(j, over);
        }

        for (var i = 1; i <= x.Length; i++)
        {
            var low = Math.Max(1, i - max);
            var high = Math.Min(y.Length, i + max);
            current[low - 1] = low == 1 ? Math.Min(i, over) : over;
            var best = current[low - 1];
            for (var j = low; j <= high; j++)
            {
                var substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                current[j] = Math.Min(over, Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1)));
                best = Math.Min(best, current[j]);
            }

            if (high < y.Length)
            {
                current[high + 1] = over; // read by the next row as the cell above its band's last one
            }

            if (best > max)
            {
                return false;
            }

            (previous, current) = (current, previous);
        }

        return previous[y.Length] <= max;
    }

    /// <summary>
    /// The fewest edits that turn <paramref name="prefix"/> into some prefix of <paramref name="text"/>: what was typed
    /// so far against the start of a name. O(|prefix|·|text|).
    /// </summary>
    public static int PrefixLevenshtein(string prefix, string text)
    {
        // Rows over the prefix, columns over the text; the prefix must be consumed, the text need not be.
        var previous = new int[text.Length + 1];
        var current = new int[text.Length + 1];
        for (var j = 0; j <= text.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= prefix.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= text.Length; j++)
            {
                var substitution = previous[j - 1] + (prefix[i - 1] == text[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous.Min();
    }

    /// <summary>Length of the longest common subsequence.</summary>
    public static int LongestCommonSubsequence(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
            Array.Clear(current);
        }

        return previous[b.Length];
    }

    public static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }

    public static int CommonSuffix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[^(n + 1)] == b[^(n + 1)])
        {
            n++;
        }

        return n;
    }

    /// <summary>Common subsequence over the shorter length: 1 when one name is spelled inside the other.</summary>
    public static double Overlap(string a, string b) =>
        a.Length == 0 || b.Length == 0 ? 0 : (double)LongestCommonSubsequence(a, b) / Math.Min(a.Length, b.Length);
}
