using System.Text.RegularExpressions;

namespace PiaSearch.CrossReference.Text;

/// <summary>
/// The editorial marks of a change log — (前略), (中略), (以下省略), (現行に同じ), (記載なし), —, 削除, 追加 — which
/// stand for text that is not shown or not there. They are not content: diffs ignore them and a cell made only
/// of them holds nothing.
/// </summary>
internal static partial class ElisionMarkers
{
    /// <summary>Stands in for masked characters; never occurs in real text.</summary>
    public const char Mask = '\uE000';

    /// <summary>Replaces every marker with <see cref="Mask"/> characters, keeping offsets.</summary>
    public static string MaskAll(string text) =>
        Marker().Replace(text, m => new string(Mask, m.Length));

    /// <summary>True when the cell says nothing: empty, a dash, 削除, 追加, 省略, (記載なし) and the like.</summary>
    public static bool IsAbsent(string text)
    {
        var rest = Marker().Replace(text, string.Empty);
        rest = Noise().Replace(rest, string.Empty);
        return rest.Length == 0 || AbsentWord().IsMatch(rest);
    }

    /// <summary>True when the cell leaves its whole content out ((省略), (前略)…): what it held is not shown, not absent.</summary>
    public static bool IsElided(string text) => Elided().IsMatch(text);

    /// <summary>True when the cell deletes what was there (削除, →削除).</summary>
    public static bool IsDeletion(string text) => Deletion().IsMatch(text);

    [GeneratedRegex(@"[(（]\s*(?:前略|中略|後略|略|以下略|省略|前省略|以下省略|以降省略|後省略|現行に同じ|以下現行と同じ|下記を追加|記載なし|削除)\s*[)）]|(?<![^\s])(?:省略|削除|追加)(?![^\s])")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^\s*[(（]?\s*(?:前略|中略|後略|略|以下略|省略|前省略|以下省略|以降省略|後省略)\s*[)）]?\s*$")]
    private static partial Regex Elided();

    [GeneratedRegex(@"[\s\-—―‐－−ー]+")]
    private static partial Regex Noise();

    [GeneratedRegex(@"^(?:なし|無し|該当なし|-)$")]
    private static partial Regex AbsentWord();

    [GeneratedRegex(@"^\s*(?:[(（]?削除[)）]?|.{0,20}→\s*削除)\s*$")]
    private static partial Regex Deletion();
}
