using System.Text;
using System.Text.RegularExpressions;

namespace PiaSearch.CrossReference.Text;

/// <summary>
/// Keys under which names are compared: width folded, spaces, middle dots and invisible format characters removed, OCR confusions undone,
/// Latin upper-cased. Two spellings of one name get one key; the surfaces are kept elsewhere.
/// </summary>
internal static partial class NameKeys
{
    /// <summary>The comparison key of any name.</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // NFKC through ICU is most of what a key costs (7 of the 15 s a million rows' model spent on its indexes); most names
        // are kanji and kana, which it leaves as they are.
        var normalized = IsStableUnderNfkc(name) ? name : SafeNfkc(name);
        var sb = new StringBuilder(normalized.Length);
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            // A variation selector picks a glyph of the character before it (葛󠄀飾区 is 葛飾区): not part of the name's key.
            if (c is >= '\uFE00' and <= '\uFE0F')
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < normalized.Length && char.IsLowSurrogate(normalized[i + 1])
                && CharClass.IsIdeographicVariationSelector(char.ConvertToUtf32(c, normalized[i + 1])))
            {
                i++;
                continue;
            }

            // Zero-width and other format characters (U+200B, U+FEFF…) are invisible: pasted into a name, they leave the same name.
            if (char.IsWhiteSpace(c) || c is CharClass.MiddleDot or '.' or '·' or '･' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                continue;
            }

            // Kana and kanji have no case: char.ToUpperInvariant goes through the culture tables for any non-ASCII character.
            sb.Append(c switch
            {
                >= 'a' and <= 'z' => (char)(c - ('a' - 'A')),
                < '\u0080' or >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF' => c,
                _ => char.ToUpperInvariant(c),
            });
        }

        return OcrFolding.Fold(sb.ToString());
    }

    /// <summary>NFKC, or the text as it is when it holds half a surrogate pair (NFKC throws on it): a key never stops a build.</summary>
    private static string SafeNfkc(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    /// <summary>
    /// True when NFKC leaves the text as it is, for certain: printable ASCII, hiragana and katakana (not the separate sound marks
    /// ゛゜, which NFKC turns into a space and a combining mark), 々〆〇 and the CJK unified ideographs. None of these has a
    /// compatibility decomposition, and no two of them compose (only combining marks do), so a text of them alone is stable.
    /// </summary>
    internal static bool IsStableUnderNfkc(string text)
    {
        foreach (var c in text)
        {
            if (!(c is >= ' ' and <= '~' or >= '\u3041' and <= '\u3096' or '\u309D' or '\u309E' or >= '\u30A1' and <= '\u30FE' or >= '\u4E00' and <= '\u9FFF'
                or '\u3005' or '\u3006' or '\u3007'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A company name without its legal form (株式会社, (株), 有限会社…), before or after the name.</summary>
    public static string CoreCompanyName(string name) =>
        LegalForm().Replace(name, string.Empty).Trim();

    /// <summary>The legal form written in a company name, or null.</summary>
    public static string? LegalFormOf(string name)
    {
        var match = LegalForm().Match(name);
        return match.Success ? match.Value : null;
    }

    /// <summary>Digits only: the key of a phone number.</summary>
    public static string Digits(string text) => new(text.Where(CharClass.IsDigit).ToArray());

    internal const string LegalForms =
        "株式会社|有限会社|合同会社|合資会社|合名会社|一般財団法人|一般社団法人|公益財団法人|公益社団法人|特定非営利活動法人|社会福祉法人|医療法人|学校法人|NPO法人|\\(株\\)|\\(有\\)|\\(同\\)|\\(一財\\)|\\(一社\\)|\\(公財\\)|\\(公社\\)|\\(特非\\)";

    [GeneratedRegex(LegalForms)]
    private static partial Regex LegalForm();
}
