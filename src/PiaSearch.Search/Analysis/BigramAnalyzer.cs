using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace PiaSearch.Search.Analysis;

/// <summary>
/// Normalisation + CJK bigrams, the same at index and query time so that positions agree and a phrase such as
/// 株式会社RKKCS matches exactly. A lone Japanese character is searched through the bigrams that contain it
/// (see <see cref="Querying.SingleCharacterQueries"/>).
/// </summary>
public sealed class BigramAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TextReader InitReader(string fieldName, TextReader reader) => new NormalizingCharFilter(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new CJKBigramFilter(stream, CJKScript.HAN | CJKScript.HIRAGANA | CJKScript.KATAKANA | CJKScript.HANGUL, outputUnigrams: false);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
