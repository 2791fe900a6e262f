using System.Text;

namespace PiaSearch.CrossReference.Text;

/// <summary>
/// Undoes the usual OCR and PDF confusions inside names so that variants get the same key: the kanji 一 or a
/// hyphen read for the long-vowel mark ー after katakana (コンピュ一タ一), and letters of another script that a
/// recogniser put inside a katakana word (アークाइブズ).
/// </summary>
internal static class OcrFolding
{
    /// <summary>The folded form and whether anything was folded (a sign the source was misread).</summary>
    public static string Fold(string text, out bool changed)
    {
        ArgumentNullException.ThrowIfNull(text);
        changed = false;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (CharClass.IsForeignLetter(c))
            {
                changed = true;
                continue;
            }

            if (IsLongVowelLookalike(c) && sb.Length > 0 && CharClass.IsKatakana(sb[^1]) && (i + 1 == text.Length || !CharClass.IsKanji(text[i + 1])))
            {
                changed |= c != CharClass.LongVowel;
                sb.Append(CharClass.LongVowel);
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    public static string Fold(string text) => Fold(text, out _);

    private static bool IsLongVowelLookalike(char c) =>
        c is '一' or '-' or '‐' or '−' or '—' or '―' or 'ｰ' or '～' or CharClass.LongVowel;
}
