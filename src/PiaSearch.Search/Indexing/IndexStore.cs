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
/// The change-log index: one <see cref="IndexWriter"/> and a <see cref="DeadlineSearcherManager"/> over it. All writes
/// go through an <see cref="IndexBatch"/>, one batch at a time: a batch becomes visible to searches, and
/// durable, only when it commits; a batch disposed without committing is rolled back, so neither a failed
/// ingest nor a crash can leave half a batch behind. A rebuild (<see cref="BeginRebuild"/>) writes a new index
/// folder while this one serves, then switches to it in one step (see <see cref="IndexLayout"/>). The process
/// holds the root's writer lock from open to dispose: a second writer is refused, never let in.
/// </summary>
public sealed partial class IndexStore : IDisposable
{
    private readonly string? _root;
    private readonly IndexWriterLock? _processLock;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _batchGate = new(1, 1);
    // Writes share the writer (IndexWriter is thread-safe); commit, rollback, switch and disposal have it to themselves.
    private readonly ReaderWriterLockSlim _writerLock = new();
    private readonly ThreadLocal<ChangeEntryDocuments.ReusableFields> _fields = new(() => new ChangeEntryDocuments.ReusableFields());
    private LuceneDirectory _directory;
    private string _folder;
    private IndexWriter _writer = null!;
    private SnapshotDeletionPolicy _snapshots = null!;
    private volatile DeadlineSearcherManager _searchers = null!;
    private volatile DocumentCatalog _catalog;
    private volatile string? _rebuildReason;
    private long _generation;
    private bool _disposed;

    private IndexStore(string? root, IndexWriterLock? processLock, string folder, ChangeLogAnalyzers analyzers, ILogger logger, bool repairDamaged)
    {
        _root = root;
        _processLock = processLock;
        _logger = logger;
        _folder = folder;
        Analyzers = analyzers;
        _directory = OpenDirectory(root, folder);
        bool existing;
        Dictionary<string, string> committed;
        try
        {
            (existing, committed) = OpenAt(_directory);
        }
        catch (IOException ex) when (ex is not LockObtainFailedException && root is not null)
        {
            _directory.Dispose();
            var damaged = IndexLayout.FolderOf(root, folder);
            if (!repairDamaged)
            {
                throw new IndexDamagedException(damaged, ex);
            }

            // The rows are derived data: start a fresh folder now and let the document store fill it.
            LogDamaged(_logger, ex, damaged);
            _folder = IndexLayout.NextName(root);
            _directory = OpenDirectory(root, _folder);
            (existing, committed) = OpenAt(_directory);
            IndexLayout.WriteCurrent(root, _folder);
            _rebuildReason = $"the index at {damaged} was damaged: {ex.Message}";
        }

        _catalog = DocumentCatalog.Deserialize(committed.TryGetValue(DocumentCatalog.CommitDataKey, out var catalog) ? catalog : null);
        var analysis = committed.TryGetValue(AnalysisKey, out var schema) ? schema : null;
        if (existing && analysis != analyzers.Schema)
        {
            // Terms made by another analysis would not match today's queries. The index keeps serving (nothing is
            // deleted) until a rebuild from the document store switches to a new one.
            LogOutdated(_logger, analysis ?? "(none)", analyzers.Schema);
            _rebuildReason = $"the index was analysed as {analysis ?? "(none)"}, not {analyzers.Schema}";
        }

        HadCommitsWhenOpened = existing;
    }

    /// <summary>Commit data naming how the text was analysed; an index analysed otherwise asks for a rebuild.</summary>
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

    /// <summary>Why the index must be rebuilt from the document store (another analysis, damage), or null.</summary>
    public string? RebuildReason => _rebuildReason;

    /// <summary>The active index folder (null in memory).</summary>
    public string? ActiveFolder => _root is null ? null : IndexLayout.FolderOf(_root, _folder);

    /// <summary>The number of committed, visible rows.</summary>
    public int Count => WithSearcher(s => s.IndexReader.NumDocs);

