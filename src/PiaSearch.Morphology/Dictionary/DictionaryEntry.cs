namespace PiaSearch.Morphology.Dictionary;

/// <summary>
/// One line of an IPADIC-style CSV (or of unk.def, where <paramref name="Surface"/> is the category name): context
/// ids, cost and features. Null base form, reading or pronunciation means "*" in the source.
/// </summary>
public sealed record DictionaryEntry(
    string Surface,
    int LeftId,
    int RightId,
    int Cost,
    PartOfSpeech PartOfSpeech,
    string? BaseForm,
    string? Reading,
    string? Pronunciation);
