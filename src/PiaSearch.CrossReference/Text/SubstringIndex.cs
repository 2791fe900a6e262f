namespace PiaSearch.CrossReference.Text;

/// <summary>
/// Finds the items one of whose keys contains a given text, without looking at every key: each distinct key is
/// posted under its characters and its character pairs, and a query reads only the rarest of its pairs (or its one
/// character) and checks those keys. Built once, read-only afterwards, safe to share between threads.
/// </summary>
/// <remarks>
/// Building costs O(total length of the distinct keys) plus O(1) per item added under a key already seen (thousands of
/// successions cite the same law). A query costs O(|q| + p·k) where p is the length of the rarest posting list among
/// the query's pairs and k the key length, plus the items of the matching keys: it depends on how selective the text
/// is, not on how many keys there are.
/// </remarks>
public sealed class SubstringIndex<T>
    where T : class
{
    private readonly List<string> _keys = [];
    private readonly List<List<T>> _items = [];
    private readonly Dictionary<int, List<int>> _postings = [];
    private readonly Dictionary<string, int> _exact = new(StringComparer.Ordinal);

    /// <summary>Adds an item under a key; an item may have many keys and a key many items (an item added twice in a row under one key is kept once).</summary>
    public void Add(string key, T item)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length == 0)
        {
            return;
        }

        if (_exact.TryGetValue(key, out var known))
        {
            var items = _items[known];
            if (!ReferenceEquals(items[^1], item))
            {
                items.Add(item);
            }

            return;
        }

        var id = _keys.Count;
        _keys.Add(key);
        _items.Add([item]);
        _exact[key] = id;
        var seen = new HashSet<int>();
        for (var i = 0; i < key.Length; i++)
        {
            var one = Gram(key[i], '\0');
            if (seen.Add(one))
            {
                Post(one, id);
            }

            if (i + 1 < key.Length)
            {
                var two = Gram(key[i], key[i + 1]);
                if (seen.Add(two))
                {
                    Post(two, id);
                }
            }
        }
    }

    /// <summary>The items with a key equal to <paramref name="text"/>, in the order they were added.</summary>
    public IEnumerable<T> Exact(string text) =>
        _exact.TryGetValue(text, out var id) ? _items[id] : [];

    /// <summary>The items with a key containing <paramref name="text"/> (each item once per matching key), with that key.</summary>
    public IEnumerable<(string Key, T Item)> Containing(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            yield break;
        }

        List<int>? rarest = null;
        if (text.Length == 1)
        {
            rarest = _postings.GetValueOrDefault(Gram(text[0], '\0'));
        }
        else
        {
            for (var i = 0; i + 1 < text.Length; i++)
            {
                if (!_postings.TryGetValue(Gram(text[i], text[i + 1]), out var list))
                {
                    yield break; // a pair no key has: nothing can contain the text
                }

                if (rarest is null || list.Count < rarest.Count)
                {
                    rarest = list;
                }
            }
        }

        if (rarest is null)
        {
            yield break;
        }

        foreach (var id in rarest)
        {
            if (_keys[id].Contains(text, StringComparison.Ordinal))
            {
                foreach (var item in _items[id])
                {
                    yield return (_keys[id], item);
                }
            }
        }
    }

    private void Post(int gram, int id)
    {
        if (!_postings.TryGetValue(gram, out var list))
        {
            _postings[gram] = list = [];
        }

        list.Add(id);
    }

    private static int Gram(char first, char second) => (first << 16) | second;
}
