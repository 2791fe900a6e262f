using System.Text;

namespace PiaSearch.Documents.Text;

/// <summary>
/// The one key every layer compares text by when width and spacing must not matter: NFKC (full-width letters and
/// digits, half-width kana and circled numbers folded, as <see cref="TextNormalizer.FoldWidths"/> does) with every
/// white-space character removed, so 委託事項1-⑥委託 先名 and 委託事項1-6委託先名 have the same key. A lone surrogate
/// is kept as it is, never a reason to throw.
/// </summary>
public static class TextKey
{
    /// <summary>The comparison key of <paramref name="text"/>. O(length).</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextNormalizer.FoldWidths(text);
        var key = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c))
            {
                key.Append(c);
            }
        }

        return key.ToString();
    }

    /// <summary>
    /// <see cref="Of"/> in lower case: for telling whether one text holds another as a search (which ignores case)
    /// would. O(length); a lone surrogate is kept, never a reason to throw.
    /// </summary>
    public static string Folded(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextNormalizer.FoldWidths(text);
        var key = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }
}
