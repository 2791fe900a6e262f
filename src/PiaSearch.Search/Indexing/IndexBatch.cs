using Lucene.Net.Index;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Catalog;

namespace PiaSearch.Search.Indexing;

/// <summary>
/// A unit of writes to the index. Nothing is visible until <see cref="Commit"/>; disposing an uncommitted batch
/// rolls it back. Only one batch is open at a time; within it, documents may be written from several threads.
/// </summary>
public sealed class IndexBatch : IIndexSink, IDisposable
{
    private readonly IndexStore _store;
    private readonly System.Threading.Lock _catalogLock = new();
    private DocumentCatalog _catalog;
    private bool _committed;
    private bool _disposed;

    internal IndexBatch(IndexStore store)
    {
        _store = store;
        _catalog = store.Catalog;
    }

    /// <summary>The catalog as it will be once this batch commits.</summary>
    public DocumentCatalog Catalog => _catalog;

    /// <summary>Adds a change log, or replaces every row of the change log with the same id, atomically.</summary>
    public void ReplaceDocument(string documentId, IEnumerable<ChangeEntry> entries) =>
        ReplaceDocument(new DocumentRecord(documentId, null, null, "unknown", DateTimeOffset.UtcNow, 0, 0), entries);

    /// <summary>Adds a change log with its record, or replaces the change log with the same id, atomically.</summary>
    public void ReplaceDocument(DocumentRecord record, IEnumerable<ChangeEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(entries);
        var documentId = record.Id;
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        EnsureOpen();
        var rows = entries.ToList();
        if (rows.FirstOrDefault(e => e.DocumentId != documentId) is { } stranger)
        {
            throw new ArgumentException($"Entry {stranger.Id} does not belong to document {documentId}.", nameof(entries));
        }

        _store.Write(w => w.UpdateDocuments(new Term(IndexFields.Document, documentId), ChangeEntryDocuments.ToDocuments(rows, _store.FieldsOfThisThread)));
        lock (_catalogLock)
        {
            _catalog = _catalog.With(record.Entries == 0 && rows.Count > 0 ? record with { Entries = rows.Count } : record);
        }
    }

    /// <summary>Removes every row of a change log.</summary>
    public void DeleteDocument(string documentId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        EnsureOpen();
        _store.Write(w => w.DeleteDocuments(new Term(IndexFields.Document, documentId)));
        lock (_catalogLock)
        {
            _catalog = _catalog.Without(documentId);
        }
    }

    /// <summary>Makes the batch durable and visible to searches.</summary>
    public void Commit()
    {
        EnsureOpen();
        _store.CommitBatch(_catalog);
        _committed = true;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            if (!_committed)
            {
                _store.RollbackBatch();
            }
        }
        finally
        {
            _store.EndBatch();
        }
    }

    private void EnsureOpen()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_committed)
        {
            throw new InvalidOperationException("This batch has been committed; begin a new one.");
        }
    }
}
