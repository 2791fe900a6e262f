using PiaSearch.CrossReference;
namespace PiaSearch.Contracts.CrossReferencing;

/// <summary>Where a spelling occurs: change log, line, column (item, before, after), provision cited, date of the row.</summary>
public sealed record MentionDto(string Document, int Line, string Column, string? Provision, DateDto? Date);
