using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using PiaSearch.Morphology;
using PiaSearch.Morphology.Tokens;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Analysis;

/// <summary>
/// The analyzers of the change-log index. Text fields hold Japanese words (search mode, so a compound is indexed
/// whole and as its parts); their bigram twins hold character bigrams. Queries are analysed into the parts only,
/// so a phrase matches the parts in sequence whether or not the text made them one compound.
/// </summary>
public sealed class ChangeLogAnalyzers : IDisposable
{
    public ChangeLogAnalyzers(MorphologicalAnalyzer morphology)
    {
        ArgumentNullException.ThrowIfNull(morphology);
        Morphology = morphology;
        var bigrams = new BigramAnalyzer();
        Index = Build(new JapaneseAnalyzer(morphology, TokenizeMode.Search, outputCompounds: true), bigrams);
        Query = Build(new JapaneseAnalyzer(morphology, TokenizeMode.Search, outputCompounds: false), bigrams);
        Schema = SchemaOf(morphology);
    }

    /// <summary>
    /// Names the analysis: the version of this scheme, the system dictionary and a digest of the user dictionary.
    /// An index built under another name is rebuilt.
    /// </summary>
    public string Schema { get; }

    public MorphologicalAnalyzer Morphology { get; }

    /// <summary>Used by the IndexWriter and for highlighting stored text.</summary>
    public Analyzer Index { get; }

    /// <summary>Used to analyse query text.</summary>
    public Analyzer Query { get; }

    private static string SchemaOf(MorphologicalAnalyzer morphology)
    {
        var words = morphology.UserDictionary?.Words.Select(w => $"{w.Surface},{string.Join(' ', w.Segments)},{string.Join(' ', w.Readings)},{w.PartOfSpeech.Tag}") ?? [];
        var digest = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', words))))[..12];
        return $"words+bigrams/1; {morphology.Dictionary.Description}; user {digest}";
    }

    private static PerFieldAnalyzerWrapper Build(Analyzer words, Analyzer bigrams) =>
        new(
            new KeywordAnalyzer(),
            IndexFields.TextFields.Select(f => (Field: f, Analyzer: words))
                .Concat(IndexFields.BigramFields.Select(f => (Field: f, Analyzer: bigrams)))
                .ToDictionary(p => p.Field, p => p.Analyzer));

    public void Dispose()
    {
        Index.Dispose();
        Query.Dispose();
    }
}
