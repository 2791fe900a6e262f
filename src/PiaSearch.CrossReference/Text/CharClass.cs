using PiaSearch.Documents.Text;

namespace PiaSearch.CrossReference.Text;

/// <summary>Character classes the recognisers use to find where a name starts and ends.</summary>
internal static class CharClass
{
    public const char LongVowel = 'ー';
    public const char MiddleDot = '・';

    public static bool IsKanji(char c) => JapaneseScript.IsKanji(c);

    /// <summary>
    /// Kanji at a position of a text, including those outside the BMP (𠮷, 𩸽: CJK extensions B and later, planes 2 and 3),
    /// whose two UTF-16 halves both count, so that a name is never cut between them. An emoji's halves do not count.
    /// </summary>
    public static bool IsKanjiAt(string text, int index)
    {
        var c = text[index];
        if (!char.IsSurrogate(c))
        {
            // A variation selector after a kanji (葛︀) is part of that kanji's glyph.
            return IsKanji(c) || (c is >= '\uFE00' and <= '\uFE0F' && index > 0 && IsKanjiAt(text, index - 1));
        }

        var (codePoint, first) = char.IsHighSurrogate(c)
            ? (index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? char.ConvertToUtf32(c, text[index + 1]) : -1, index)
            : (index > 0 && char.IsHighSurrogate(text[index - 1]) ? char.ConvertToUtf32(text[index - 1], c) : -1, index - 1);
        return IsSupplementaryKanji(codePoint) || (IsIdeographicVariationSelector(codePoint) && first > 0 && IsKanjiAt(text, first - 1));
    }

    /// <summary>An ideographic variation selector (U+E0100–E01EF): written after a kanji (葛󠄀, the 葛 of 葛飾区 in government data), it picks its glyph.</summary>
    public static bool IsIdeographicVariationSelector(int codePoint) => codePoint is >= 0xE0100 and <= 0xE01EF;

    /// <summary>What <see cref="IsNameChar"/> says of the character at a position, with kanji outside the BMP (<see cref="IsKanjiAt"/>).</summary>
    public static bool IsNameCharAt(string text, int index) => IsKanjiAt(text, index) || IsNameChar(text[index]);

    /// <summary>An end of a span moved back off the middle of a surrogate pair (a walk cut short by a length limit), so a name never ends in half a character.</summary>
    public static int EndOutsidePair(string text, int end) =>
        end > 0 && end < text.Length && char.IsHighSurrogate(text[end - 1]) && char.IsLowSurrogate(text[end]) ? end - 1 : end;

    /// <summary>A start of a span moved forward off the middle of a surrogate pair, so a name never starts with half a character.</summary>
    public static int StartOutsidePair(string text, int start) =>
        start > 0 && start < text.Length && char.IsLowSurrogate(text[start]) && char.IsHighSurrogate(text[start - 1]) ? start + 1 : start;

    private static bool IsSupplementaryKanji(int codePoint) => codePoint is >= 0x20000 and <= 0x3FFFF;

    public static bool IsHiragana(char c) => JapaneseScript.IsHiragana(c);

    /// <summary>Katakana including ー but not the middle dot, which separates words and list items.</summary>
    public static bool IsKatakana(char c) => JapaneseScript.IsKatakana(c) && c != MiddleDot;

    public static bool IsLatin(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');

    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    /// <summary>Kanji, katakana, Latin letters and digits: what a proper name is made of.</summary>
    public static bool IsNameChar(char c) => IsKanji(c) || IsKatakana(c) || IsLatin(c) || IsDigit(c);

    /// <summary>A letter of a script other than Japanese or Latin: in a Japanese document it is OCR noise.</summary>
    public static bool IsForeignLetter(char c) =>
        char.IsLetter(c) && !IsKanji(c) && !JapaneseScript.IsKatakana(c) && !IsHiragana(c) && !IsLatin(c)
        || (char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
            && c is not (>= '\uFE00' and <= '\uFE0F')); // a variation selector is not noise (see IsKanjiAt)

    public static bool ContainsKanji(string text) => text.Any(IsKanji);

    public static bool ContainsKanjiOrLatin(string text) => text.Any(c => IsKanji(c) || IsLatin(c));
}
