using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Analysis;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace PiaSearch.Search.Indexing;

/// <summary>
/// The change-log index: one <see cref="IndexWriter"/> and a <see cref="SearcherManager"/> over it. Writes
/// become visible to searches only at <see cref="Commit"/>, and a document's rows are replaced atomically,
/// so a search sees all of a document or none of it, and a crash leaves the index at its last commit.
/// </summary>
public sealed partial class IndexStore : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly ILogger _logger;
    private readonly System.Threading.Lock _writeLock = new();
    private bool _disposed;

    private IndexStore(LuceneDirectory directory, ChangeLogAnalyzers analyzers, ILogger logger)
    {
        _directory = directory;
        _logger = logger;
        Analyzers = analyzers;
        HadCommitsWhenOpened = DirectoryReader.IndexExists(directory);
        var config = new IndexWriterConfig(BigramAnalyzer.Version, analyzers.Index)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
        };
        _writer = new IndexWriter(directory, config);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
    }

    /// <summary>The analyzers this index was built with.</summary>
    public ChangeLogAnalyzers Analyzers { get; }

    /// <summary>True when the directory held a committed index before this store opened it.</summary>
    public bool HadCommitsWhenOpened { get; }

    /// <summary>Opens (or creates) the index in a folder on disk.</summary>
    public static IndexStore OpenFolder(string path, ILogger<IndexStore>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        System.IO.Directory.CreateDirectory(full);
        try
        {
            return new IndexStore(FSDirectory.Open(new DirectoryInfo(full)), new ChangeLogAnalyzers(), logger ?? NullLogger<IndexStore>.Instance);
        }
        catch (LockObtainFailedException ex)
        {
            throw new IndexLockedException(full, ex);
        }
    }

    /// <summary>An index held in memory, for tests and throw-away use.</summary>
    public static IndexStore InMemory(ILogger<IndexStore>? logger = null) =>
        new(new RAMDirectory(), new ChangeLogAnalyzers(), logger ?? NullLogger<IndexStore>.Instance);

    /// <summary>Adds a change log, or replaces all rows of a change log with the same id, in one atomic step.</summary>
    /// <param name="documentId">The change log.</param>
    /// <param name="entries">Its rows.</param>
    /// <param name="entityIds">The cross-reference entities each row mentions, or null to index none.</param>
    public void ReplaceDocument(string documentId, IEnumerable<ChangeEntry> entries, Func<ChangeEntry, IEnumerable<string>>? entityIds = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        ArgumentNullException.ThrowIfNull(entries);
        var documents = entries.Select(e => e.DocumentId == documentId
            ? ChangeEntryDocuments.ToDocument(e, entityIds?.Invoke(e))
            : throw new ArgumentException($"Entry {e.Id} does not belong to document {documentId}.", nameof(entries)));
        lock (_writeLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _writer.UpdateDocuments(new Term(IndexFields.Document, documentId), documents.ToList());
        }
    }

    /// <summary>Removes every row of a change log.</summary>
    public void DeleteDocument(string documentId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        lock (_writeLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _writer.DeleteDocuments(new Term(IndexFields.Document, documentId));
        }
    }

    /// <summary>Makes the pending writes durable and visible to searches.</summary>
    public void Commit()
    {
        lock (_writeLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _writer.Commit();
        }

        _searchers.MaybeRefreshBlocking();
        LogCommitted(_logger, _writer.NumDocs);
    }

    /// <summary>Makes staged, uncommitted writes visible to this process's readers (not to other processes).</summary>
    internal void RefreshReaders()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _searchers.MaybeRefreshBlocking();
    }

    /// <summary>Runs <paramref name="work"/> against a point-in-time searcher.</summary>
    internal T WithSearcher<T>(Func<IndexSearcher, T> work)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var searcher = _searchers.Acquire();
        try
        {
            return work(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>The number of committed, visible rows.</summary>
    public int Count => WithSearcher(s => s.IndexReader.NumDocs);

    public void Dispose()
    {
        lock (_writeLock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        _searchers.Dispose();
        // Uncommitted writes are dropped on purpose: only Commit publishes a batch.
        _writer.Rollback();
        _directory.Dispose();
        Analyzers.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Index committed: {Rows} rows")]
    private static partial void LogCommitted(ILogger logger, int rows);
}
