namespace PiaSearch.Search.Ingest;

/// <summary>What <see cref="IndexMaintenance.Prepare"/> did.</summary>
/// <param name="Seeded">Files copied from the corpus folder into an empty store.</param>
/// <param name="Rebuilt">Whether the index was rebuilt from the store.</param>
/// <param name="Rebuild">The rebuild's report, when there was one.</param>
/// <param name="Reindexed">Stored documents (re)indexed by reconciliation.</param>
/// <param name="Removed">Documents removed from the index because the store no longer has them.</param>
public sealed record MaintenanceReport(int Seeded, bool Rebuilt, IngestReport? Rebuild, int Reindexed, int Removed);
