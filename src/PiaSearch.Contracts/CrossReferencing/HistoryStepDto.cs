using PiaSearch.CrossReference;
namespace PiaSearch.Contracts.CrossReferencing;

/// <summary>A value in a history and the change that set it (none for the value before the first change).</summary>
public sealed record HistoryStepDto(string Value, DateDto? Date, string Document, int? Line);