    /// <summary>Opens (or creates) the index under a root folder on disk, taking its writer lock.</summary>
    /// <param name="path">The index root (it holds <c>current</c> and the index folders).</param>
    /// <param name="morphology">The Japanese analyzer (with its user dictionary) the index is built and searched with.</param>
    /// <param name="logger">Where to log commits and rollbacks.</param>
    /// <param name="repairDamaged">On a damaged index, start a fresh one (and set <see cref="RebuildReason"/>) instead of throwing <see cref="IndexDamagedException"/>.</param>
    /// <exception cref="IndexLockedException">Another process writes this index.</exception>
    /// <exception cref="IndexDamagedException">The index cannot be read and <paramref name="repairDamaged"/> is false.</exception>
    public static IndexStore OpenFolder(string path, MorphologicalAnalyzer morphology, ILogger<IndexStore>? logger = null, bool repairDamaged = false)
    {
        ArgumentNullException.ThrowIfNull(morphology);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var root = Path.GetFullPath(path);
        System.IO.Directory.CreateDirectory(root);
        var processLock = IndexWriterLock.Acquire(root);
        try
        {
            var folder = IndexLayout.ReadCurrent(root);
            if (folder is null)
            {
                folder = IndexLayout.NextName(root);
                IndexLayout.WriteCurrent(root, folder);
            }

            return new IndexStore(root, processLock, folder, new ChangeLogAnalyzers(morphology), logger ?? NullLogger<IndexStore>.Instance, repairDamaged);
        }
        catch (LockObtainFailedException ex)
        {
            processLock.Dispose();
            throw new IndexLockedException(root, ex);
        }
        catch
        {
            processLock.Dispose();
            throw;
        }
    }

    /// <summary>An index held in memory, for tests and throw-away use.</summary>
    public static IndexStore InMemory(MorphologicalAnalyzer morphology, ILogger<IndexStore>? logger = null) =>
        new(null, null, "memory", new ChangeLogAnalyzers(morphology), logger ?? NullLogger<IndexStore>.Instance, repairDamaged: false);

    /// <summary>
    /// Starts a batch of writes, blocking the calling thread while another batch is in progress: for the command
    /// line and background work. Request paths use <see cref="BeginBatchAsync"/>, which holds no thread meanwhile.
    /// </summary>
    public IndexBatch BeginBatch(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ThrowIfReadOnly();
#pragma warning disable RS0030 // A synchronous wait by design: the CLI and background jobs call this, requests call BeginBatchAsync.
        _batchGate.Wait(cancellationToken);
#pragma warning restore RS0030
        return new IndexBatch(this);
    }

    /// <summary>Starts a batch of writes once any batch in progress has finished, without holding a thread while it waits.</summary>
    public async Task<IndexBatch> BeginBatchAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ThrowIfReadOnly();
        await _batchGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (_disposed)
        {
            _batchGate.Release();
            throw new ObjectDisposedException(nameof(IndexStore));
        }

