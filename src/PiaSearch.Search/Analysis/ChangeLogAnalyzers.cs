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
/// The analyzers of the change-log index: the combined field and the columns as character bigrams; the words
/// field as Japanese words in search mode (a compound indexed whole and as its parts). Queries are analysed into
/// the parts only, so a phrase of words matches the parts in sequence whether or not the text made them one compound.
/// </summary>
public sealed class ChangeLogAnalyzers : IDisposable
{
    private readonly BigramAnalyzer _bigrams = new();

    public ChangeLogAnalyzers(MorphologicalAnalyzer morphology)
    {
        ArgumentNullException.ThrowIfNull(morphology);
        Morphology = morphology;
        Index = Build(new JapaneseAnalyzer(morphology, TokenizeMode.Search, outputCompounds: true));
        Query = Build(new JapaneseAnalyzer(morphology, TokenizeMode.Search, outputCompounds: false));
        Schema = SchemaOf(morphology);
    }

    /// <summary>
    /// Names the index layout: the version of this scheme (fields, analysis, stored format), the system dictionary
    /// and a digest of the user dictionary. An index built under another name is rebuilt.
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
        return $"all-bigrams+words/4; {morphology.Dictionary.Description}; user {digest}";
    }

    private PerFieldAnalyzerWrapper Build(Analyzer words)
    {
        var perField = new Dictionary<string, Analyzer>(StringComparer.Ordinal)
        {
            [IndexFields.All] = _bigrams,
            [IndexFields.Words] = words,
        };
        foreach (var column in IndexFields.TextFields)
        {
            perField[column] = _bigrams;
        }

        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
    }

    public void Dispose()
    {
        Index.Dispose();
        Query.Dispose();
        _bigrams.Dispose();
    }
}
