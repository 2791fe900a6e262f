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

/// <summary>Reading an index without writing it: the CLI's search, trace and ask next to a running API.</summary>
public sealed partial class IndexStore
{
    /// <summary>A store that only reads the last commit of an index another process may be writing (no writer, no lock).</summary>
    private IndexStore(string root, string folder, ChangeLogAnalyzers analyzers, ILogger logger)
    {
        _root = root;
        _logger = logger;
        _folder = folder;
        Analyzers = analyzers;
        IsReadOnly = true;
        _directory = OpenDirectory(root, folder);
        try
        {
            if (!DirectoryReader.IndexExists(_directory))
            {
                throw new FileNotFoundException("the folder holds no committed index (segments_N is missing)");
            }

            var committed = LatestCommitData(_directory);
            _searchers = new DeadlineSearcherManager(new DeadlineDirectoryReader(DirectoryReader.Open(_directory)));
            _catalog = DocumentCatalog.Deserialize(committed.TryGetValue(DocumentCatalog.CommitDataKey, out var catalog) ? catalog : null);
            HadCommitsWhenOpened = true;
        }
        catch (IOException ex)
        {
            _directory.Dispose();
            throw new IndexDamagedException(IndexLayout.FolderOf(root, folder), ex);
        }
    }

    /// <summary>
    /// Opens the last commit of the index under a root folder for reading only: no writer and no lock, so it works
    /// while the API (or a CLI command) writes the index. Searches see that commit; nothing can be written.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">There is no index at <paramref name="path"/>.</exception>
    /// <exception cref="IndexDamagedException">The active index folder cannot be read.</exception>
    public static IndexStore OpenReadOnly(string path, MorphologicalAnalyzer morphology, ILogger<IndexStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(morphology);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var root = Path.GetFullPath(path);
        var folder = System.IO.Directory.Exists(root) ? IndexLayout.ReadCurrent(root) : null;
        if (folder is null)
        {
            throw new DirectoryNotFoundException($"索引がありません / There is no index at {root}; run 'pia index' first.");
        }

        return new IndexStore(root, folder, new ChangeLogAnalyzers(morphology), logger ?? NullLogger<IndexStore>.Instance);
    }

    /// <summary>True for a store opened with <see cref="OpenReadOnly"/>.</summary>
    public bool IsReadOnly { get; }

    private void ThrowIfReadOnly()
    {
        if (IsReadOnly)
        {
            throw new InvalidOperationException("This index store was opened read-only.");
        }
    }
}
