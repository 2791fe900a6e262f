using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Successions;

namespace PiaSearch.CrossReference.Timelines;

/// <summary>An entity over time: where it first and last appears, its names, the slots it occupied, and its successions.</summary>
public sealed record EntityTimeline(
    Entity Entity,
    Occurrence? First,
    Occurrence? Last,
    IReadOnlyList<EntityName> Names,
    IReadOnlyList<SlotOccupancy> Slots,
    IReadOnlyList<Succession> Successions);
