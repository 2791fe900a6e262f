namespace PiaSearch.Search.Validation;

/// <summary>
/// The length of a parameter as a person counts it: Unicode scalar values, so that 𠮷 or an emoji written as a
/// surrogate pair is one character (a lone surrogate counts as one too). Every length limit on what a request types
/// is counted this way. The text a limit admits is still at most twice the limit in UTF-16 code units, so the limits
/// keep bounding the work a request can cause. O(length).
/// </summary>
public static class TextLength
{
    public static int Of(ReadOnlySpan<char> text)
    {
        var pairs = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                pairs++;
                i++;
            }
        }

        return text.Length - pairs;
    }

    /// <summary>True when <paramref name="text"/> has more than <paramref name="max"/> characters; O(1) when it has over twice as many code units.</summary>
    public static bool Exceeds(ReadOnlySpan<char> text, int max) =>
        text.Length > max && (text.Length > 2L * max || Of(text) > max);
}
