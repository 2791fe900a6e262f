using Lucene.Net.Index;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Catalog;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace PiaSearch.Search.Indexing;

/// <summary>
/// A whole new index, written into its own folder while the active index keeps serving searches. <see cref="Commit"/>
/// switches to it in one step; disposing it uncommitted (an error, a cancellation) deletes the new folder and
/// leaves the active index as it was. A crash at any point before the switch leaves the active index serving.
/// </summary>
public sealed class IndexRebuild : IIndexSink, IDisposable
{
    private readonly IndexStore _store;
    private readonly string _folder;
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly System.Threading.Lock _catalogLock = new();
    private DocumentCatalog _catalog = DocumentCatalog.Empty;
    private bool _committed;
    private bool _disposed;

    internal IndexRebuild(IndexStore store, string folder, LuceneDirectory directory, IndexWriter writer)
    {
        _store = store;
        _folder = folder;
        _directory = directory;
        _writer = writer;
    }

    /// <summary>The catalog of the new index so far.</summary>
    public DocumentCatalog Catalog => _catalog;

    /// <summary>Adds a change log to the new index (several threads may call this at once).</summary>
    public void ReplaceDocument(DocumentRecord record, IEnumerable<ChangeEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(entries);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var rows = entries.ToList();
        if (rows.FirstOrDefault(e => e.DocumentId != record.Id) is { } stranger)
        {
            throw new ArgumentException($"Entry {stranger.Id} does not belong to document {record.Id}.", nameof(entries));
        }

        _writer.UpdateDocuments(new Term(IndexFields.Document, record.Id), ChangeEntryDocuments.ToDocuments(rows, _store.FieldsOfThisThread));
        lock (_catalogLock)
        {
            _catalog = _catalog.With(record.Entries == 0 && rows.Count > 0 ? record with { Entries = rows.Count } : record);
        }
    }

    /// <summary>Commits the new index and makes it the active one.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_committed)
        {
            throw new InvalidOperationException("This rebuild has been committed.");
        }

        _store.SwitchTo(_folder, _directory, _writer, _catalog);
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
                _writer.Rollback();
                _directory.Dispose();
                IndexStore.DeleteFolder(_store.Root, _folder);
            }
        }
        finally
        {
            _store.EndBatch();
        }
    }
}
