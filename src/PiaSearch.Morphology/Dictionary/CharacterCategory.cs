namespace PiaSearch.Morphology.Dictionary;

/// <summary>
/// A character category of char.def: whether unknown-word processing runs even where a dictionary word starts
/// (<paramref name="Invoke"/>), whether a run of the category becomes one unknown word (<paramref name="Group"/>),
/// and up to how many characters long the other unknown-word candidates are (<paramref name="Length"/>).
/// </summary>
public sealed record CharacterCategory(string Name, bool Invoke, bool Group, int Length);
