using Lucene.Net.Index;
using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.Search.Indexing;

/// <summary>
/// A unit of writes to the index. Nothing is visible until <see cref="Commit"/>; disposing an uncommitted batch
/// rolls it back. Only one batch is open at a time.
/// </summary>
public sealed class IndexBatch : IDisposable
{
    private readonly IndexStore _store;
    private bool _committed;
    private bool _disposed;

    internal IndexBatch(IndexStore store) => _store = store;

    /// <summary>Adds a change log, or replaces every row of the change log with the same id, atomically.</summary>
    public void ReplaceDocument(string documentId, IEnumerable<ChangeEntry> entries)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        ArgumentNullException.ThrowIfNull(entries);
        EnsureOpen();
        var documents = entries
            .Select(e => e.DocumentId == documentId
                ? ChangeEntryDocuments.ToDocument(e)
                : throw new ArgumentException($"Entry {e.Id} does not belong to document {documentId}.", nameof(entries)))
            .ToList();
        _store.Write(w => w.UpdateDocuments(new Term(IndexFields.Document, documentId), documents));
    }

    /// <summary>Removes every row of a change log.</summary>
    public void DeleteDocument(string documentId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        EnsureOpen();
        _store.Write(w => w.DeleteDocuments(new Term(IndexFields.Document, documentId)));
    }

    /// <summary>Removes every row of every change log.</summary>
    public void DeleteAll()
    {
        EnsureOpen();
        _store.Write(w => w.DeleteAll());
    }

    /// <summary>Makes the batch durable and visible to searches.</summary>
    public void Commit()
    {
        EnsureOpen();
        _store.CommitBatch();
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
