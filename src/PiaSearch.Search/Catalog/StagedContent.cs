namespace PiaSearch.Search.Catalog;

/// <summary>
/// Bytes spooled to the document store's temporary folder, flushed and hashed, waiting to be kept
/// (<see cref="DocumentStore.Keep"/>) or dropped. Disposing deletes the file if it was not kept.
/// </summary>
public sealed class StagedContent : IDisposable
{
    internal StagedContent(string path, string sha256, long length)
    {
        Path = path;
        Sha256 = sha256;
        Length = length;
    }

    /// <summary>The temporary file.</summary>
    public string Path { get; }

    public string Sha256 { get; }

    public long Length { get; }

    /// <summary>Opens the bytes for reading.</summary>
    public FileStream OpenRead() => new(Path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, FileOptions.SequentialScan);

    public void Dispose()
    {
        try
        {
            File.Delete(Path);
        }
        catch (IOException)
        {
            // Swept at the next start.
        }
    }
}
