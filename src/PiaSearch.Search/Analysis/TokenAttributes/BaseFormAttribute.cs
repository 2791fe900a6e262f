using Lucene.Net.Util;

namespace PiaSearch.Search.Analysis.TokenAttributes;

/// <summary>Lucene's implementation of <see cref="IBaseFormAttribute"/>, found by name.</summary>
public sealed class BaseFormAttribute : Lucene.Net.Util.Attribute, IBaseFormAttribute
{
    public string? BaseForm { get; set; }

    public override void Clear() => BaseForm = null;

    public override void CopyTo(IAttribute target) => ((IBaseFormAttribute)target).BaseForm = BaseForm;

    public override void ReflectWith(IAttributeReflector reflector) =>
        reflector?.Reflect(typeof(IBaseFormAttribute), "baseForm", BaseForm);
}
