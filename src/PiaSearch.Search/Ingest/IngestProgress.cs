namespace PiaSearch.Search.Ingest;

/// <summary>Progress of an ingest: bytes read so far out of the total, and files staged so far.</summary>
/// <param name="Source">The file being read (or just staged).</param>
/// <param name="BytesDone">Bytes read from all files so far.</param>
/// <param name="BytesTotal">Bytes in all files.</param>
/// <param name="FilesDone">Files parsed and staged so far (they become visible only at the commit).</param>
/// <param name="FilesTotal">Files in the run.</param>
public readonly record struct IngestProgress(string Source, long BytesDone, long BytesTotal, int FilesDone, int FilesTotal);
