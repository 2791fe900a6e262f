using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using PiaSearch.Search.Analysis.TokenAttributes;

namespace PiaSearch.Search.Analysis;

/// <summary>Replaces a conjugated word by its dictionary form (基づき → 基づく), as Kuromoji's JapaneseBaseFormFilter.</summary>
public sealed class JapaneseBaseFormFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IBaseFormAttribute _baseForm;
    private readonly IKeywordAttribute _keyword;

    public JapaneseBaseFormFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _baseForm = AddAttribute<IBaseFormAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (!_keyword.IsKeyword && _baseForm.BaseForm is { Length: > 0 } baseForm)
        {
            _term.SetEmpty().Append(baseForm);
        }

        return true;
    }
}
