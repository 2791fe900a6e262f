using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PiaSearch.Morphology;
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
        var existing = DirectoryReader.IndexExists(directory);
        var committed = existing ? LatestCommitData(directory) : new Dictionary<string, string>();
        _writer = OpenWriter();
        _catalog = DocumentCatalog.Deserialize(committed.TryGetValue(DocumentCatalog.CommitDataKey, out var catalog) ? catalog : null);
        var analysis = committed.TryGetValue(AnalysisKey, out var schema) ? schema : null;
        if (existing && analysis != analyzers.Schema)
        {
            // Terms made by another analysis (an older version, another user dictionary) would not match today's
            // queries: start empty, so that the corpus is indexed again.
            LogOutdated(_logger, analysis ?? "(none)", analyzers.Schema);
            _writer.DeleteAll();
            _catalog = DocumentCatalog.Empty;
            existing = false;
        }

        HadCommitsWhenOpened = existing;
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
    }

    /// <summary>Commit data naming how the text was analysed; an index analysed otherwise is cleared on open.</summary>
    private const string AnalysisKey = "pia.analysis";

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
    /// <param name="path">The index folder.</param>
    /// <param name="morphology">The Japanese analyzer (with its user dictionary) the index is built and searched with.</param>
    /// <param name="logger">Where to log commits and rollbacks.</param>
    public static IndexStore OpenFolder(string path, MorphologicalAnalyzer morphology, ILogger<IndexStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(morphology);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        System.IO.Directory.CreateDirectory(full);
        try
        {
            return new IndexStore(FSDirectory.Open(new DirectoryInfo(full)), new ChangeLogAnalyzers(morphology), logger ?? NullLogger<IndexStore>.Instance);
        }
        catch (LockObtainFailedException ex)
        {
            throw new IndexLockedException(full, ex);
        }
    }

    /// <summary>An index held in memory, for tests and throw-away use.</summary>
    public static IndexStore InMemory(MorphologicalAnalyzer morphology, ILogger<IndexStore>? logger = null) =>
        new(new RAMDirectory(), new ChangeLogAnalyzers(morphology), logger ?? NullLogger<IndexStore>.Instance);

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
            _writer.SetCommitData(new Dictionary<string, string>
            {
                [DocumentCatalog.CommitDataKey] = catalog.Serialize(),
                [AnalysisKey] = Analyzers.Schema,
            });
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

    private static Dictionary<string, string> LatestCommitData(LuceneDirectory directory) =>
        new(DirectoryReader.ListCommits(directory).OrderBy(c => c.Generation).Last().UserData, StringComparer.Ordinal);

    private IndexWriter OpenWriter()
    {
        var config = new IndexWriterConfig(BigramAnalyzer.Version, Analyzers.Index)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            // A ceiling, not an allocation: a bulk ingest flushes fewer, larger segments and so merges less
            // (a tenth less time for a million rows); a small ingest uses what it needs.
            RAMBufferSizeMB = 256,
            // Segments stay as separate files: packing each into a compound file copied every byte once more.
            UseCompoundFile = false,
            // Waiting for a lock is the caller's business (IndexOpening retries with backoff); fail at once.
            WriteLockTimeout = 0,
        };
        config.MergePolicy.NoCFSRatio = 0;
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "The index was analysed as {Old}, not {Current}: it is cleared and will be rebuilt")]
    private static partial void LogOutdated(ILogger logger, string old, string current);

    [LoggerMessage(Level = LogLevel.Information, Message = "Index committed: {Rows} rows")]
    private static partial void LogCommitted(ILogger logger, int rows);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Index batch rolled back to the last commit")]
    private static partial void LogRolledBack(ILogger logger);
}
