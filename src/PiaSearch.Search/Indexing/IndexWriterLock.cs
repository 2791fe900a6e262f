namespace PiaSearch.Search.Indexing;

/// <summary>
/// The one-writer rule: a lock file opened with <see cref="FileShare.None"/> and kept open while the process
/// writes the index. The OS holds the lock (flock on Linux and macOS, a share lock on Windows) and drops it when
/// the process ends, however it ends, so a killed writer never leaves a stale lock behind.
/// </summary>
internal sealed class IndexWriterLock : IDisposable
{
    private readonly FileStream _handle;

    private IndexWriterLock(FileStream handle) => _handle = handle;

    /// <summary>Takes the lock of the index root, or throws <see cref="IndexLockedException"/> at once.</summary>
    public static IndexWriterLock Acquire(string root)
    {
        var path = Path.Combine(root, IndexLayout.LockFile);
        try
        {
            return new IndexWriterLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None));
        }
        catch (IOException ex) when (ex is not (FileNotFoundException or DirectoryNotFoundException))
        {
            throw new IndexLockedException(root, ex);
        }
    }

    public void Dispose() => _handle.Dispose();
}
