using PiaSearch.CrossReference.Model;

namespace PiaSearch.Search.Ingest;

/// <summary>What an ingest run did, file by file.</summary>
public sealed record IngestReport(IReadOnlyList<IngestFileReport> Files)
{
    /// <summary>The cross-reference model the rows were tagged with, when the ingestor has a tagger.</summary>
    public CrossReferenceModel? CrossReference { get; init; }

    public int Entries => Files.Sum(f => f.Entries);

    public int Rejected => Files.Sum(f => f.Rejected.Count);

    public int Warnings => Files.Sum(f => f.Warnings.Count);
}
