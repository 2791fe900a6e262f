namespace PiaSearch.Morphology.Tokens;

/// <summary>Where a token came from.</summary>
public enum TokenOrigin
{
    /// <summary>A word of the system dictionary.</summary>
    Known,

    /// <summary>A word made up from character categories (unk.def).</summary>
    Unknown,

    /// <summary>A word, or a segment of a word, of the user dictionary.</summary>
    User,

    /// <summary>A compound kept whole in search mode, stacked over its parts.</summary>
    Compound,
}
