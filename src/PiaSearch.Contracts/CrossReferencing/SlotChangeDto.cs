using PiaSearch.CrossReference;
namespace PiaSearch.Contracts.CrossReferencing;

/// <summary>A change to a slot, how it continues the previous one, and whether it is consistent with it.</summary>
public sealed record SlotChangeDto(
    string Document,
    int Line,
    DateDto? Date,
    string Before,
    string After,
    IReadOnlyList<EntityRefDto> BeforeEntities,
    IReadOnlyList<EntityRefDto> AfterEntities,
    int? PreviousLine,
    bool OnMainLine,
    string? Inconsistency);
