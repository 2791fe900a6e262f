namespace PiaSearch.Search.Indexing;

/// <summary>What a backup copied of the index.</summary>
public sealed record IndexBackupResult(int Files, long Bytes, int Documents, int Rows);
