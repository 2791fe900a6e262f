namespace PiaSearch.Search.Indexing;

/// <summary>Another process (the API, another <c>pia</c> command) writes the index: only one writer is allowed.</summary>
public sealed class IndexLockedException(string path, Exception inner)
    : IOException(
        $"索引は別のプロセスが書き込み中です / The index at {path} is locked by another process " +
        "(is the PiaSearch API or another 'pia' command writing it?). " +
        "Only one process may write an index: stop it first, or add documents through the API (POST /api/documents).",
        inner)
{
    public string IndexPath { get; } = path;
}
