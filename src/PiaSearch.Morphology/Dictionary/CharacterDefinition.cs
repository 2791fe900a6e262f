namespace PiaSearch.Morphology.Dictionary;

/// <summary>
/// char.def: the character categories and, for every UTF-16 code unit, which of them it belongs to. A character
/// outside the Basic Multilingual Plane is looked up as code 0, which is what MeCab does with a four-byte UTF-8
/// sequence, so it falls into DEFAULT.
/// </summary>
public sealed class CharacterDefinition
{
    /// <summary>MeCab's table covers 0x0000–0xFFFE; 0xFFFF is looked up as code 0 as well.</summary>
    private const int TableSize = 0xFFFF;

    private readonly CharInfo[] _table = new CharInfo[TableSize];

    public CharacterDefinition(IReadOnlyList<CharacterCategory> categories, IReadOnlyList<CharacterRange> ranges)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(ranges);
        if (categories.Count is 0 or >= CharInfo.MaxCategories)
        {
            throw new ArgumentException($"char.def needs 1 to {CharInfo.MaxCategories - 1} categories, not {categories.Count}.", nameof(categories));
        }

        Categories = categories;
        Ranges = ranges;
        DefaultCategory = IndexOf("DEFAULT");
        SpaceCategory = IndexOf("SPACE");
        KanjiCategory = FindIndex("KANJI");
        Array.Fill(_table, Encode([DefaultCategory]));
        foreach (var range in ranges)
        {
            if (range.Low < 0 || range.High >= TableSize || range.Low > range.High || range.Categories.Count == 0)
            {
                throw new ArgumentException($"Invalid char.def range 0x{range.Low:X4}..0x{range.High:X4}.", nameof(ranges));
            }

            var info = Encode(range.Categories);
            Array.Fill(_table, info, range.Low, range.High - range.Low + 1);
        }

        Space = Get(' ');
    }

    public IReadOnlyList<CharacterCategory> Categories { get; }

    public IReadOnlyList<CharacterRange> Ranges { get; }

    internal int DefaultCategory { get; }

    internal int SpaceCategory { get; }

    /// <summary>The KANJI category, or -1; search mode penalises long all-kanji words.</summary>
    internal int KanjiCategory { get; }

    /// <summary>What MeCab skips in front of a word: the characters that share a category with U+0020.</summary>
    internal CharInfo Space { get; }

    internal CharInfo Get(char c) => c < TableSize ? _table[c] : _table[0];

    /// <summary>The category information of the character at <paramref name="index"/> and its length in code units.</summary>
    internal CharInfo Get(string text, int index, out int length)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            length = 2;
            return _table[0];
        }

        length = 1;
        return c < TableSize ? _table[c] : _table[0];
    }

    /// <summary>The name of a category, e.g. KATAKANA.</summary>
    public string CategoryName(int category) => Categories[category].Name;

    private CharInfo Encode(IReadOnlyList<int> categories)
    {
        uint types = 0;
        foreach (var category in categories)
        {
            if (category < 0 || category >= Categories.Count)
            {
                throw new ArgumentException($"Unknown character category {category}.", nameof(categories));
            }

            types |= 1u << category;
        }

        return CharInfo.Create(types, categories[0], Categories[categories[0]]);
    }

    private int IndexOf(string name)
    {
        var index = FindIndex(name);
        return index >= 0 ? index : throw new ArgumentException($"char.def must define the {name} category.");
    }

    private int FindIndex(string name)
    {
        for (var i = 0; i < Categories.Count; i++)
        {
            if (Categories[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }
}
