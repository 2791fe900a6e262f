using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace PiaSearch.Search.Catalog;

/// <summary>
/// The source of truth: the original bytes of every ingested document, content-addressed
/// (<c>blobs/ab/abcdef….bin</c> named by SHA-256), and one metadata file per document (<c>meta/{id}.json</c>).
/// Every file is written durably (temporary file, flush, atomic rename) before the document's rows are committed
/// to the index, so the index can always be rebuilt from here. Only the process that holds the index's writer
/// lock writes to the store. Uploads are spooled in <c>tmp/</c>, which is emptied when the store opens.
/// </summary>
public sealed partial class DocumentStore
{
    private const string BlobFolder = "blobs";
    private const string MetaFolder = "meta";
    private const string TempFolder = "tmp";
    private const string MetaSuffix = ".json";

    private readonly System.Threading.Lock _lock = new();
    private readonly ILogger _logger;
    private Dictionary<string, StoredDocument> _documents;

    private DocumentStore(string root, Dictionary<string, StoredDocument> documents, ILogger logger)
    {
        Root = root;
        _documents = documents;
        _logger = logger;
    }

    /// <summary>The store's folder.</summary>
    public string Root { get; }

    /// <summary>True when no document is stored (the corpus folder then seeds the store).</summary>
    public bool IsEmpty
    {
        get
        {
            lock (_lock)
            {
                return _documents.Count == 0;
            }
        }
    }

