namespace PiaSearch.Documents.Text;

/// <summary>
/// A normalised string with, for every output character, the index of the source character it came from,
/// so that matches found in the normalised text can be shown on the original.
/// </summary>
/// <param name="Text">The normalised text.</param>
/// <param name="SourceOffsets">One entry per character of <paramref name="Text"/>, plus a final entry equal to the source length.</param>
public sealed record NormalizedText(string Text, IReadOnlyList<int> SourceOffsets)
{
    /// <summary>Maps an offset in <see cref="Text"/> (0..Length) back to the source.</summary>
    public int ToSourceOffset(int normalizedOffset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(normalizedOffset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(normalizedOffset, Text.Length);
        return SourceOffsets[normalizedOffset];
    }
}
