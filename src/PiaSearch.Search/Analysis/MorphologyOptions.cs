namespace PiaSearch.Search.Analysis;

/// <summary>Configuration of the Japanese analyzer (section "Morphology").</summary>
public sealed class MorphologyOptions
{
    public const string SectionName = "Morphology";

    /// <summary>
    /// A user dictionary in Kuromoji's CSV format (surface,segmentation,readings,part of speech): words to keep
    /// whole, such as 住基ネット. Relative paths are resolved against the content root; empty for none. Changing it
    /// makes the index rebuild on the next start.
    /// </summary>
    public string? UserDictionaryPath { get; set; }
}
