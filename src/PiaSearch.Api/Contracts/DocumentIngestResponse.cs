using PiaSearch.Search.Catalog;

namespace PiaSearch.Api.Contracts;

/// <summary>The change log as now held, and what could not be indexed.</summary>
public sealed record DocumentIngestResponse(DocumentRecord Document, bool Replaced, IReadOnlyList<RejectedLine> Rejected, int Warnings);

/// <summary>A line that was not indexed, and why.</summary>
public sealed record RejectedLine(int Line, string Reason);
