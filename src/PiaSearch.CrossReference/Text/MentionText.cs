using PiaSearch.Documents.Text;

namespace PiaSearch.CrossReference.Text;

/// <summary>
/// A cell as the recognisers read it: NFKC, with the spaces PDF extraction put between Japanese characters
/// removed (委託 先名 → 委託先名), and a map back to the source so every mention keeps the surface as written.
/// </summary>
internal sealed class MentionText
{
    private readonly NormalizedText _normalized;

    public MentionText(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Source = source;
        _normalized = TextNormalizer.NormalizeWithOffsets(source);
    }

    public string Source { get; }

    /// <summary>
    /// True when normalisation removed white space just before <paramref name="index"/>. Such a space was either
    /// a PDF line wrap inside a word or a real separator (連携 既存住記システム); recognisers stop there unless the
    /// longer reading is a name known from elsewhere.
    /// </summary>
    public bool SpaceRemovedBefore(int index)
    {
        if (index <= 0 || index >= Text.Length)
        {
            return false;
        }

        var previous = _normalized.SourceOffsets[index - 1];
        var current = _normalized.SourceOffsets[index];
        for (var k = previous + 1; k < current; k++)
        {
            if (char.IsWhiteSpace(Source[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The normalised text that spans refer to.</summary>
    public string Text => _normalized.Text;

    /// <summary>The source text under a span of <see cref="Text"/>, trimmed, with runs of white space made single.</summary>
    public string SurfaceOf(int start, int length)
    {
        var from = _normalized.ToSourceOffset(start);
        var to = _normalized.ToSourceOffset(start + length);
        if (to <= from)
        {
            return Text.Substring(start, length);
        }

        var raw = Source[from..to];
        return string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
