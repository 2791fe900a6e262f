namespace PiaSearch.CrossReference.Mentions;

/// <summary>An abbreviation a change log defined, the type of what it names and the key of the full name.</summary>
public sealed record LearnedAlias(string DocumentId, EntityType Type, string Alias, string AliasKey, string TargetKey);
