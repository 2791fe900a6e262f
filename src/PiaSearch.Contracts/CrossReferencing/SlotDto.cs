using PiaSearch.CrossReference;
namespace PiaSearch.Contracts.CrossReferencing;

/// <summary>A slot and its history; with <c>asOf</c>, its value on that day.</summary>
public sealed record SlotDto(string Key, string Document, string? File, string? Chapter, string Path, IReadOnlyList<SlotChangeDto> Changes, SlotValueDto? Value);
