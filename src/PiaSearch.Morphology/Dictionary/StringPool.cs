namespace PiaSearch.Morphology.Dictionary;

/// <summary>
/// The readings, pronunciations and base forms of the dictionary, kept as one block of characters; a string is made
/// the first time a token needs it and then reused. Creating all 260,000 at load would cost more start-up time than
/// the rest of the dictionary. Safe to share: two threads may both make the same string, and either one is kept.
/// </summary>
internal sealed class StringPool
{
    private readonly char[] _chars;
    private readonly int[] _offsets;
    private readonly string?[] _cache;

    /// <param name="offsets">Start of each string in <paramref name="chars"/>, plus the total length at the end.</param>
    public StringPool(char[] chars, int[] offsets)
    {
        if (offsets.Length == 0 || offsets[^1] != chars.Length)
        {
            throw new InvalidDataException("String pool offsets do not match its characters.");
        }

        _chars = chars;
        _offsets = offsets;
        _cache = new string?[offsets.Length - 1];
    }

    public static StringPool From(IReadOnlyList<string> strings)
    {
        var offsets = new int[strings.Count + 1];
        for (var i = 0; i < strings.Count; i++)
        {
            offsets[i + 1] = offsets[i] + strings[i].Length;
        }

        return new StringPool([.. strings.SelectMany(s => s)], offsets);
    }

    public int Count => _cache.Length;

    public string this[int index]
    {
        get
        {
            var cached = Volatile.Read(ref _cache[index]);
            if (cached is null)
            {
                cached = new string(_chars, _offsets[index], _offsets[index + 1] - _offsets[index]);
                Volatile.Write(ref _cache[index], cached);
            }

            return cached;
        }
    }

    public IEnumerable<string> All() => Enumerable.Range(0, Count).Select(i => this[i]);
}
