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
