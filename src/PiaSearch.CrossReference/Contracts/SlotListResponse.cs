namespace PiaSearch.CrossReference.Contracts;

/// <summary>Slots that match, with their histories.</summary>
public sealed record SlotListResponse(int Total, DateOnly? AsOf, IReadOnlyList<SlotDto> Slots);
