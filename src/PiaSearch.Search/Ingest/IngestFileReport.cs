using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Readers;

namespace PiaSearch.Search.Ingest;

/// <summary>What happened to one change-log file.</summary>
public sealed record IngestFileReport(
    string DocumentId,
    string Source,
    int Entries,
    IReadOnlyList<ParseIssue> Rejected,
    IReadOnlyList<ParseIssue> Warnings,
    LineCounts Lines)
{
    /// <summary>The format the document was read as.</summary>
    public SourceFormat Format { get; init; } = SourceFormat.Tsv;

    /// <summary>Pages (PDF) or sheets (XLSX) read; 0 for text.</summary>
    public int Pages { get; init; }

    /// <summary>True when the document could not be read at all (its reason is the one entry of <see cref="Rejected"/>); nothing of it was stored or indexed.</summary>
    public bool Refused { get; init; }
}
