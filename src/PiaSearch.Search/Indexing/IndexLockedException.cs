namespace PiaSearch.Search.Indexing;

/// <summary>Another process (the API, another <c>pia index</c>) holds the index's write lock.</summary>
public sealed class IndexLockedException(string path, Exception inner)
    : IOException($"The index at {path} is locked by another process (is the PiaSearch API or another 'pia index' running?).", inner)
{
    public string IndexPath { get; } = path;
}
