namespace PiaSearch.Search.Indexing;

/// <summary>The index folder cannot be read (a missing or corrupt file); the document store rebuilds it.</summary>
public sealed class IndexDamagedException(string path, Exception inner)
    : IOException($"索引が壊れています / The index at {path} is damaged ({inner.Message}). 'pia rebuild' rebuilds it from the document store; the API rebuilds it on start.", inner)
{
    public string IndexPath { get; } = path;
}
