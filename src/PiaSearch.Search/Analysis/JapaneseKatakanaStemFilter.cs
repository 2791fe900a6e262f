using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PiaSearch.Search.Analysis;

/// <summary>
/// Drops the long-vowel mark at the end of a katakana word of at least four characters (サーバー → サーバ,
/// コンピューター → コンピュータ), as Kuromoji's JapaneseKatakanaStemFilter, so both spellings meet.
/// </summary>
public sealed class JapaneseKatakanaStemFilter : TokenFilter
{
    public const int DefaultMinimumLength = 4;

    private const char LongVowelMark = 'ー';
    private readonly int _minimumLength;
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public JapaneseKatakanaStemFilter(TokenStream input, int minimumLength = DefaultMinimumLength)
        : base(input)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumLength, 1);
        _minimumLength = minimumLength;
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var length = _term.Length;
        if (!_keyword.IsKeyword && length >= _minimumLength && _term.Buffer[length - 1] == LongVowelMark && IsKatakana(_term.Buffer, length))
        {
            _term.Length = length - 1;
        }

        return true;
    }

    private static bool IsKatakana(char[] buffer, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (buffer[i] is < '\u30A0' or > '\u30FF')
            {
                return false;
            }
        }

        return true;
    }
}
