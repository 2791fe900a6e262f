namespace PiaSearch.Morphology.Dictionary;

/// <summary>
/// A char.def line such as <c>0x4E00 KANJINUMERIC KANJI</c>: the code units <paramref name="Low"/>..<paramref name="High"/>
/// belong to the listed categories (indexes into the category list); the first one is their default category.
/// </summary>
public sealed record CharacterRange(int Low, int High, IReadOnlyList<int> Categories);
