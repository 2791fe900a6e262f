using PiaSearch.CrossReference.Text;

namespace PiaSearch.CrossReference.Mentions;

/// <summary>Helpers to find where a name that ends in a known suffix begins.</summary>
internal static class NameRuns
{
    /// <summary>Particles that end a noun phrase; a hiragana between two kanji that is not one of these may be okurigana (子育て).</summary>
    private const string Okurigana = "てけ";

    /// <summary>
    /// Walks left from <paramref name="end"/> over kanji, katakana and Latin letters (and okurigana between
    /// kanji), and returns where the run starts.
    /// </summary>
    public static int RunStart(string t, int end, bool allowDigits = false, bool allowMiddleDot = false)
    {
        var k = end;
        while (k > 0)
        {
            var c = t[k - 1];
            if (CharClass.IsKanjiAt(t, k - 1) || CharClass.IsKatakana(c) || CharClass.IsLatin(c)
                || (allowDigits && CharClass.IsDigit(c))
                || (allowMiddleDot && c == CharClass.MiddleDot))
            {
                k--;
                continue;
            }

            if (Okurigana.Contains(c, StringComparison.Ordinal) && k >= 2 && k < t.Length && CharClass.IsKanjiAt(t, k - 2) && CharClass.IsKanjiAt(t, k))
            {
                k--;
                continue;
            }

            break;
        }

        return k;
    }

    /// <summary>True when <paramref name="t"/> has <paramref name="word"/> at <paramref name="index"/>.</summary>
    public static bool At(string t, int index, string word) =>
        index >= 0 && index + word.Length <= t.Length && string.CompareOrdinal(t, index, word, 0, word.Length) == 0;

    /// <summary>The first of <paramref name="words"/> (longest first) found at <paramref name="index"/>, or null.</summary>
    public static string? AnyAt(string t, int index, IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            if (At(t, index, word))
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>True when the character at <paramref name="index"/> continues a word (so a suffix before it does not end one).</summary>
    public static bool ContinuesWord(string t, int index) =>
        index < t.Length && (CharClass.IsKanjiAt(t, index) || CharClass.IsKatakana(t[index]));

    /// <summary>
    /// Every position where one of <paramref name="words"/> occurs, in text order, with the word found there
    /// (the longest when several start at one position).
    /// </summary>
    public static List<(int Index, string Word)> Occurrences(string t, IReadOnlyList<string> words)
    {
        var found = new SortedDictionary<int, string>();
        foreach (var word in words)
        {
            for (var at = t.IndexOf(word, StringComparison.Ordinal); at >= 0; at = t.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                if (!found.TryGetValue(at, out var existing) || existing.Length < word.Length)
                {
                    found[at] = word;
                }
            }
        }

        return found.Select(p => (p.Key, p.Value)).ToList();
    }
}
