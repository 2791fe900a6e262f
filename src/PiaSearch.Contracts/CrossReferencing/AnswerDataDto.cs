using PiaSearch.CrossReference;
namespace PiaSearch.Contracts.CrossReferencing;

/// <summary>The entity, successions, slot occupancy, value or history an answer was made from.</summary>
public sealed record AnswerDataDto(
    EntitySummaryDto? Entity,
    IReadOnlyList<SuccessionDto> Successions,
    IReadOnlyList<SlotOccupancyDto> Occupancy,
    SlotValueDto? Value,
    IReadOnlyList<HistoryStepDto> History);
