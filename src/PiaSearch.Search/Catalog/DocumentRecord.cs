namespace PiaSearch.Search.Catalog;

/// <summary>A change log held in the index, and where it came from.</summary>
/// <param name="Id">The document id (by default the file name without extension).</param>
/// <param name="Municipality">The municipality that published it, when known (目黒区).</param>
/// <param name="Evaluation">The evaluation it belongs to, when known (住民基本台帳に関する事務).</param>
/// <param name="Source">Where it was read from: a path, a URL or "upload".</param>
/// <param name="IngestedAt">When it was committed to the index.</param>
/// <param name="Entries">Change entries indexed.</param>
/// <param name="Rejected">Lines that could not be indexed.</param>
/// <param name="Sha256">The hash of its bytes in the document store (null for a log indexed before the store existed).</param>
public sealed record DocumentRecord(
    string Id,
    string? Municipality,
    string? Evaluation,
    string Source,
    DateTimeOffset IngestedAt,
    int Entries,
    int Rejected,
    string? Sha256 = null);
