namespace PiaSearch.CrossReference.Slots;

/// <summary>
/// A place in an evaluation (file, chapter, item path) whose value the change log changes over time; the
/// changes are in date order.
/// </summary>
public sealed record Slot(string Key, string DocumentId, string? File, string? Chapter, string Path, IReadOnlyList<SlotChange> Changes)
{
    /// <summary>file / chapter / path, for people.</summary>
    public string Label => string.Join(" / ", new[] { File, Chapter, Path }.Where(p => !string.IsNullOrEmpty(p)));
}
