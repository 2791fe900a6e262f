using Lucene.Net.Util;

namespace PiaSearch.Search.Analysis.TokenAttributes;

/// <summary>The dictionary form of a conjugated word (基づき → 基づく), or null (Kuromoji's BaseFormAttribute).</summary>
public interface IBaseFormAttribute : IAttribute
{
    string? BaseForm { get; set; }
}
