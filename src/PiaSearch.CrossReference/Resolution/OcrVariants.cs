using PiaSearch.CrossReference.Text;

namespace PiaSearch.CrossReference.Resolution;

/// <summary>
/// Decides whether two keys are one name misread: long enough to be distinctive, the same beginning and end,
/// the same kanji, and at most one edit in four characters (ワンビシアーカイズ / ワンビシアークブズ, a dropped or
/// misread kana).
/// </summary>
internal static class OcrVariants
{
    private const int MinimumLength = 6;
    private const int SharedPrefix = 3;

    public static bool AreVariants(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        var shorter = Math.Min(a.Length, b.Length);
        if (shorter < MinimumLength || Math.Abs(a.Length - b.Length) > 2)
        {
            return false;
        }

        if (Similarity.CommonPrefix(a, b) < SharedPrefix || a[^1] != b[^1] || !HasKatakana(a))
        {
            return false;
        }

        // OCR confuses kana with kana; a different kanji (住基 / 住記) is a different word.
        if (!a.Where(CharClass.IsKanji).SequenceEqual(b.Where(CharClass.IsKanji)))
        {
            return false;
        }

        var allowed = Math.Max(1, shorter / 4);
        return Similarity.WithinDistance(a, b, allowed);
    }

    private static bool HasKatakana(string text) => text.Count(CharClass.IsKatakana) >= 3;
}
