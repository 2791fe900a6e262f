using PiaSearch.Documents.Dates;

namespace PiaSearch.CrossReference.Slots;

/// <summary>A change to a slot: the row, its date, the texts, the entities each side names, and how it links to the one before.</summary>
/// <param name="PreviousLine">The line of the change this one continues, or null for the first.</param>
/// <param name="OnMainLine">True when later changes continue from this one (false for a change no later row builds on).</param>
/// <param name="Inconsistency">Why the before text does not continue the previous after text, or null.</param>
public sealed record SlotChange(
    string EntryId,
    string DocumentId,
    int Line,
    DateSpan? Date,
    string Before,
    string After,
    IReadOnlyList<string> BeforeEntityIds,
    IReadOnlyList<string> AfterEntityIds,
    int? PreviousLine,
    bool OnMainLine,
    string? Inconsistency);