        return new IndexBatch(this);
    }

    /// <summary>
    /// Starts a rebuild into a new, empty index folder. Searches keep using the active index; batches wait until
    /// the rebuild commits (the switch) or is disposed (the new folder is deleted, the active one stays).
    /// </summary>
    public IndexRebuild BeginRebuild(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ThrowIfReadOnly();
#pragma warning disable RS0030 // Rebuilds run in the CLI, at start-up and as background jobs, never on a request thread.
        _batchGate.Wait(cancellationToken);
#pragma warning restore RS0030
        try
        {
            var folder = _root is null ? "memory" : IndexLayout.NextName(_root);
            var directory = OpenDirectory(_root, folder);
            var (writer, _) = OpenWriter(directory, OpenMode.CREATE);
            return new IndexRebuild(this, folder, directory, writer);
        }
        catch
        {
            _batchGate.Release();
            throw;
        }
    }

    /// <summary>The number of committed rows of one change log. O(rows of that log) at worst.</summary>
    public int CountRows(string documentId) => WithSearcher(s => s.Search(new TermQuery(new Term(IndexFields.Document, documentId)), 1).TotalHits);

    /// <summary>The committed rows of one change log, read back from the stored fields. O(rows of that log).</summary>
    public IReadOnlyList<PiaSearch.Documents.ChangeLogs.ChangeEntry> ReadRows(string documentId) => WithSearcher(s =>
    {
        var query = new TermQuery(new Term(IndexFields.Document, documentId));
        var hits = s.Search(query, Math.Max(1, s.Search(query, 1).TotalHits));
        // In index order, which is the order the rows were written in (line order).
        return (IReadOnlyList<PiaSearch.Documents.ChangeLogs.ChangeEntry>)[.. hits.ScoreDocs.OrderBy(h => h.Doc).Select(h => ChangeEntryDocuments.ToEntry(s.Doc(h.Doc)))];
    });

    /// <summary>The searchers of a writer's index: near-real-time readers that stop at a search's deadline (<see cref="DeadlineDirectoryReader"/>).</summary>
    private static DeadlineSearcherManager SearchersOf(IndexWriter writer) =>
        new(new DeadlineDirectoryReader(DirectoryReader.Open(writer, applyAllDeletes: true)));

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
                continue; // a rollback or a switch replaced the manager between reading the field and acquiring
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

    /// <summary>The calling thread's set of fields for writing rows into this index (or a rebuild of it).</summary>
    internal ChangeEntryDocuments.ReusableFields FieldsOfThisThread => _fields.Value!;

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
            _writer.SetCommitData(CommitData(catalog));
            _writer.Commit();
            rows = _writer.NumDocs;
        }
        finally
        {
            _writerLock.ExitWriteLock();
        }

        _searchers.MaybeRefreshBlocking();
        Published(catalog, rows);
    }

    /// <summary>Commits a rebuilt index, points <c>current</c> at it, and serves it from now on.</summary>
    internal void SwitchTo(string folder, LuceneDirectory directory, IndexWriter writer, DocumentCatalog catalog)
    {
        writer.SetCommitData(CommitData(catalog));
        writer.Commit();
        if (_root is not null)
        {
            IndexLayout.WriteCurrent(_root, folder); // the switch: a crash before this line leaves the old index active
        }

        DeadlineSearcherManager previousSearchers;
        IndexWriter previousWriter;
        LuceneDirectory previousDirectory;
        _writerLock.EnterWriteLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            previousSearchers = _searchers;
            previousWriter = _writer;
            previousDirectory = _directory;
            _writer = writer;
            _snapshots = (SnapshotDeletionPolicy)writer.Config.IndexDeletionPolicy;
            _directory = directory;
            _folder = folder;
            _searchers = SearchersOf(writer);
            _rebuildReason = null;
        }
        finally
        {
            _writerLock.ExitWriteLock();
        }

        // Searches still holding a searcher of the old index finish with it: readers are reference-counted.
        previousSearchers.Dispose();
        previousWriter.Rollback();
        previousDirectory.Dispose();
        if (_root is not null)
        {
            IndexLayout.RemoveInactive(_root, folder);
        }

        LogSwitched(_logger, folder, writer.NumDocs);
        Published(catalog, writer.NumDocs);
    }

    /// <summary>Drops every write since the last commit; the writer is reopened at that commit.</summary>
    internal void RollbackBatch()
    {
        DeadlineSearcherManager previous;
        _writerLock.EnterWriteLock();
        try
        {
            if (_disposed)
            {
                return;
            }

            _writer.Rollback();
            (_writer, _snapshots) = OpenWriter(_directory, OpenMode.CREATE_OR_APPEND);
            previous = _searchers;
            _searchers = SearchersOf(_writer);
        }
        finally
        {
            _writerLock.ExitWriteLock();
        }

        previous.Dispose();
        LogRolledBack(_logger);
    }

    internal void EndBatch() => _batchGate.Release();

    internal static LuceneDirectory OpenDirectory(string? root, string folder) =>
        root is null ? new RAMDirectory() : FSDirectory.Open(new DirectoryInfo(IndexLayout.FolderOf(root, folder)));

    internal static void DeleteFolder(string? root, string folder)
    {
        if (root is not null && folder != IndexLayout.Legacy && System.IO.Directory.Exists(Path.Combine(root, folder)))
        {
            System.IO.Directory.Delete(Path.Combine(root, folder), recursive: true);
        }
    }

    internal string? Root => _root;

    private Dictionary<string, string> CommitData(DocumentCatalog catalog) => new()
    {
        [DocumentCatalog.CommitDataKey] = catalog.Serialize(),
        [AnalysisKey] = Analyzers.Schema,
    };

    private void Published(DocumentCatalog catalog, int rows)
    {
        _catalog = catalog;
        var generation = Interlocked.Increment(ref _generation);
        LogCommitted(_logger, rows);
        Committed?.Invoke(this, new IndexCommittedEventArgs(generation, catalog));
    }

    /// <summary>Opens the writer and a searcher over <paramref name="directory"/>; reading every segment is what finds a damaged index.</summary>
    private (bool Existing, Dictionary<string, string> Committed) OpenAt(LuceneDirectory directory)
    {
        var existing = DirectoryReader.IndexExists(directory);
        var committed = existing ? LatestCommitData(directory) : new Dictionary<string, string>();
        var (writer, snapshots) = OpenWriter(directory, OpenMode.CREATE_OR_APPEND);
        try
        {
            _searchers = SearchersOf(writer);
        }
        catch
        {
            writer.Rollback();
            throw;
        }

        _writer = writer;
        _snapshots = snapshots;
        return (existing, committed);
    }

    private static Dictionary<string, string> LatestCommitData(LuceneDirectory directory) =>
        new(DirectoryReader.ListCommits(directory).OrderBy(c => c.Generation).Last().UserData, StringComparer.Ordinal);

    internal (IndexWriter Writer, SnapshotDeletionPolicy Snapshots) OpenWriter(LuceneDirectory directory, OpenMode mode)
    {
        var snapshots = new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy());
        var config = new IndexWriterConfig(BigramAnalyzer.Version, Analyzers.Index)
        {
            OpenMode = mode,
            // A ceiling, not an allocation: a bulk ingest flushes fewer, larger segments and so merges less
            // (a tenth less time for a million rows); a small ingest uses what it needs.
            RAMBufferSizeMB = 256,
            // Segments stay as separate files: packing each into a compound file copied every byte once more.
            UseCompoundFile = false,
            // The process lock (pia.lock) already keeps other writers out; Lucene's own lock need not wait.
            WriteLockTimeout = 0,
            // Lets a backup pin the files of a commit while later commits go on.
            IndexDeletionPolicy = snapshots,
        };
        config.MergePolicy.NoCFSRatio = 0;
        var writer = new IndexWriter(directory, config);
        return (writer, (SnapshotDeletionPolicy)writer.Config.IndexDeletionPolicy);
    }

    public void Dispose()
    {
        // Give a batch in progress (an ingest finishing during shutdown) a moment to commit or roll back.
#pragma warning disable RS0030 // Disposal happens at shutdown, not in a request; it must wait for the batch in progress.
        var batchFinished = _batchGate.Wait(ShutdownGrace);
#pragma warning restore RS0030
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
        _writer?.Rollback();
        _directory.Dispose();
        Analyzers.Dispose();
        _processLock?.Dispose();
        _fields.Dispose();
        if (batchFinished)
        {
            _batchGate.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The index was analysed as {Old}, not {Current}: it keeps serving until a rebuild from the document store replaces it")]
    private static partial void LogOutdated(ILogger logger, string old, string current);

    [LoggerMessage(Level = LogLevel.Error, Message = "The index at {Folder} is damaged; a fresh index is started, to be rebuilt from the document store ('pia rebuild')")]
    private static partial void LogDamaged(ILogger logger, Exception exception, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Index committed: {Rows} rows")]
    private static partial void LogCommitted(ILogger logger, int rows);

    [LoggerMessage(Level = LogLevel.Information, Message = "Switched to the rebuilt index {Folder} ({Rows} rows)")]
    private static partial void LogSwitched(ILogger logger, string folder, int rows);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Index batch rolled back to the last commit")]
    private static partial void LogRolledBack(ILogger logger);
}
