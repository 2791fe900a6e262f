namespace PiaSearch.CrossReference.Morphology;

/// <summary>
/// The seam for a Japanese morphological analyser. The recognisers work on rules and patterns alone; when a
/// tagger is supplied they also accept the proper nouns it finds (人名 as persons, 組織 as organisations).
/// </summary>
public interface IPartOfSpeechTagger
{
    /// <summary>Splits <paramref name="text"/> into tokens with their parts of speech, IPADIC style.</summary>
    IReadOnlyList<TaggedToken> Tag(string text);
}
