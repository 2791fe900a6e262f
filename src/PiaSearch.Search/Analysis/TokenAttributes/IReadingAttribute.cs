using Lucene.Net.Util;

namespace PiaSearch.Search.Analysis.TokenAttributes;

/// <summary>Reading and pronunciation in katakana, or null for unknown words (Kuromoji's ReadingAttribute).</summary>
public interface IReadingAttribute : IAttribute
{
    string? Reading { get; set; }

    string? Pronunciation { get; set; }
}
