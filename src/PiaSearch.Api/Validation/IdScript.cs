using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace PiaSearch.Api.Validation;

/// <summary>
/// Ids a person can read without being fooled: their letters come from one script, plus ASCII digits, '-', '_' and
/// '.'. Japanese (kanji, hiragana, katakana) counts as one script and may stand beside ASCII Latin letters, as in
/// Unicode's "highly restrictive" identifier profile (UTS #39); Latin with Cyrillic or Greek (the Cyrillic а in
/// <c>аdmin</c>), full-width or half-width forms and non-ASCII digits are refused. O(length).
/// </summary>
public static class IdScript
{
    private enum Script
    {
        None,
        Latin,
        Greek,
        Cyrillic,
        Japanese,
        Hangul,
        Arabic,
        Hebrew,
        Thai,
        Devanagari,
    }

    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return false;
        }

        var seen = new HashSet<Script>();
        foreach (var rune in id.EnumerateRunes())
        {
            if (rune.Value is (>= '0' and <= '9') or '-' or '_' or '.')
            {
                continue;
            }

            var script = Of(rune);
            if (script == Script.None)
            {
                return false;
            }

            seen.Add(script);
        }

        return seen.Count <= 1 || (seen.Count == 2 && seen.Contains(Script.Japanese) && seen.Contains(Script.Latin) && IsAsciiLatinOnly(id));
    }

    /// <summary>400 ProblemDetails for an id that fails <see cref="IsValid"/>, or null when it passes.</summary>
    public static ProblemHttpResult? Problem(string? id) => IsValid(id) ? null : TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "使えない文書 ID です / The document id is not allowed",
        detail: Message(id));

    public static string Message(string? id) =>
        $"文書 ID '{id}' は使えません。文字は一つの文字体系（ラテン文字、日本語など）に揃え、ほかは半角数字・-・_・. だけにしてください。" +
        "The id must use letters of a single script (Latin, Japanese, …) plus ASCII digits, '-', '_' and '.'; mixed scripts and full-width forms are refused.";

    private static bool IsAsciiLatinOnly(string id) =>
        id.EnumerateRunes().All(r => Of(r) != Script.Latin || r.IsAscii);

    private static Script Of(Rune rune) => rune.Value switch
    {
        (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') => Script.Latin,
        (>= 0x00C0 and <= 0x024F) and not (0x00D7 or 0x00F7) => Script.Latin,
        >= 0x1E00 and <= 0x1EFF => Script.Latin,
        (>= 0x0370 and <= 0x03FF) or (>= 0x1F00 and <= 0x1FFF) => Rune.IsLetter(rune) ? Script.Greek : Script.None,
        (>= 0x0400 and <= 0x052F) or (>= 0x1C80 and <= 0x1C8F) or (>= 0x2DE0 and <= 0x2DFF) or (>= 0xA640 and <= 0xA69F) => Script.Cyrillic,
        0x3005 or 0x3006 or (>= 0x3041 and <= 0x309F) or (>= 0x30A0 and <= 0x30FF) or (>= 0x31F0 and <= 0x31FF) => Script.Japanese,
        (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3134F) => Script.Japanese,
        (>= 0xAC00 and <= 0xD7AF) or (>= 0x1100 and <= 0x11FF) or (>= 0x3130 and <= 0x318F) => Script.Hangul,
        >= 0x0600 and <= 0x06FF => Rune.IsLetter(rune) ? Script.Arabic : Script.None,
        >= 0x05D0 and <= 0x05EA => Script.Hebrew,
        >= 0x0E01 and <= 0x0E30 => Script.Thai,
        >= 0x0904 and <= 0x0939 => Script.Devanagari,
        _ => Script.None,
    };
}
