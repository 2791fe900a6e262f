namespace PiaSearch.Morphology.Dictionary;

/// <summary>
/// A double-array trie over the surfaces of the dictionary (Aoe's structure, as MeCab's Darts uses it). Characters
/// are first mapped to dense codes, most frequent first, which keeps the arrays small; code 0 marks the end of a key,
/// and the slot it leads to holds the key's value as <c>-(value + 1)</c> in <c>base</c>.
/// </summary>
internal sealed class DoubleArrayTrie
{
    private readonly int[] _base;
    private readonly int[] _check;
    private readonly ushort[] _codes;

    /// <param name="alphabet">The character of each code, code 1 first.</param>
    public DoubleArrayTrie(int[] @base, int[] check, char[] alphabet)
    {
        ArgumentNullException.ThrowIfNull(@base);
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(alphabet);
        if (@base.Length != check.Length || @base.Length == 0)
        {
            throw new ArgumentException("base and check must have the same, non-zero length.", nameof(check));
        }

        if (alphabet.Length >= ushort.MaxValue)
        {
            throw new ArgumentException("Too many distinct characters.", nameof(alphabet));
        }

        _base = @base;
        _check = check;
        Alphabet = alphabet;
        _codes = new ushort[char.MaxValue + 1];
        for (var i = 0; i < alphabet.Length; i++)
        {
            _codes[alphabet[i]] = (ushort)(i + 1);
        }
    }

    public char[] Alphabet { get; }

    public int[] Base => _base;

    public int[] Check => _check;

    /// <summary>
    /// Finds every key that is a prefix of <c>text[start..end)</c>, shortest first, and writes its length and value.
    /// Returns how many were found (at most the size of the buffers).
    /// </summary>
    public int CommonPrefixSearch(string text, int start, int end, Span<int> lengths, Span<int> values)
    {
        var found = 0;
        var node = 0;
        var @base = _base;
        var check = _check;
        for (var i = start; i < end; i++)
        {
            var code = _codes[text[i]];
            if (code == 0)
            {
                break;
            }

            var next = @base[node] + code;
            if ((uint)next >= (uint)check.Length || check[next] != node)
            {
                break;
            }

            node = next;
            var leaf = @base[node];
            if ((uint)leaf < (uint)check.Length && check[leaf] == node && @base[leaf] < 0)
            {
                lengths[found] = i - start + 1;
                values[found] = -@base[leaf] - 1;
                if (++found == lengths.Length)
                {
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>A copy whose key values are replaced: value v becomes <c>map[v]</c>.</summary>
    public DoubleArrayTrie WithValues(int[] map)
    {
        var @base = (int[])_base.Clone();
        for (var slot = 0; slot < @base.Length; slot++)
        {
            if (@base[slot] < 0 && _check[slot] >= 0)
            {
                @base[slot] = -map[-@base[slot] - 1] - 1;
            }
        }

        return new DoubleArrayTrie(@base, _check, Alphabet);
    }

    /// <summary>The value of exactly <paramref name="key"/>, or -1.</summary>
    public int ExactMatch(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length == 0)
        {
            return -1;
        }

        Span<int> lengths = stackalloc int[Math.Min(key.Length, 256)];
        Span<int> values = stackalloc int[lengths.Length];
        var found = CommonPrefixSearch(key, 0, key.Length, lengths, values);
        for (var i = 0; i < found; i++)
        {
            if (lengths[i] == key.Length)
            {
                return values[i];
            }
        }

        return -1;
    }
}
