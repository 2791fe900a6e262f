using Lucene.Net.Util;

namespace PiaSearch.Search.Analysis.TokenAttributes;

/// <summary>Lucene's implementation of <see cref="IReadingAttribute"/>, found by name.</summary>
public sealed class ReadingAttribute : Lucene.Net.Util.Attribute, IReadingAttribute
{
    public string? Reading { get; set; }

    public string? Pronunciation { get; set; }

    public override void Clear()
    {
        Reading = null;
        Pronunciation = null;
    }

    public override void CopyTo(IAttribute target)
    {
        var other = (IReadingAttribute)target;
        other.Reading = Reading;
        other.Pronunciation = Pronunciation;
    }

    public override void ReflectWith(IAttributeReflector reflector)
    {
        reflector?.Reflect(typeof(IReadingAttribute), "reading", Reading);
        reflector?.Reflect(typeof(IReadingAttribute), "pronunciation", Pronunciation);
    }
}
