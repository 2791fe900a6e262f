using Lucene.Net.Util;
using PiaSearch.Morphology.Dictionary;

namespace PiaSearch.Search.Analysis.TokenAttributes;

/// <summary>The part of speech and conjugation of a Japanese token (Kuromoji's PartOfSpeechAttribute).</summary>
public interface IPartOfSpeechAttribute : IAttribute
{
    PartOfSpeech? PartOfSpeech { get; set; }
}
