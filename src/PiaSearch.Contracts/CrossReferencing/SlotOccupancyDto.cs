using PiaSearch.CrossReference;
namespace PiaSearch.Contracts.CrossReferencing;

/// <summary>A slot an entity occupied: from the change that put it there (null: already there) to the one that took it away (null: still there).</summary>
public sealed record SlotOccupancyDto(string Slot, string Key, string Document, DateDto? From, int? FromLine, DateDto? To, int? ToLine, bool Superseded);
