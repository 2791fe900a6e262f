namespace PiaSearch.Documents.Text;

/// <summary>Character classes used by normalisation and parsing.</summary>
public static class JapaneseScript
{
    /// <summary>Kanji, kana, the iteration marks and Japanese punctuation: characters PDF extraction
    /// never legitimately separates with a space.</summary>
    public static bool IsJapanese(char c) =>
        IsKanji(c) || IsHiragana(c) || IsKatakana(c) || IsCjkPunctuation(c);

    public static bool IsKanji(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF')   // CJK unified ideographs
            or (>= '\u3400' and <= '\u4DBF') // extension A
            or (>= '\uF900' and <= '\uFAFF') // compatibility ideographs
            or '\u3005' or '\u3006' or '\u3007' or '\u30F6'; // 々 〆 〇 ヶ

    public static bool IsHiragana(char c) => c is >= '\u3041' and <= '\u309F';

    /// <summary>Katakana including the long-vowel mark ー and the middle dot ・.</summary>
    public static bool IsKatakana(char c) =>
        c is (>= '\u30A0' and <= '\u30FF') or (>= '\u31F0' and <= '\u31FF') or (>= '\uFF66' and <= '\uFF9F');

    /// <summary>Japanese brackets and punctuation: 、。「」『』【】〔〕 and friends.</summary>
    public static bool IsCjkPunctuation(char c) => c is >= '\u3001' and <= '\u303F' and not '\u3005' and not '\u3006' and not '\u3007';
}
