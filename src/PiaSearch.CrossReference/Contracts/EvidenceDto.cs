namespace PiaSearch.CrossReference.Contracts;

/// <summary>A change row that proves something: the change log and the line.</summary>
public sealed record EvidenceDto(string Document, int Line);
