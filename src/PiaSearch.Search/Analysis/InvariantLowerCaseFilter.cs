using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PiaSearch.Search.Analysis;

/// <summary>
/// Lower-cases terms without culture rules. Lucene's LowerCaseFilter goes through culture-aware case mapping for
/// every character, which made it a sixth of indexing time; Japanese has no case, so nearly every character here
/// is left alone after one comparison.
/// </summary>
public sealed class InvariantLowerCaseFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public InvariantLowerCaseFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        for (var i = 0; i < _term.Length; i++)
        {
            var c = buffer[i];
            if (c is >= 'A' and <= 'Z')
            {
                buffer[i] = (char)(c + 32);
            }
            else if (c >= '\u0080' && !char.IsSurrogate(c) && char.IsUpper(c))
            {
                buffer[i] = char.ToLowerInvariant(c);
            }
        }

        return true;
    }
}
