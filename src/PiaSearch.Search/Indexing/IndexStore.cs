using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PiaSearch.Search.Analysis;
using PiaSearch.Search.Catalog;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace PiaSearch.Search.Indexing;

/// <summary>
/// The change-log index: one <see cref="IndexWriter"/> and a <see cref="SearcherManager"/> over it. All writes
/// go through an <see cref="IndexBatch"/>, one batch at a time: a batch becomes visible to searches, and
/// durable, only when it commits; a batch disposed without committing is rolled back, so neither a failed
/// ingest nor a crash can leave half a batch behind.
/// </summary>
public sealed partial class IndexStore : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _batchGate = new(1, 1);
    // Writes share the writer (IndexWriter is thread-safe); commit, rollback and disposal have it to themselves.
    private readonly ReaderWriterLockSlim _writerLock = new();
    private IndexWriter _writer;
    private volatile SearcherManager _searchers;
    private volatile DocumentCatalog _catalog;
    private long _generation;
    private bool _disposed;

    private IndexStore(LuceneDirectory directory, ChangeLogAnalyzers analyzers, ILogger logger)
    {
        _directory = directory;
        _logger = logger;
        Analyzers = analyzers;
        HadCommitsWhenOpened = DirectoryReader.IndexExists(directory);
        _writer = OpenWriter();
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
        _catalog = ReadCatalog(directory);
    }

    /// <summary>Raised after every commit, once searches see it (to rebuild what is derived from the rows).</summary>
    public event EventHandler<IndexCommittedEventArgs>? Committed;

    /// <summary>The change logs in the last commit.</summary>
    public DocumentCatalog Catalog => _catalog;

    /// <summary>Counts commits since the store opened; derived data can tell whether it is current.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>How long disposal waits for a batch in progress before rolling it back.</summary>
    public TimeSpan ShutdownGrace { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The analyzers this index was built with.</summary>
    public ChangeLogAnalyzers Analyzers { get; }

    /// <summary>True when the directory held a committed index before this store opened it.</summary>
    public bool HadCommitsWhenOpened { get; }

    /// <summary>The number of committed, visible rows.</summary>
    public int Count => WithSearcher(s => s.IndexReader.NumDocs);

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

    /// <summary>Starts a batch of writes, waiting for any batch in progress to finish.</summary>
    public IndexBatch BeginBatch(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _batchGate.Wait(cancellationToken);
        return new IndexBatch(this);
    }

    /// <summary>Runs <paramref name="work"/> against a point-in-time searcher.</summary>
    internal T WithSearcher<T>(Func<IndexSearcher, T> work)
    {
        for (var attempt = 0; ; attempt++)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var manager = _searchers;
            IndexSearcher searcher;
            try
            {
                searcher = manager.Acquire();
            }
            catch (ObjectDisposedException) when (attempt < 3)
            {
                continue; // a rollback swapped the manager between reading the field and acquiring
            }

            try
            {
                return work(searcher);
            }
            finally
            {
                manager.Release(searcher);
            }
        }
    }

    internal void Write(Action<IndexWriter> write)
    {
        _writerLock.EnterReadLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            write(_writer);
        }
        finally
        {
            _writerLock.ExitReadLock();
        }
    }

    internal void CommitBatch(DocumentCatalog catalog)
    {
        int rows;
        _writerLock.EnterWriteLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _writer.SetCommitData(new Dictionary<string, string> { [DocumentCatalog.CommitDataKey] = catalog.Serialize() });
            _writer.Commit();
            rows = _writer.NumDocs;
        }
        finally
        {
            _writerLock.ExitWriteLock();
        }

        _searchers.MaybeRefreshBlocking();
        _catalog = catalog;
        var generation = Interlocked.Increment(ref _generation);
        LogCommitted(_logger, rows);
        Committed?.Invoke(this, new IndexCommittedEventArgs(generation, catalog));
    }

    /// <summary>Drops every write since the last commit; the writer is reopened at that commit.</summary>
    internal void RollbackBatch()
    {
        SearcherManager previous;
        _writerLock.EnterWriteLock();
        try
        {
            if (_disposed)
            {
                return;
            }

            _writer.Rollback();
            _writer = OpenWriter();
            previous = _searchers;
            _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
        }
        finally
        {
            _writerLock.ExitWriteLock();
        }

        previous.Dispose();
        LogRolledBack(_logger);
    }

    internal void EndBatch() => _batchGate.Release();

    private static DocumentCatalog ReadCatalog(LuceneDirectory directory)
    {
        if (!DirectoryReader.IndexExists(directory))
        {
            return DocumentCatalog.Empty;
        }

        var latest = DirectoryReader.ListCommits(directory).OrderBy(c => c.Generation).Last();
        return DocumentCatalog.Deserialize(latest.UserData.TryGetValue(DocumentCatalog.CommitDataKey, out var json) ? json : null);
    }

    private IndexWriter OpenWriter()
    {
        var config = new IndexWriterConfig(BigramAnalyzer.Version, Analyzers.Index)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 64,
            // Waiting for a lock is the caller's business (IndexOpening retries with backoff); fail at once.
            WriteLockTimeout = 0,
        };
        return new IndexWriter(_directory, config);
    }

    public void Dispose()
    {
        // Give a batch in progress (an ingest finishing during shutdown) a moment to commit or roll back.
        var batchFinished = _batchGate.Wait(ShutdownGrace);
        _writerLock.EnterWriteLock();
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }
        finally
        {
            _writerLock.ExitWriteLock();
        }

        _searchers.Dispose();
        // Uncommitted writes are dropped on purpose: only a committed batch is published.
        _writer.Rollback();
        _directory.Dispose();
        Analyzers.Dispose();
        if (batchFinished)
        {
            _batchGate.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Index committed: {Rows} rows")]
    private static partial void LogCommitted(ILogger logger, int rows);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Index batch rolled back to the last commit")]
    private static partial void LogRolledBack(ILogger logger);
}
