using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.Search.Ingest;

/// <summary>What happened to one change-log file.</summary>
public sealed record IngestFileReport(
    string DocumentId,
    string Source,
    int Entries,
    IReadOnlyList<ParseIssue> Rejected,
    IReadOnlyList<ParseIssue> Warnings,
    LineCounts Lines);
