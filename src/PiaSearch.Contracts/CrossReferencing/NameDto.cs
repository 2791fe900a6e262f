using PiaSearch.CrossReference;
namespace PiaSearch.Contracts.CrossReferencing;

/// <summary>One of an entity's names and when it was in use.</summary>
public sealed record NameDto(string Name, DateDto? FirstSeen, DateDto? LastSeen, int Mentions);
