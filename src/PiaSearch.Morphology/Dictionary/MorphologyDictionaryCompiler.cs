namespace PiaSearch.Morphology.Dictionary;

/// <summary>Turns dictionary sources into the in-memory structures of <see cref="MorphologyDictionary"/>.</summary>
internal static class MorphologyDictionaryCompiler
{
    public static MorphologyDictionary Compile(
        string description,
        CharacterDefinition characters,
        ConnectionCosts connections,
        IReadOnlyList<DictionaryEntry> words,
        IReadOnlyList<DictionaryEntry> unknownWords)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(characters);
        ArgumentNullException.ThrowIfNull(connections);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(unknownWords);

        var pool = new Pool();

        // Homographs keep their source order (MeCab sorts stably by surface), which decides ties in the search.
        var sorted = words
            .Select((entry, index) => (Entry: Validate(entry, connections), Index: index))
            .Where(e => e.Entry.Surface.Length > 0)
            .OrderBy(e => e.Entry.Surface, StringComparer.Ordinal)
            .ThenBy(e => e.Index)
            .Select(e => e.Entry)
            .ToList();

        var keys = new List<string>();
        var starts = new List<int>();
        for (var i = 0; i < sorted.Count; i++)
        {
            if (i == 0 || !string.Equals(sorted[i].Surface, sorted[i - 1].Surface, StringComparison.Ordinal))
            {
                keys.Add(sorted[i].Surface);
                starts.Add(i);
            }
        }

        starts.Add(sorted.Count);
        var trie = DoubleArrayTrieBuilder.Build(keys, [.. Enumerable.Range(0, keys.Count)]);

        // Number the surfaces in the order the serialised trie meets them, so their values need not be stored.
        var walk = TrieCodec.ValuesInWalkOrder(trie);
        var renumber = new int[walk.Length];
        var ordered = new List<DictionaryEntry>(sorted.Count);
        var orderedStarts = new List<int>(walk.Length + 1);
        for (var k = 0; k < walk.Length; k++)
        {
            renumber[walk[k]] = k;
            orderedStarts.Add(ordered.Count);
            for (var e = starts[walk[k]]; e < starts[walk[k] + 1]; e++)
            {
                ordered.Add(sorted[e]);
            }
        }

        orderedStarts.Add(ordered.Count);
        trie = trie.WithValues(renumber);
        var table = BuildTable(ordered, pool);

        var unknownStarts = new int[characters.Categories.Count + 1];
        var unknownSorted = new List<DictionaryEntry>();
        for (var category = 0; category < characters.Categories.Count; category++)
        {
            unknownStarts[category] = unknownSorted.Count;
            var name = characters.Categories[category].Name;
            var entries = unknownWords.Where(u => u.Surface == name).Select(u => Validate(u, connections)).ToList();
            if (entries.Count == 0)
            {
                throw new InvalidDataException($"unk.def has no entry for the category {name}.");
            }

            unknownSorted.AddRange(entries);
        }

        unknownStarts[^1] = unknownSorted.Count;
        var unknown = BuildTable(unknownSorted, pool);
        return new MorphologyDictionary(description, characters, connections, trie, [.. orderedStarts], table, unknown, unknownStarts, [.. pool.PartsOfSpeech], StringPool.From(pool.Strings));
    }

    private static DictionaryEntry Validate(DictionaryEntry entry, ConnectionCosts connections)
    {
        if (entry.LeftId < 0 || entry.LeftId >= connections.RightSize || entry.RightId < 0 || entry.RightId >= connections.LeftSize)
        {
            throw new InvalidDataException($"{entry.Surface}: context ids {entry.LeftId}/{entry.RightId} are outside the connection matrix.");
        }

        if (entry.Cost is < short.MinValue or > short.MaxValue)
        {
            throw new InvalidDataException($"{entry.Surface}: cost {entry.Cost} does not fit in 16 bits.");
        }

        return entry;
    }

    private static WordTable BuildTable(IReadOnlyList<DictionaryEntry> entries, Pool pool)
    {
        var count = entries.Count;
        var left = new short[count];
        var right = new short[count];
        var costs = new short[count];
        var pos = new ushort[count];
        var baseForms = new int[count];
        var readings = new int[count];
        var pronunciations = new int[count];
        for (var i = 0; i < count; i++)
        {
            var e = entries[i];
            left[i] = (short)e.LeftId;
            right[i] = (short)e.RightId;
            costs[i] = (short)e.Cost;
            pos[i] = pool.PartOfSpeechId(e.PartOfSpeech);
            baseForms[i] = e.BaseForm is null ? WordTable.None
                : string.Equals(e.BaseForm, e.Surface, StringComparison.Ordinal) ? WordTable.SameAsSurface
                : pool.StringId(e.BaseForm);
            readings[i] = e.Reading is null ? WordTable.None : pool.StringId(e.Reading);
            pronunciations[i] = e.Pronunciation is null ? WordTable.None
                : string.Equals(e.Pronunciation, e.Reading, StringComparison.Ordinal) ? WordTable.SameAsReading
                : pool.StringId(e.Pronunciation);
        }

        return new WordTable(left, right, costs, pos, baseForms, readings, pronunciations);
    }

    private sealed class Pool
    {
        private readonly Dictionary<PartOfSpeech, ushort> _pos = [];
        private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);

        public List<PartOfSpeech> PartsOfSpeech { get; } = [];

        public List<string> Strings { get; } = [];

        public ushort PartOfSpeechId(PartOfSpeech pos)
        {
            if (!_pos.TryGetValue(pos, out var id))
            {
                if (PartsOfSpeech.Count == ushort.MaxValue)
                {
                    throw new InvalidDataException("Too many distinct parts of speech.");
                }

                id = (ushort)PartsOfSpeech.Count;
                _pos.Add(pos, id);
                PartsOfSpeech.Add(pos);
            }

            return id;
        }

        public int StringId(string value)
        {
            if (!_strings.TryGetValue(value, out var id))
            {
                id = Strings.Count;
                _strings.Add(value, id);
                Strings.Add(value);
            }

            return id;
        }
    }
}
