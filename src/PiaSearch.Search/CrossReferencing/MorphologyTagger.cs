using PiaSearch.CrossReference.Morphology;
using PiaSearch.Morphology;

namespace PiaSearch.Search.CrossReferencing;

/// <summary>
/// The cross-reference model's part-of-speech seam backed by the project's own morphological analyser (the one the
/// index uses): a cell's words with their IPADIC parts of speech (名詞, 固有名詞, 人名, 姓). Immutable, safe to share
/// (the analyser is). O(n) in the text's length per call.
/// </summary>
public sealed class MorphologyTagger(MorphologicalAnalyzer analyzer) : IPartOfSpeechTagger
{
    public IReadOnlyList<TaggedToken> Tag(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return analyzer.Tokenize(text)
            .Where(t => t.PositionIncrement > 0)
            .Select(t => new TaggedToken(t.Surface, t.Start, [t.PartOfSpeech.Pos1, t.PartOfSpeech.Pos2, t.PartOfSpeech.Pos3, t.PartOfSpeech.Pos4]))
            .ToList();
    }
}
