using Lucene.Net.Analysis;
using PiaSearch.Morphology;
using PiaSearch.Morphology.Tokens;

namespace PiaSearch.Search.Analysis;

/// <summary>
/// Kuromoji's default chain over our tokenizer: width/NFKC normalisation (the offset-preserving
/// <see cref="NormalizingCharFilter"/>, ahead of the tokenizer so that the dictionary sees full-width kana and
/// half-width Latin), morphological tokens, base forms, part-of-speech stop tags, katakana long-vowel stem, lower case.
/// </summary>
public sealed class JapaneseAnalyzer(MorphologicalAnalyzer morphology, TokenizeMode mode = TokenizeMode.Search, bool outputCompounds = true) : Analyzer
{
    protected override TextReader InitReader(string fieldName, TextReader reader) => new NormalizingCharFilter(reader);

    /// <summary>The columns of a row are separate values of one field: a phrase never runs from one into the next.</summary>
    public override int GetPositionIncrementGap(string fieldName) => Indexing.IndexFields.WordsSectionGap;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new JapaneseTokenizer(reader, morphology, mode, outputCompounds);
        TokenStream stream = new JapaneseBaseFormFilter(tokenizer);
        stream = new JapanesePartOfSpeechStopFilter(stream, JapanesePartOfSpeechStopFilter.DefaultStopTags);
        stream = new JapaneseKatakanaStemFilter(stream);
        stream = new InvariantLowerCaseFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
