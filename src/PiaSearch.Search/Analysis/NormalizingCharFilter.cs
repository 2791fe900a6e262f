using Lucene.Net.Analysis.CharFilters;
using PiaSearch.Documents.Text;

namespace PiaSearch.Search.Analysis;

/// <summary>
/// Applies <see cref="TextNormalizer"/> (NFKC, PDF spaces between Japanese characters removed) in front of a
/// tokenizer, with offset corrections so that highlights land on the original text.
/// </summary>
public sealed class NormalizingCharFilter : BaseCharFilter
{
    private string? _normalized;
    private string _source = string.Empty;
    private IReadOnlyList<int> _sourceOffsets = [0];
    private int _position;

    public NormalizingCharFilter(TextReader input)
        : base(input)
    {
    }

    public override int Read(char[] buffer, int index, int count)
    {
        _normalized ??= Load();
        if (_position >= _normalized.Length)
        {
            return -1;
        }

        var copied = Math.Min(count, _normalized.Length - _position);
        _normalized.CopyTo(_position, buffer, index, copied);
        _position += copied;
        return copied;
    }

    public override int Read()
    {
        _normalized ??= Load();
        return _position < _normalized.Length ? _normalized[_position++] : -1;
    }

    /// <summary>The rest of the normalised text, in one piece (no copy when nothing has been read yet).</summary>
    public override string ReadToEnd()
    {
        _normalized ??= Load();
        var rest = _position == 0 ? _normalized : _normalized[Math.Min(_position, _normalized.Length)..];
        _position = _normalized.Length;
        return rest;
    }

    /// <summary>
    /// Where a token that ends at <paramref name="normalizedEnd"/> ends in the source. <see cref="BaseCharFilter.CorrectOffset"/>
    /// gives the start of the next character, which lies after any spaces this filter removed; those are not
    /// part of the token.
    /// </summary>
    public int CorrectEndOffset(int normalizedEnd)
    {
        _normalized ??= Load();
        if (normalizedEnd <= 0 || normalizedEnd > _normalized.Length)
        {
            return CorrectOffset(normalizedEnd);
        }

        var lastStart = _sourceOffsets[normalizedEnd - 1];
        var end = _sourceOffsets[normalizedEnd];
        while (end > lastStart + 1 && char.IsWhiteSpace(_source[end - 1]))
        {
            end--;
        }

        return end;
    }

    private string Load()
    {
        var source = m_input.ReadToEnd() ?? string.Empty; // Lucene's reusable reader gives null for an empty value
        var normalized = TextNormalizer.NormalizeWithOffsets(source);
        _source = source;
        _sourceOffsets = normalized.SourceOffsets;
        var previousDiff = 0;
        for (var i = 0; i <= normalized.Text.Length; i++)
        {
            var diff = normalized.SourceOffsets[i] - i;
            if (diff != previousDiff)
            {
                AddOffCorrectMap(i, diff);
                previousDiff = diff;
            }
        }

        return normalized.Text;
    }
}
