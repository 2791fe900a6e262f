using PiaSearch.CrossReference;
namespace PiaSearch.Contracts.CrossReferencing;

/// <summary>A spelling as written, with the rows it occurs in (the first <see cref="CrossReferenceDtos.MaxMentionsPerSpelling"/>) and how many there are.</summary>
public sealed record AliasDto(string Surface, bool Suspect, IReadOnlyList<MentionDto> Mentions, int MentionCount);
