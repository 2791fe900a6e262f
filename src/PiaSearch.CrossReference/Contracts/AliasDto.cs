namespace PiaSearch.CrossReference.Contracts;

/// <summary>A spelling as written, with every row it occurs in.</summary>
public sealed record AliasDto(string Surface, bool Suspect, IReadOnlyList<MentionDto> Mentions);
