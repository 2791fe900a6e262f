using PiaSearch.Documents.Dates;

namespace PiaSearch.CrossReference.Timelines;

/// <summary>A slot an entity occupied, and from when to when.</summary>
/// <param name="SlotKey">The slot.</param>
/// <param name="Slot">file / chapter / path.</param>
/// <param name="DocumentId">The change log.</param>
/// <param name="From">The change that put it there; null when it was there before the first recorded change.</param>
/// <param name="FromLine">That change's line.</param>
/// <param name="To">The change that took it away; null while it is still there.</param>
/// <param name="ToLine">That change's line.</param>
/// <param name="Superseded">Later changes to the slot do not continue from this one (its row conflicts with the slot's history).</param>
public sealed record SlotOccupancy(
    string SlotKey,
    string Slot,
    string DocumentId,
    DateSpan? From,
    int? FromLine,
    DateSpan? To,
    int? ToLine,
    bool Superseded);
