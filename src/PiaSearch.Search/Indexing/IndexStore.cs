using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Morphology;
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

    /// <summary>Commit data naming how the text was analysed; an index analysed otherwise is cleared on open.</summary>
    private const string AnalysisKey = "pia.analysis";

    private IndexStore(LuceneDirectory directory, ChangeLogAnalyzers analyzers, ILogger logger)
    {
        _directory = directory;
        _logger = logger;
        Analyzers = analyzers;
        var existing = DirectoryReader.IndexExists(directory);
        var analysis = existing ? CommittedAnalysis(directory) : null;
        var config = new IndexWriterConfig(BigramAnalyzer.Version, analyzers.Index)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
        };
        _writer = new IndexWriter(directory, config);
        if (existing && analysis != analyzers.Schema)
        {
            // Terms made by another analysis (an older version, another user dictionary) would not match today's
            // queries: start empty, so that the corpus is indexed again.
            LogOutdated(_logger, analysis ?? "(none)", analyzers.Schema);
            _writer.DeleteAll();
            existing = false;
        }

        HadCommitsWhenOpened = existing;
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
    }

    private static string? CommittedAnalysis(LuceneDirectory directory)
    {
        using var reader = DirectoryReader.Open(directory);
        return reader.IndexCommit.UserData.TryGetValue(AnalysisKey, out var value) ? value : null;
    }

    /// <summary>The analyzers this index was built with.</summary>
    public ChangeLogAnalyzers Analyzers { get; }

    /// <summary>True when the directory held a committed index before this store opened it.</summary>
    public bool HadCommitsWhenOpened { get; }

    /// <summary>Opens (or creates) the index in a folder on disk.</summary>
    /// <param name="morphology">The Japanese analyzer (with its user dictionary) the index is built and searched with.</param>
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

    /// <summary>Adds a change log, or replaces all rows of a change log with the same id, in one atomic step.</summary>
    public void ReplaceDocument(string documentId, IEnumerable<ChangeEntry> entries)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        ArgumentNullException.ThrowIfNull(entries);
        var documents = entries.Select(e => e.DocumentId == documentId
            ? ChangeEntryDocuments.ToDocument(e)
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
            _writer.SetCommitData(new Dictionary<string, string> { [AnalysisKey] = Analyzers.Schema });
            _writer.Commit();
        }

        _searchers.MaybeRefreshBlocking();
        LogCommitted(_logger, _writer.NumDocs);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "The index was analysed as {Old}, not {Current}: it is cleared and will be rebuilt")]
    private static partial void LogOutdated(ILogger logger, string old, string current);

    [LoggerMessage(Level = LogLevel.Information, Message = "Index committed: {Rows} rows")]
    private static partial void LogCommitted(ILogger logger, int rows);
}
