using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PiaSearch.Search.Indexing;

/// <summary>
/// Lucene's searcher manager over a <see cref="DeadlineDirectoryReader"/>: a refresh reopens the wrapped reader (which
/// comes back wrapped), so the readers are wrapped once per refresh, not once per search. Lucene.Net 4.8's
/// <see cref="SearcherManager"/> cannot be given a reader, and rejects a factory that wraps the one it is given.
/// Reference-counted like it: a searcher acquired before a refresh stays usable until it is released.
/// </summary>
internal sealed class DeadlineSearcherManager : ReferenceManager<IndexSearcher>
{
    public DeadlineSearcherManager(DeadlineDirectoryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        Current = new IndexSearcher(reader);
    }

    protected override void DecRef(IndexSearcher reference) => reference.IndexReader.DecRef();

    protected override bool TryIncRef(IndexSearcher reference) => reference.IndexReader.TryIncRef();

    protected override int GetRefCount(IndexSearcher reference) => reference.IndexReader.RefCount;

    /// <summary>A searcher over the reader reopened at the latest changes, or null when there are none.</summary>
    protected override IndexSearcher RefreshIfNeeded(IndexSearcher referenceToRefresh) =>
        DirectoryReader.OpenIfChanged((DirectoryReader)referenceToRefresh.IndexReader) is { } reopened ? new IndexSearcher(reopened) : null!;
}
