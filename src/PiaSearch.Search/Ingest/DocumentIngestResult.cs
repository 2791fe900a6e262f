using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Catalog;

namespace PiaSearch.Search.Ingest;

/// <summary>A change log added to (or replaced in) the index.</summary>
public sealed record DocumentIngestResult(DocumentRecord Document, bool Replaced, IReadOnlyList<ParseIssue> Rejected, IReadOnlyList<ParseIssue> Warnings);
