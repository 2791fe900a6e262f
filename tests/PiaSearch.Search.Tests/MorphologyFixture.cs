using PiaSearch.Morphology;
using PiaSearch.Morphology.Dictionary;
using PiaSearch.Morphology.UserDictionaries;

[assembly: AssemblyFixture(typeof(PiaSearch.Search.Tests.MorphologyFixture))]

namespace PiaSearch.Search.Tests;

/// <summary>The Japanese analyzer, with the repository's user dictionary, loaded once for the test assembly.</summary>
public sealed class MorphologyFixture
{
    public MorphologyFixture()
    {
        Dictionary = MorphologyDictionary.LoadEmbedded();
        UserDictionary = UserDictionary.Load(UserDictionaryPath);
        Analyzer = new MorphologicalAnalyzer(Dictionary, UserDictionary);
    }

    public static string UserDictionaryPath => Path.Combine(AppContext.BaseDirectory, "user-dictionary.csv");

    public MorphologyDictionary Dictionary { get; }

    public UserDictionary UserDictionary { get; }

    public MorphologicalAnalyzer Analyzer { get; }
}
