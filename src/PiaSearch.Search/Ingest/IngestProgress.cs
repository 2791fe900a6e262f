namespace PiaSearch.Search.Ingest;

/// <summary>Progress of an ingest: bytes read so far out of the total of all files.</summary>
public readonly record struct IngestProgress(string Source, long BytesDone, long BytesTotal);
