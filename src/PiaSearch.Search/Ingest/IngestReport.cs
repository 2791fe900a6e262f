namespace PiaSearch.Search.Ingest;

/// <summary>What an ingest run did, file by file.</summary>
public sealed record IngestReport(IReadOnlyList<IngestFileReport> Files)
{
    public int Entries => Files.Sum(f => f.Entries);

    public int Rejected => Files.Sum(f => f.Rejected.Count);

    public int Warnings => Files.Sum(f => f.Warnings.Count);
}
