using PiaSearch.Morphology.Dictionary;

namespace PiaSearch.Morphology.Tokens;

/// <summary>
/// A word found in the text. <see cref="Start"/> and <see cref="End"/> are offsets into the text that was analysed,
/// and <c>text[Start..End] == Surface</c> always. Base form, reading and pronunciation are null where the dictionary
/// has none ("*" in MeCab's output), as for unknown words.
/// </summary>
public sealed record MorphToken(
    string Surface,
    int Start,
    PartOfSpeech PartOfSpeech,
    string? BaseForm,
    string? Reading,
    string? Pronunciation,
    TokenOrigin Origin)
{
    public int End => Start + Surface.Length;

    /// <summary>1 for a token that starts a new position; 0 for a compound stacked over its first part.</summary>
    public int PositionIncrement { get; init; } = 1;

    /// <summary>How many positions the token spans: the number of parts of a stacked compound, else 1.</summary>
    public int PositionLength { get; init; } = 1;

    /// <summary>The base form, or the surface where there is none.</summary>
    public string BaseFormOrSurface => BaseForm ?? Surface;
}
