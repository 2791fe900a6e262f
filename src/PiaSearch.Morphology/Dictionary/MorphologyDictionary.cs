namespace PiaSearch.Morphology.Dictionary;

/// <summary>
/// A compiled system dictionary (IPADIC): surfaces in a double-array trie, their entries, the connection costs,
/// the character categories and the unknown-word entries. Immutable once built, so one instance is shared by every
/// thread; load it once and inject it.
/// </summary>
public sealed class MorphologyDictionary
{
    /// <summary>The logical name of the IPADIC compiled into this assembly.</summary>
    public const string EmbeddedResourceName = "PiaSearch.Morphology.ipadic.piadic";

    internal MorphologyDictionary(
        string description,
        CharacterDefinition characters,
        ConnectionCosts connections,
        DoubleArrayTrie trie,
        int[] surfaceStarts,
        WordTable words,
        WordTable unknown,
        int[] unknownStarts,
        PartOfSpeech[] partsOfSpeech,
        StringPool strings)
    {
        if (surfaceStarts.Length == 0 || surfaceStarts[^1] != words.Count)
        {
            throw new InvalidDataException("Surface groups do not cover the word table.");
        }

        if (unknownStarts.Length != characters.Categories.Count + 1 || unknownStarts[^1] != unknown.Count)
        {
            throw new InvalidDataException("Unknown-word entries do not match the character categories.");
        }

        Description = description;
        Characters = characters;
        Connections = connections;
        Trie = trie;
        SurfaceStarts = surfaceStarts;
        Words = words;
        Unknown = unknown;
        UnknownStarts = unknownStarts;
        PartsOfSpeech = partsOfSpeech;
        Strings = strings;
        NounContextId = FindNounContext(unknown, partsOfSpeech);
    }

    /// <summary>Where the dictionary came from, e.g. "mecab-ipadic 2.7.0-20070801".</summary>
    public string Description { get; }

    /// <summary>Number of word entries (not counting unknown-word entries).</summary>
    public int WordCount => Words.Count;

    public CharacterDefinition Characters { get; }

    public ConnectionCosts Connections { get; }

    internal DoubleArrayTrie Trie { get; }

    /// <summary>Entries of surface <c>g</c> are <c>SurfaceStarts[g]..SurfaceStarts[g+1]</c>.</summary>
    internal int[] SurfaceStarts { get; }

    internal WordTable Words { get; }

    internal WordTable Unknown { get; }

    /// <summary>Unknown-word entries of category <c>c</c> are <c>UnknownStarts[c]..UnknownStarts[c+1]</c>, in unk.def order.</summary>
    internal int[] UnknownStarts { get; }

    internal PartOfSpeech[] PartsOfSpeech { get; }

    internal StringPool Strings { get; }

    /// <summary>The context id of a common noun, given to user-dictionary words.</summary>
    internal short NounContextId { get; }

    /// <summary>Loads the IPADIC compiled into this assembly (a few hundred milliseconds of CPU; do it once).</summary>
    public static MorphologyDictionary LoadEmbedded()
    {
        using var stream = typeof(MorphologyDictionary).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new InvalidDictionaryException($"The assembly has no resource {EmbeddedResourceName}.");
        return Load(stream);
    }

    /// <summary>Loads a dictionary written by <see cref="Save"/>, verifying magic, version and checksum.</summary>
    public static MorphologyDictionary Load(Stream stream) => MorphologyDictionaryReader.Read(stream);

    /// <summary>Writes the dictionary in the binary format, each section zlib-compressed when <paramref name="compress"/>.</summary>
    public void Save(Stream stream, bool compress = true) => MorphologyDictionaryWriter.Write(this, stream, compress);

    /// <summary>Builds a dictionary from its sources (what the build tool does with IPADIC).</summary>
    /// <param name="unknownWords">unk.def: each entry's <see cref="DictionaryEntry.Surface"/> is a category name.</param>
    public static MorphologyDictionary Create(
        string description,
        CharacterDefinition characters,
        ConnectionCosts connections,
        IReadOnlyList<DictionaryEntry> words,
        IReadOnlyList<DictionaryEntry> unknownWords) =>
        MorphologyDictionaryCompiler.Compile(description, characters, connections, words, unknownWords);

    private static short FindNounContext(WordTable unknown, PartOfSpeech[] partsOfSpeech)
    {
        for (var i = 0; i < unknown.Count; i++)
        {
            var pos = partsOfSpeech[unknown.PartsOfSpeech[i]];
            if (pos.Pos1 == "名詞" && pos.Pos2 == "一般")
            {
                return unknown.LeftIds[i];
            }
        }

        return 0;
    }
}
