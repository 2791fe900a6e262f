using PiaSearch.Morphology.Dictionary;

namespace PiaSearch.Morphology.UserDictionaries;

/// <summary>
/// A user-dictionary word: its surface, how it is split into tokens (often not at all), the reading of each
/// segment and a part of speech.
/// </summary>
public sealed record UserWord(string Surface, IReadOnlyList<string> Segments, IReadOnlyList<string> Readings, PartOfSpeech PartOfSpeech);
