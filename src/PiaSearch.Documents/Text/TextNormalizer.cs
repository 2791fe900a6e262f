using System.Globalization;
using System.Text;

namespace PiaSearch.Documents.Text;

/// <summary>
/// Normalises text for search (never for display): Unicode NFKC, and removal of the spaces that PDF
/// extraction inserts between two Japanese characters (委託 先名 → 委託先名).
/// </summary>
public static class TextNormalizer
{
    /// <summary>Normalises <paramref name="source"/> for matching.</summary>
    public static string Normalize(string source) => NormalizeWithOffsets(source).Text;

    /// <summary>NFKC only: every space kept (for a query whose spaces, it turns out, separate words).</summary>
    public static string FoldWidths(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var folded = new StringBuilder(source.Length);
        FoldCompatibilityForms(source, keepEnclosedNumbers: false, folded, new List<int>(source.Length));
        return folded.ToString();
    }

    /// <summary>Normalises <paramref name="source"/> and records where each output character came from.</summary>
    public static NormalizedText NormalizeWithOffsets(string source, bool keepEnclosedNumbers = false)
    {
        ArgumentNullException.ThrowIfNull(source);
        var folded = new StringBuilder(source.Length);
        var offsets = new List<int>(source.Length + 1);
        FoldCompatibilityForms(source, keepEnclosedNumbers, folded, offsets);
        return RemoveSpacesBetweenJapanese(folded, offsets, source.Length);
    }

    /// <summary>
    /// Applies NFKC one composition segment at a time (a starter and the marks that follow it), which gives
    /// the same result as NFKC over the whole string while keeping track of offsets.
    /// </summary>
    private static void FoldCompatibilityForms(string source, bool keepEnclosedNumbers, StringBuilder output, List<int> offsets)
    {
        var i = 0;
        while (i < source.Length)
        {
            var start = i;
            i = NextSegmentEnd(source, i);
            var segment = source.AsSpan(start, i - start);
            string normalized;
            if (segment.Length == 1 && (IsStable(segment[0]) || (keepEnclosedNumbers && IsEnclosedNumber(segment[0]))))
            {
                // Most characters of Japanese text come out of NFKC as they went in: no string is made for them.
                output.Append(segment[0]);
                offsets.Add(start);
                continue;
            }

            normalized = IsAsciiOnly(segment) ? segment.ToString()
                : segment.Length == 1 ? NormalizedChar(segment[0])
                : SafeNormalize(segment.ToString());
            foreach (var c in normalized)
            {
                output.Append(c);
                offsets.Add(start);
            }
        }
    }

    // NFKC of every BMP character (outside ASCII and the surrogates) that it changes on its own — full-width forms,
    // half-width kana, … — indexed by the character, null where NFKC leaves it alone: worked out once when the type is
    // first used (tens of milliseconds), then only read. An array rather than a dictionary: it is read for every
    // non-ASCII character of every row indexed.
    private static readonly string?[] SingleForms = ChangedCharacters();

    private static string?[] ChangedCharacters()
    {
        var forms = new string?[char.MaxValue + 1];
        for (var code = 0x80; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            if (!char.IsSurrogate(c) && SafeNormalize(c.ToString()) is var n && (n.Length != 1 || n[0] != c))
            {
                forms[c] = n;
            }
        }

        return forms;
    }

    private static string NormalizedChar(char c) => SingleForms[c] ?? SafeNormalize(c.ToString());

    /// <summary>True when NFKC leaves the character alone on its own (a surrogate, alone, never counts as such).</summary>
    private static bool IsStable(char c) => c < '\u0080' || (!char.IsSurrogate(c) && SingleForms[c] is null);

    private static int NextSegmentEnd(string s, int i)
    {
        i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
        while (i < s.Length && IsCombining(s, i))
        {
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
        }

        return i;
    }

    private static bool IsCombining(string s, int i)
    {
        var c = s[i];
        // Half-width voiced and semi-voiced sound marks compose with the preceding kana under NFKC.
        if (c is '\uFF9E' or '\uFF9F' or '\u3099' or '\u309A')
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(s, i);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    private static string SafeNormalize(string segment)
    {
        try
        {
            return segment.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // An unpaired surrogate cannot be normalised; keep it as it is rather than lose text.
            return segment;
        }
    }

    private static bool IsAsciiOnly(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (c > '\u007F')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsEnclosedNumber(char c) =>
        c is (>= '\u2460' and <= '\u24FF') or (>= '\u3251' and <= '\u325F') or (>= '\u32B1' and <= '\u32BF') or (>= '\u2776' and <= '\u2793');

    private static NormalizedText RemoveSpacesBetweenJapanese(StringBuilder folded, List<int> offsets, int sourceLength)
    {
        var text = new StringBuilder(folded.Length);
        var map = new List<int>(folded.Length + 1);
        var i = 0;
        while (i < folded.Length)
        {
            if (!char.IsWhiteSpace(folded[i]))
            {
                text.Append(folded[i]);
                map.Add(offsets[i]);
                i++;
                continue;
            }

            var runEnd = i;
            while (runEnd < folded.Length && char.IsWhiteSpace(folded[runEnd]) && folded[runEnd] is not '\n' and not '\r')
            {
                runEnd++;
            }

            var joinsJapanese = runEnd > i
                && text.Length > 0
                && runEnd < folded.Length
                && JapaneseScript.IsJapanese(text[^1])
                && JapaneseScript.IsJapanese(folded[runEnd]);
            if (!joinsJapanese)
            {
                var end = Math.Max(runEnd, i + 1);
                for (var k = i; k < end; k++)
                {
                    text.Append(folded[k]);
                    map.Add(offsets[k]);
                }

                runEnd = end;
            }

            i = runEnd;
        }

        map.Add(sourceLength);
        return new NormalizedText(text.ToString(), map);
    }
}
