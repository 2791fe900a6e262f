using PiaSearch.Search.Catalog;

namespace PiaSearch.Search.Indexing;

/// <summary>A commit has become visible to searches.</summary>
public sealed class IndexCommittedEventArgs(long generation, DocumentCatalog catalog) : EventArgs
{
    public long Generation { get; } = generation;

    public DocumentCatalog Catalog { get; } = catalog;
}
