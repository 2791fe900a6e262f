namespace PiaSearch.CrossReference.Slots;

/// <summary>
/// The value of a slot on a day. Changes dated by a period that contains the day (a fiscal year) may or may not
/// have happened yet: they are <see cref="Pending"/>. Changes that no later row continues are <see cref="Conflicts"/>.
/// </summary>
/// <param name="Slot">The slot.</param>
/// <param name="AsOf">The day asked about.</param>
/// <param name="Current">The last change certainly made by then, or null.</param>
/// <param name="Value">The value then: the after text of <paramref name="Current"/>, or the before text of the first change if none was made yet; null when the slot did not exist.</param>
/// <param name="EntityIds">The entities the value names.</param>
/// <param name="Pending">Changes whose date range contains the day.</param>
/// <param name="Conflicts">Changes made by then that the later history does not continue.</param>
public sealed record SlotValue(
    Slot Slot,
    DateOnly AsOf,
    SlotChange? Current,
    string? Value,
    IReadOnlyList<string> EntityIds,
    IReadOnlyList<SlotChange> Pending,
    IReadOnlyList<SlotChange> Conflicts);
