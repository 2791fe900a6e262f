namespace PiaSearch.Morphology.Dictionary;

/// <summary>Builds a <see cref="DoubleArrayTrie"/> from distinct keys, placing each node's children first-fit.</summary>
internal static class DoubleArrayTrieBuilder
{
    /// <param name="keys">Distinct, non-empty keys.</param>
    /// <param name="values">The value of each key (non-negative).</param>
    public static DoubleArrayTrie Build(IReadOnlyList<string> keys, IReadOnlyList<int> values)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(values);
        if (keys.Count != values.Count)
        {
            throw new ArgumentException("One value per key.", nameof(values));
        }

        var alphabet = Alphabet(keys);
        var codeOf = new ushort[char.MaxValue + 1];
        for (var i = 0; i < alphabet.Length; i++)
        {
            codeOf[alphabet[i]] = (ushort)(i + 1);
        }

        var encoded = new (ushort[] Codes, int Value)[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            if (string.IsNullOrEmpty(keys[i]) || values[i] < 0)
            {
                throw new ArgumentException($"Key {i} is empty or has a negative value.", nameof(keys));
            }

            encoded[i] = ([.. keys[i].Select(c => codeOf[c])], values[i]);
        }

        Array.Sort(encoded, (a, b) => a.Codes.AsSpan().SequenceCompareTo(b.Codes));
        for (var i = 1; i < encoded.Length; i++)
        {
            if (encoded[i - 1].Codes.AsSpan().SequenceEqual(encoded[i].Codes))
            {
                throw new ArgumentException("Keys must be distinct.", nameof(keys));
            }
        }

        var arrays = new Arrays(Math.Max(1024, keys.Count * 2));
        // Breadth-first, so that bases grow with the node order and the serialised trie compresses well.
        var pending = new Queue<(int Node, int Depth, int From, int To)>();
        pending.Enqueue((0, 0, 0, encoded.Length));
        var children = new List<(int Code, int From, int To)>();
        while (pending.Count > 0)
        {
            var (node, depth, from, to) = pending.Dequeue();
            children.Clear();
            for (var i = from; i < to;)
            {
                var code = encoded[i].Codes.Length == depth ? 0 : encoded[i].Codes[depth];
                var j = i + 1;
                while (j < to && (encoded[j].Codes.Length == depth ? 0 : encoded[j].Codes[depth]) == code)
                {
                    j++;
                }

                children.Add((code, i, j));
                i = j;
            }

            var @base = arrays.Place(children.Select(c => c.Code).ToArray());
            arrays.Base[node] = @base;
            foreach (var (code, childFrom, childTo) in children)
            {
                var slot = @base + code;
                arrays.Check[slot] = node;
                if (code == 0)
                {
                    arrays.Base[slot] = -encoded[childFrom].Value - 1;
                }
                else
                {
                    pending.Enqueue((slot, depth + 1, childFrom, childTo));
                }
            }
        }

        var size = arrays.Used + 1;
        return new DoubleArrayTrie(arrays.Base[..size], arrays.Check[..size], alphabet);
    }

    private static char[] Alphabet(IReadOnlyList<string> keys)
    {
        var counts = new long[char.MaxValue + 1];
        foreach (var key in keys)
        {
            foreach (var c in key)
            {
                counts[c]++;
            }
        }

        return Enumerable.Range(0, counts.Length)
            .Where(c => counts[c] > 0)
            .OrderByDescending(c => counts[c])
            .ThenBy(c => c)
            .Select(c => (char)c)
            .ToArray();
    }

    /// <summary>The growing base/check arrays and a next-free-slot index (union–find with path halving).</summary>
    private sealed class Arrays
    {
        private int[] _nextFree;

        public Arrays(int capacity)
        {
            Base = new int[capacity];
            Check = new int[capacity];
            _nextFree = new int[capacity + 1];
            Array.Fill(Check, -1);
            for (var i = 0; i < _nextFree.Length; i++)
            {
                _nextFree[i] = i;
            }

            Check[0] = int.MinValue; // the root is nobody's child
            _nextFree[0] = 1;
        }

        public int[] Base { get; private set; }

        public int[] Check { get; private set; }

        public int Used { get; private set; }

        /// <summary>Finds a base ≥ 1 for which every <c>base + code</c> is free, and reserves those slots.</summary>
        public int Place(int[] codes)
        {
            var first = codes[0];
            var candidate = FindFree(first + 1);
            while (true)
            {
                var @base = candidate - first;
                var fits = true;
                foreach (var code in codes)
                {
                    var slot = @base + code;
                    Ensure(slot);
                    if (Check[slot] != -1)
                    {
                        fits = false;
                        break;
                    }
                }

                if (fits)
                {
                    foreach (var code in codes)
                    {
                        var slot = @base + code;
                        Check[slot] = int.MaxValue; // reserved; the caller sets the parent
                        _nextFree[slot] = slot + 1;
                        Used = Math.Max(Used, slot);
                    }

                    return @base;
                }

                candidate = FindFree(candidate + 1);
            }
        }

        private int FindFree(int from)
        {
            Ensure(from);
            var i = from;
            while (_nextFree[i] != i)
            {
                _nextFree[i] = _nextFree[_nextFree[i]];
                i = _nextFree[i];
                Ensure(i);
            }

            return i;
        }

        private void Ensure(int index)
        {
            if (index < Check.Length)
            {
                return;
            }

            var size = Math.Max(index + 1, Check.Length * 2);
            var oldSize = Check.Length;
            Base = Resize(Base, size, 0);
            Check = Resize(Check, size, -1);
            var next = new int[size + 1];
            Array.Copy(_nextFree, next, oldSize + 1);
            for (var i = oldSize + 1; i < next.Length; i++)
            {
                next[i] = i;
            }

            _nextFree = next;
        }

        private static int[] Resize(int[] array, int size, int fill)
        {
            var result = new int[size];
            Array.Copy(array, result, array.Length);
            Array.Fill(result, fill, array.Length, size - array.Length);
            return result;
        }
    }
}
