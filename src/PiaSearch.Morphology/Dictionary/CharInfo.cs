namespace PiaSearch.Morphology.Dictionary;

/// <summary>
/// What char.def says about one character, packed in 32 bits like MeCab's own CharInfo: the set of categories it
/// belongs to (bits 0–17), its default category (bits 18–25) and that category's invoke, group and length flags.
/// </summary>
internal readonly record struct CharInfo(uint Bits)
{
    public const int MaxCategories = 18;

    public static CharInfo Create(uint types, int category, CharacterCategory definition) =>
        new(types
            | ((uint)category << 18)
            | (definition.Invoke ? 1u << 26 : 0)
            | (definition.Group ? 1u << 27 : 0)
            | ((uint)Math.Min(definition.Length, 15) << 28));

    public uint Types => Bits & 0x3FFFF;

    public int Category => (int)((Bits >> 18) & 0xFF);

    public bool Invoke => (Bits & (1u << 26)) != 0;

    public bool Group => (Bits & (1u << 27)) != 0;

    public int Length => (int)(Bits >> 28);

    /// <summary>True when the two characters share a category (MeCab's isKindOf).</summary>
    public bool IsKindOf(CharInfo other) => (Types & other.Types) != 0;
}
