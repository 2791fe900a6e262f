using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.Search.Ingest;

/// <summary>A change log was not accepted: binary, no valid row, or more rows rejected than kept. Nothing was stored.</summary>
public sealed class DocumentRefusedException(string documentId, string summary, IReadOnlyList<ParseIssue> reasons, int entries, int rejected)
    : Exception(summary)
{
    public string DocumentId { get; } = documentId;

    /// <summary>The rejected lines (line number and reason), the first ones when there are many.</summary>
    public IReadOnlyList<ParseIssue> Reasons { get; } = reasons;

    public int Entries { get; } = entries;

    public int Rejected { get; } = rejected;
}
