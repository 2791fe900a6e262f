using PiaSearch.Documents.Text;

namespace PiaSearch.CrossReference.Understanding;

/// <summary>Long forms a log defines abbreviations on, and the parts of them the abbreviation stands for.</summary>
internal static class LongForms
{
    /// <summary>
    /// The part of a defined long form that the abbreviation stands for, when the definition's name begins with
    /// words the abbreviation does not abbreviate: for 住基ネット defined on 全国住民基本台帳ネットワークシステム, the log
    /// also writes 住民基本台帳ネットワークシステム alone. That part starts at the first occurrence of the abbreviation's
    /// first character after which all its characters follow in order; null when nothing is trimmed or what is left
    /// is hardly longer than the abbreviation. O(|long|·|abbreviation|).
    /// </summary>
    public static string? Core(string longForm, string abbreviation)
    {
        var full = TextKey.Of(longForm);
        var shortForm = TextKey.Of(abbreviation);
        if (shortForm.Length == 0)
        {
            return null;
        }

        for (var start = full.IndexOf(shortForm[0], StringComparison.Ordinal); start > 0; start = full.IndexOf(shortForm[0], start + 1))
        {
            if (IsSubsequence(shortForm, full.AsSpan(start)))
            {
                var core = full[start..];
                return core.Length >= shortForm.Length + 2 ? core : null;
            }
        }

        return null;
    }

    private static bool IsSubsequence(string needle, ReadOnlySpan<char> text)
    {
        var at = 0;
        foreach (var c in text)
        {
            if (at < needle.Length && char.ToUpperInvariant(c) == char.ToUpperInvariant(needle[at]))
            {
                at++;
            }
        }

        return at == needle.Length;
    }
}
