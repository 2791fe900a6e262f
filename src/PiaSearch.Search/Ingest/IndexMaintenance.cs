using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Readers;
using PiaSearch.Search.Catalog;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Ingest;

/// <summary>
/// Keeps the index derived from the document store: seeds an empty store from the corpus folder, rebuilds the
/// index from the store (into a new folder, switched to when complete), and reconciles the two after a crash
/// between storing a document and committing its rows. Nothing here deletes a stored document.
/// </summary>
public sealed partial class IndexMaintenance(IndexStore index, DocumentStore documents, ChangeLogIngestor ingestor, ILogger<IndexMaintenance>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<IndexMaintenance>.Instance;

    /// <summary>The document store.</summary>
    public DocumentStore Documents => documents;

    /// <summary>
    /// Brings the index in line with the store, as a writer does on start: seed an empty store from
    /// <paramref name="corpus"/>, rebuild when the index asks for it (another analysis, damage, no commit yet), else reconcile.
    /// </summary>
    /// <remarks>O(stored bytes) for a rebuild; O(documents) plus the changed documents' rows otherwise.</remarks>
    public MaintenanceReport Prepare(string? corpus, CancellationToken cancellationToken = default)
    {
        var seeded = corpus is not null && documents.IsEmpty && Directory.Exists(corpus) ? SeedStore(corpus) : 0;
        if (index.RebuildReason is { } reason || (!index.HadCommitsWhenOpened && !documents.IsEmpty))
        {
            LogRebuilding(_logger, index.RebuildReason ?? "no index yet", documents.Documents.Count);
            var report = RebuildFromStore(cancellationToken: cancellationToken);
            return new MaintenanceReport(seeded, Rebuilt: true, report, Reindexed: 0, Removed: 0);
        }

        var (reindexed, removed) = Reconcile(cancellationToken);
        return new MaintenanceReport(seeded, Rebuilt: false, null, reindexed, removed);
    }

    /// <summary>Stores every change log of <paramref name="corpus"/>; only an empty store is seeded. Returns the files stored.</summary>
    public int SeedStore(string corpus)
    {
        if (!documents.IsEmpty)
        {
            return 0;
        }

        var files = ChangeLogIngestor.ExpandPaths([corpus]);
        foreach (var file in files)
        {
            var id = ChangeLogReader.DocumentIdFor(file);
            if (!DocumentIds.IsValid(id))
            {
                LogSkipped(_logger, file);
                continue;
            }

            using var staged = documents.StageFile(file);
            documents.Keep(staged, ChangeLogIngestor.Describe(id, SidecarMetadata.Read(file), Path.GetFileName(file), Path.GetFullPath(file), ingestor.Now), out _);
        }

        LogSeeded(_logger, files.Count, corpus, documents.Root);
        return files.Count;
    }

    /// <summary>
    /// Re-ingests every stored document into a new index folder and switches to it; the active index serves until
    /// then. A change log the index holds but the store does not (indexed before the store existed) has its rows
    /// carried over, so a rebuild loses nothing.
    /// </summary>
    /// <remarks>O(stored bytes), on every core.</remarks>
    public IngestReport RebuildFromStore(IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var stored = documents.Documents;
        using var rebuild = index.BeginRebuild(cancellationToken);
        var carried = index.Catalog.Documents.Values.Where(r => documents.Find(r.Id) is null).ToList();
        foreach (var record in carried)
        {
            LogCarried(_logger, record.Id);
            rebuild.ReplaceDocument(record, index.ReadRows(record.Id));
        }

        var total = stored.Sum(d => d.Length);
        long done = 0;
        var staged = 0;
        var reports = new IngestFileReport[stored.Count];
        Parallel.For(
            0,
            stored.Count,
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            i =>
            {
                reports[i] = Ingest(rebuild, stored[i]);
                progress?.Report(new IngestProgress(stored[i].Source, Interlocked.Add(ref done, stored[i].Length), total, Interlocked.Increment(ref staged), stored.Count));
            });
        cancellationToken.ThrowIfCancellationRequested();
        rebuild.Commit();
        var report = new IngestReport(reports);
        LogRebuilt(_logger, report.Files.Count, report.Entries, carried.Count);
        return report;
    }

    /// <summary>
    /// Indexes stored documents the index lacks (or holds another version of) and removes from the index documents
    /// the store no longer has, in one batch. Returns how many were reindexed and removed.
    /// </summary>
    /// <remarks>O(documents) to compare; O(rows) of the documents that differ.</remarks>
    public (int Reindexed, int Removed) Reconcile(CancellationToken cancellationToken = default)
    {
        if (Differences(index.Catalog) is ({ Count: 0 }, { Count: 0 }))
        {
            return (0, 0); // the usual start: no batch, so no rollback either
        }

        using var batch = index.BeginBatch(cancellationToken);
        var (stale, gone) = Differences(batch.Catalog);

        foreach (var document in stale)
        {
            Ingest(batch, document);
        }

        foreach (var record in gone)
        {
            batch.DeleteDocument(record.Id);
        }

        batch.Commit();
        LogReconciled(_logger, stale.Count, gone.Count);
        return (stale.Count, gone.Count);
    }

    /// <summary>Stored documents the catalog lacks or holds at another version, and catalog entries whose stored document is gone.</summary>
    private (List<StoredDocument> Stale, List<DocumentRecord> Gone) Differences(DocumentCatalog catalog) =>
        (documents.Documents.Where(d => catalog.Find(d.Id)?.Sha256 != d.Sha256).ToList(),
         catalog.Documents.Values.Where(r => r.Sha256 is not null && documents.Find(r.Id) is null).ToList());

    /// <summary>Reads a stored document through the reader its content calls for, as when it was added.</summary>
    private IngestFileReport Ingest(IIndexSink sink, StoredDocument document)
    {
        using var content = documents.OpenContent(document);
        DocumentReadResult read;
        try
        {
            read = ingestor.Readers.Read(content, document.Id, document.OriginalName);
        }
        catch (UnreadableDocumentException ex)
        {
            // Stored but unreadable now (a lower limit, a damaged blob): its old rows go, the stored bytes stay.
            LogUnreadable(_logger, document.Id, ex.Reason);
            (sink as IndexBatch)?.DeleteDocument(document.Id);
            return new IngestFileReport(document.Id, document.Source, 0, [new ParseIssue(0, ex.Message, string.Empty)], [], new LineCounts(0, 0, 0, 0, 0)) { Refused = true };
        }

        return ingestor.Stage(sink, read.Result, document.Source, document.Metadata, document.Sha256, document.IngestedAt) with { Format = read.Format, Pages = read.Pages };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Stored document {Id} cannot be read: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string id, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rebuilding the index from the document store ({Documents} documents): {Reason}")]
    private static partial void LogRebuilding(ILogger logger, string reason, int documents);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rebuilt the index from the document store: {Documents} documents, {Entries} entries ({Carried} carried over from the old index)")]
    private static partial void LogRebuilt(ILogger logger, int documents, int entries, int carried);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Document {Id} is in the index but not in the document store (indexed before the store existed): " +
            "its rows are carried over; add it again to store its file")]
    private static partial void LogCarried(ILogger logger, string id);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the document store with {Files} change logs from {Corpus} into {Store}")]
    private static partial void LogSeeded(ILogger logger, int files, string corpus, string store);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{File} is not stored: its name is not a valid document id")]
    private static partial void LogSkipped(ILogger logger, string file);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reconciled the index with the document store: {Reindexed} documents indexed, {Removed} removed")]
    private static partial void LogReconciled(ILogger logger, int reindexed, int removed);
}
