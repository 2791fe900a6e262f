using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace PiaSearch.Search.Analysis;

/// <summary>
/// Normalisation + CJK bigrams. At index time single characters are stacked under the bigrams so that a
/// one-character query (課) still matches; at query time only bigrams are produced (a lone character stays a
/// unigram), which keeps phrase queries exact.
/// </summary>
public sealed class BigramAnalyzer(bool indexUnigrams) : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TextReader InitReader(string fieldName, TextReader reader) => new NormalizingCharFilter(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new CJKBigramFilter(stream, CJKScript.HAN | CJKScript.HIRAGANA | CJKScript.KATAKANA | CJKScript.HANGUL, indexUnigrams);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