    /// <summary>The stored documents, in id order.</summary>
    public IReadOnlyList<StoredDocument> Documents
    {
        get
        {
            lock (_lock)
            {
                return [.. _documents.Values.OrderBy(d => d.Id, StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>Opens (or creates) the store in <paramref name="folder"/>, removing temporary files an interrupted upload left.</summary>
    /// <remarks>O(documents) to read the metadata files.</remarks>
    public static DocumentStore Open(string folder, ILogger<DocumentStore>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var root = Path.GetFullPath(folder);
        var log = (ILogger?)logger ?? NullLogger.Instance;
        Directory.CreateDirectory(Path.Combine(root, BlobFolder));
        Directory.CreateDirectory(Path.Combine(root, MetaFolder));
        var temp = Directory.CreateDirectory(Path.Combine(root, TempFolder));
        var swept = 0;
        foreach (var stale in temp.EnumerateFiles())
        {
            stale.Delete();
            swept++;
        }

        if (swept > 0)
        {
            LogSwept(log, swept, temp.FullName);
        }

        var store = new DocumentStore(root, ReadAll(root, log, readOnly: false), log);
        store.DropOrphans();
        return store;
    }

    /// <summary>
    /// Reads the store another process writes, changing nothing (for a backup taken from outside the writer).
    /// Its documents are those of the moment it was read; a blob may vanish afterwards if that process replaces it.
    /// </summary>
    public static DocumentStore OpenReadOnly(string folder)
    {
        var root = Path.GetFullPath(folder);
        var documents = Directory.Exists(Path.Combine(root, MetaFolder)) ? ReadAll(root, NullLogger.Instance, readOnly: true) : [];
        return new DocumentStore(root, documents, NullLogger.Instance);
    }

    /// <summary>The stored document with this id, or null.</summary>
    public StoredDocument? Find(string id)
    {
        lock (_lock)
        {
            return _documents.GetValueOrDefault(id);
        }
    }

    /// <summary>Spools <paramref name="content"/> to a temporary file (flushed to disk) while hashing it.</summary>
    /// <remarks>O(bytes).</remarks>
    public async Task<StagedContent> StageAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var path = NewTempPath();
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long length = 0;
            await using (var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            {
                var buffer = new byte[64 * 1024];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    length += read;
                }

                output.Flush(flushToDisk: true);
            }

            return new StagedContent(path, Convert.ToHexStringLower(hash.GetHashAndReset()), length);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    /// <summary>Spools a file, as <see cref="StageAsync"/> does a stream.</summary>
    public StagedContent StageFile(string file)
    {
        using var input = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
#pragma warning disable RS0030 // Seeding (start-up, admin job) and the CLI, never a request; a local FileStream's reads complete synchronously anyway.
        return StageAsync(input, CancellationToken.None).GetAwaiter().GetResult();
#pragma warning restore RS0030
    }

    /// <summary>
    /// Keeps staged bytes as the document described by <paramref name="description"/> (its hash and length are
    /// taken from <paramref name="staged"/>): the blob, then the metadata, each durable before this returns.
    /// Returns the document it replaced, if any, so that a caller whose commit fails can put it back.
    /// </summary>
    public StoredDocument? Keep(StagedContent staged, StoredDocument description, out StoredDocument kept)
    {
        ArgumentNullException.ThrowIfNull(staged);
        ArgumentNullException.ThrowIfNull(description);
        DocumentIds.Validate(description.Id);
        kept = description with { Sha256 = staged.Sha256, Length = staged.Length };
        var blob = BlobPath(staged.Sha256);
        if (File.Exists(blob))
        {
            staged.Dispose(); // the same bytes are already stored
        }
        else
        {
            DurableFile.MoveInto(staged.Path, blob, overwrite: true);
        }

        return Put(kept);
    }

    /// <summary>Writes a document's metadata (its blob must be stored); returns the document it replaced.</summary>
    public StoredDocument? Put(StoredDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!File.Exists(BlobPath(document.Sha256)))
        {
            throw new InvalidOperationException($"No stored bytes {document.Sha256} for document {document.Id}.");
        }

        lock (_lock)
        {
            DurableFile.WriteAllBytes(MetaPath(document.Id), JsonSerializer.SerializeToUtf8Bytes(document, StoreJsonContext.Default.StoredDocument));
            var previous = _documents.GetValueOrDefault(document.Id);
            _documents = new Dictionary<string, StoredDocument>(_documents, StringComparer.Ordinal) { [document.Id] = document };
            return previous;
        }
    }

    /// <summary>Removes a document (metadata, then its bytes if no other document has the same); false if there was none.</summary>
    public bool Remove(string id)
    {
        lock (_lock)
        {
            if (!_documents.TryGetValue(id, out var removed))
            {
                return false;
            }

            File.Delete(MetaPath(id));
            DurableFile.FlushFolder(Path.Combine(Root, MetaFolder));
            var rest = new Dictionary<string, StoredDocument>(_documents, StringComparer.Ordinal);
            rest.Remove(id);
            _documents = rest;
            DropBlobIfUnused(removed.Sha256);
            return true;
        }
    }

    /// <summary>
    /// Deletes the bytes of a document <see cref="Keep"/> replaced, once its replacement is committed (they are kept
    /// until then so that <see cref="Undo"/> can put it back); bytes another document shares stay.
    /// </summary>
    public void Release(StoredDocument? replaced)
    {
        if (replaced is null)
        {
            return;
        }

        lock (_lock)
        {
            DropBlobIfUnused(replaced.Sha256);
        }
    }

    /// <summary>Puts back what <see cref="Keep"/> replaced (or removes the document if it replaced nothing), after a failed commit.</summary>
    public void Undo(string id, StoredDocument? previous)
    {
        if (previous is not null && File.Exists(BlobPath(previous.Sha256)))
        {
            Put(previous);
        }
        else
        {
            Remove(id);
        }
    }

    /// <summary>Opens a stored document's bytes.</summary>
    public FileStream OpenContent(StoredDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new FileStream(BlobPath(document.Sha256), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, FileOptions.SequentialScan);
    }

    /// <summary>True when the stored bytes still hash to their name (a check for backups and fault tests).</summary>
    /// <remarks>O(bytes).</remarks>
    public bool IsWhole(StoredDocument document)
    {
        var blob = BlobPath(document.Sha256);
        if (!File.Exists(blob))
        {
            return false;
        }

        using var stream = OpenContent(document);
        return stream.Length == document.Length && Convert.ToHexStringLower(SHA256.HashData(stream)) == document.Sha256;
    }

    /// <summary>
    /// Copies every document (metadata and bytes) into <paramref name="target"/>, durably. The caller keeps writers
    /// out while it runs (the index's batch gate), so the copy is one consistent state.
    /// </summary>
    /// <remarks>O(bytes stored).</remarks>
    public int CopyTo(string target)
    {
        var documents = Documents;
        foreach (var document in documents)
        {
            var blob = Path.Combine(target, Path.GetRelativePath(Root, BlobPath(document.Sha256)));
            if (!File.Exists(blob))
            {
                DurableFile.Copy(BlobPath(document.Sha256), blob);
            }

            DurableFile.Copy(MetaPath(document.Id), Path.Combine(target, MetaFolder, document.Id + MetaSuffix));
        }

        Directory.CreateDirectory(Path.Combine(target, TempFolder));
        DurableFile.FlushFolder(target);
        return documents.Count;
    }

    private string BlobPath(string sha256) => Path.Combine(Root, BlobFolder, sha256[..2], sha256 + ".bin");

    private string MetaPath(string id) => Path.Combine(Root, MetaFolder, id + MetaSuffix);

    /// <summary>The store's temp folder: partial uploads live here and are deleted when the store opens.</summary>
    public string TempPath => Path.Combine(Root, TempFolder);

    private string NewTempPath() => Path.Combine(Root, TempFolder, $"upload-{Guid.NewGuid():N}.part");

    private void DropBlobIfUnused(string sha256)
    {
        if (_documents.Values.Any(d => d.Sha256 == sha256))
        {
            return;
        }

        File.Delete(BlobPath(sha256));
    }

    /// <summary>Deletes blobs no metadata names: a crash between storing the bytes and writing the metadata, or before a release.</summary>
    private void DropOrphans()
    {
        var used = _documents.Values.Select(d => d.Sha256).ToHashSet(StringComparer.Ordinal);
        foreach (var blob in Directory.EnumerateFiles(Path.Combine(Root, BlobFolder), "*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(blob);
            if (name.StartsWith('.') || !used.Contains(Path.GetFileNameWithoutExtension(name)))
            {
                File.Delete(blob);
            }
        }
    }

    private static Dictionary<string, StoredDocument> ReadAll(string root, ILogger logger, bool readOnly)
    {
        var documents = new Dictionary<string, StoredDocument>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, MetaFolder), "*" + MetaSuffix))
        {
            if (Path.GetFileName(file).StartsWith('.'))
            {
                if (!readOnly)
                {
                    File.Delete(file); // a temporary file of an interrupted write: the rename never happened
                }

                continue;
            }

            try
            {
                var document = JsonSerializer.Deserialize(File.ReadAllBytes(file), StoreJsonContext.Default.StoredDocument);
                if (document is null || !DocumentIds.IsValid(document.Id) || string.IsNullOrEmpty(document.Sha256))
                {
                    LogUnreadable(logger, file, "no id or hash");
                    continue;
                }

                documents[document.Id] = document;
            }
            catch (JsonException ex)
            {
                LogUnreadable(logger, file, ex.Message);
            }
        }

        return documents;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {Count} temporary files an interrupted upload left in {Folder}")]
    private static partial void LogSwept(ILogger logger, int count, string folder);

    [LoggerMessage(Level = LogLevel.Error, Message = "The document store's metadata file {File} is unreadable ({Reason}); that document is skipped")]
    private static partial void LogUnreadable(ILogger logger, string file, string reason);
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(StoredDocument))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
