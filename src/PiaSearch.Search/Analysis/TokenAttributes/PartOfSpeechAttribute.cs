using Lucene.Net.Util;
using PiaSearch.Morphology.Dictionary;

namespace PiaSearch.Search.Analysis.TokenAttributes;

/// <summary>Lucene's implementation of <see cref="IPartOfSpeechAttribute"/>, found by name.</summary>
public sealed class PartOfSpeechAttribute : Lucene.Net.Util.Attribute, IPartOfSpeechAttribute
{
    public PartOfSpeech? PartOfSpeech { get; set; }

    public override void Clear() => PartOfSpeech = null;

    public override void CopyTo(IAttribute target) => ((IPartOfSpeechAttribute)target).PartOfSpeech = PartOfSpeech;

    public override void ReflectWith(IAttributeReflector reflector) =>
        reflector?.Reflect(typeof(IPartOfSpeechAttribute), "partOfSpeech", PartOfSpeech?.Tag);
}
