using PiaSearch.CrossReference;
namespace PiaSearch.Contracts.CrossReferencing;

/// <summary>A page of the slots that match (<paramref name="Total"/> in all), with their histories.</summary>
public sealed record SlotListResponse(int Total, int Page, int Size, DateOnly? AsOf, IReadOnlyList<SlotDto> Slots);
