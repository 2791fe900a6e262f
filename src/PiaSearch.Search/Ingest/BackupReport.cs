namespace PiaSearch.Search.Ingest;

/// <summary>A backup: where it is and what it holds (also its manifest, <c>backup.json</c>, written last).</summary>
public sealed record BackupReport(string Folder, int Documents, int Rows, int IndexFiles, long IndexBytes, DateTimeOffset CreatedAt);
