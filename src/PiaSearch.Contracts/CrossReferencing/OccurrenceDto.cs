using PiaSearch.CrossReference;
namespace PiaSearch.Contracts.CrossReferencing;

/// <summary>A row and its date.</summary>
public sealed record OccurrenceDto(string Document, int Line, DateDto? Date);
