using PiaSearch.CrossReference;
namespace PiaSearch.Contracts.CrossReferencing;

/// <summary>
/// The value of a slot on a day: the last change certainly made by then, changes whose date range contains the
/// day (pending), and changes the later history does not continue (conflicts).
/// </summary>
public sealed record SlotValueDto(
    DateOnly AsOf,
    string? Value,
    IReadOnlyList<EntityRefDto> Entities,
    int? SinceLine,
    DateDto? Since,
    IReadOnlyList<int> PendingLines,
    IReadOnlyList<int> ConflictLines);
