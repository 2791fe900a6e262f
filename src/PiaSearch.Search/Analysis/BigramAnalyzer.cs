using Lucene.Net.Analysis;
using Lucene.Net.Util;

namespace PiaSearch.Search.Analysis;

/// <summary>
/// <see cref="BigramTokenizer"/> on its own: normalisation, CJK bigrams and lower-cased words in one pass, the
/// same at index and query time so that positions agree and a phrase such as 株式会社RKKCS matches exactly.
/// A lone Japanese character is searched through the bigrams that contain it
/// (see <see cref="Querying.SingleCharacterQueries"/>).
/// </summary>
public sealed class BigramAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new BigramTokenizer(reader));
}
