namespace PiaSearch.CrossReference.Mentions;

/// <summary>Where a mention occurred: the change row (document and line) and its column.</summary>
public sealed record MentionSite(string EntryId, string DocumentId, int Line, MentionSource Source);
