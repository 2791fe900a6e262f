namespace PiaSearch.CrossReference.Successions;

/// <summary>A change row that shows a succession.</summary>
public sealed record EvidenceRow(string DocumentId, int Line, string SlotKey);
