using PiaSearch.CrossReference;
using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.Contracts.CrossReferencing;

/// <summary>A change row that proves something: the change log and the line.</summary>
public sealed record EvidenceDto(string Document, int Line)
{
    /// <summary>Page and row (PDF) or sheet and row (XLSX) of the row, when it was read from such a document.</summary>
    public EntrySource? Source { get; init; }
}
