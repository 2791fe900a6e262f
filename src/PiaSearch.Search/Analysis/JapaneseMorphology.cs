using PiaSearch.Morphology;
using PiaSearch.Morphology.Dictionary;
using PiaSearch.Morphology.UserDictionaries;

namespace PiaSearch.Search.Analysis;

/// <summary>Puts the system dictionary and an optional user dictionary file together into an analyzer.</summary>
public static class JapaneseMorphology
{
    /// <exception cref="FileNotFoundException">A user dictionary is named but does not exist.</exception>
    /// <exception cref="FormatException">The user dictionary has a malformed line (the message names it).</exception>
    public static MorphologicalAnalyzer Create(MorphologyDictionary dictionary, string? userDictionaryPath)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        if (string.IsNullOrWhiteSpace(userDictionaryPath))
        {
            return new MorphologicalAnalyzer(dictionary);
        }

        if (!File.Exists(userDictionaryPath))
        {
            throw new FileNotFoundException($"User dictionary {userDictionaryPath} does not exist.", userDictionaryPath);
        }

        return new MorphologicalAnalyzer(dictionary, UserDictionary.Load(userDictionaryPath));
    }
}
