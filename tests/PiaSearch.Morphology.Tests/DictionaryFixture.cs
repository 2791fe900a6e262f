using PiaSearch.Morphology.Dictionary;

[assembly: AssemblyFixture(typeof(PiaSearch.Morphology.Tests.DictionaryFixture))]

namespace PiaSearch.Morphology.Tests;

/// <summary>The embedded IPADIC, loaded once for the whole test assembly, and an analyzer over it.</summary>
public sealed class DictionaryFixture
{
    public DictionaryFixture()
    {
        Dictionary = MorphologyDictionary.LoadEmbedded();
        Analyzer = new MorphologicalAnalyzer(Dictionary);
    }

    public MorphologyDictionary Dictionary { get; }

    public MorphologicalAnalyzer Analyzer { get; }

    public static string CorpusPath => Path.Combine(AppContext.BaseDirectory, "Corpus", "meguro-juki-changes.tsv");

    public static string GoldenPath => Path.Combine(AppContext.BaseDirectory, "Golden", "meguro-cells.mecab.tsv");
}
