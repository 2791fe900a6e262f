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

    /// <summary>
    /// The items whose key is within <paramref name="maxDistance"/> edits of <paramref name="text"/> but not equal to
    /// it (with <paramref name="prefix"/>: whose start is that close to the text, but which does not start with the text
    /// itself), closest first. A key that close keeps at least one of any 2d+1 of the text's character pairs (an edit
    /// breaks at most two), so only the keys posted under the text's 2d+1 rarest pairs are compared, at most
    /// <paramref name="maxCandidates"/> of them: O(|q|·d) list reads and at most that many bounded edit distances.
    /// </summary>
    /// <param name="text">The text looked for.</param>
    /// <param name="maxDistance">At most this many edits.</param>
    /// <param name="maxCandidates">At most this many keys are compared.</param>
    /// <param name="prefix">Compare the text with the start of each key (what has been typed so far), not the whole key.</param>
    public IReadOnlyList<(string Key, int Distance, T Item)> Similar(string text, int maxDistance, int maxCandidates = 2000, bool prefix = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (maxDistance < 1 || text.Length < 2)
        {
            return [];
        }

        var lists = new List<List<int>>();
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (_postings.TryGetValue(Gram(text[i], text[i + 1]), out var list))
            {
                lists.Add(list);
            }
        }

        var candidates = new HashSet<int>();
        foreach (var list in lists.OrderBy(l => l.Count).Take((2 * maxDistance) + 1))
        {
            foreach (var id in list)
            {
                if (candidates.Count >= maxCandidates)
                {
                    break;
                }

                candidates.Add(id);
            }
        }

        var found = new List<(string Key, int Distance, T Item)>();
        foreach (var id in candidates)
        {
            var key = _keys[id];
            var tooFar = prefix ? key.Length < text.Length - maxDistance || key.StartsWith(text, StringComparison.Ordinal)
                : Math.Abs(key.Length - text.Length) > maxDistance || key == text;
            if (tooFar)
            {
                continue;
            }

            var distance = prefix ? Similarity.PrefixLevenshtein(text, key) : Similarity.Levenshtein(key, text);
            if (distance <= maxDistance)
            {
                found.AddRange(_items[id].Select(item => (key, distance, item)));
            }
        }

        return found.OrderBy(f => f.Distance).ThenBy(f => f.Key, StringComparer.Ordinal).ToList();
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
