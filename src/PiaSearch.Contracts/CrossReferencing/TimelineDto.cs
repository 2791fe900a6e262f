using PiaSearch.CrossReference;
namespace PiaSearch.Contracts.CrossReferencing;

/// <summary>An entity's first and last rows and the slots it occupied.</summary>
public sealed record TimelineDto(OccurrenceDto? First, OccurrenceDto? Last, IReadOnlyList<SlotOccupancyDto> Slots);
