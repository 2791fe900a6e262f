using PiaSearch.CrossReference.Mentions;
using PiaSearch.Documents.Dates;

namespace PiaSearch.CrossReference.Model;

/// <summary>A row where something occurred, with its date, the column and (for statutes) the provision.</summary>
public sealed record Occurrence(string DocumentId, int Line, DateSpan? Date, MentionSource Source, string? Provision = null);
