using System.Text.Json;
using PiaSearch.Search.Catalog;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Ingest;

/// <summary>
/// Online backup and restore of the document store with the index. A backup folder holds <c>documents/</c> (the
/// store), <c>index/</c> (an index root with the last commit) and <c>backup.json</c>, written last: a folder
/// without it is an interrupted backup and is never restored.
/// </summary>
public static class StoreBackup
{
    public const string ManifestFile = "backup.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Backs up while searches go on (writes wait); <paramref name="target"/> must be new or empty.</summary>
    /// <remarks>O(stored bytes + index bytes).</remarks>
    public static BackupReport Create(IndexStore index, DocumentStore documents, TimeProvider time, string target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(documents);
        var root = Path.GetFullPath(target);
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            throw new IOException($"バックアップ先が空ではありません / The backup folder {root} is not empty.");
        }

        Directory.CreateDirectory(root);
        var stored = 0;
        var copied = index.Backup(Path.Combine(root, "index"), () => stored = documents.CopyTo(Path.Combine(root, "documents")), cancellationToken);
        var report = new BackupReport(root, stored, copied.Rows, copied.Files, copied.Bytes, time.GetUtcNow());
        DurableFile.WriteAllBytes(Path.Combine(root, ManifestFile), JsonSerializer.SerializeToUtf8Bytes(report, Json));
        DurableFile.FlushFolder(root);
        return report;
    }

    /// <summary>
    /// Backs up an index that another process (the API) is writing, without its lock: the files of its latest commit
    /// and the stored documents are copied by name, and the whole copy starts again if the writer deleted one of them
    /// meanwhile (a commit replaced it). The copy is opened once to check it and count its rows.
    /// </summary>
    /// <remarks>O(stored bytes + index bytes) per attempt.</remarks>
    public static BackupReport CreateFromOutside(string indexRoot, string documentsFolder, TimeProvider time, string target, int attempts = 5)
    {
        ArgumentNullException.ThrowIfNull(time);
        var root = Path.GetFullPath(target);
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            throw new IOException($"バックアップ先が空ではありません / The backup folder {root} is not empty.");
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var stored = DocumentStore.OpenReadOnly(documentsFolder).CopyTo(Path.Combine(root, "documents"));
                var (files, bytes, rows) = IndexStore.CopyLatestCommit(indexRoot, Path.Combine(root, "index"));
                var report = new BackupReport(root, stored, rows, files, bytes, time.GetUtcNow());
                DurableFile.WriteAllBytes(Path.Combine(root, ManifestFile), JsonSerializer.SerializeToUtf8Bytes(report, Json));
                DurableFile.FlushFolder(root);
                return report;
            }
            catch (FileNotFoundException) when (attempt < attempts)
            {
                Directory.Delete(root, recursive: true); // the writer moved on: copy its new state
            }
        }
    }

    /// <summary>
    /// Replaces the document store and the index with a backup's. The index must not be open elsewhere
    /// (<see cref="IndexLockedException"/>): stop the API first.
    /// </summary>
    /// <remarks>O(stored bytes + index bytes).</remarks>
    public static BackupReport Restore(string backup, string indexRoot, string documentsFolder)
    {
        var root = Path.GetFullPath(backup);
        var manifest = Path.Combine(root, ManifestFile);
        if (!File.Exists(manifest))
        {
            throw new InvalidDataException($"{root} は完全なバックアップではありません ({ManifestFile} がない) / {root} is not a complete backup (no {ManifestFile}).");
        }

        var report = JsonSerializer.Deserialize<BackupReport>(File.ReadAllBytes(manifest), Json)
            ?? throw new InvalidDataException($"{manifest} is empty.");
        IndexStore.Restore(Path.Combine(root, "index"), indexRoot, () => ReplaceFolder(Path.Combine(root, "documents"), Path.GetFullPath(documentsFolder)));
        return report;
    }

    /// <summary>Copies <paramref name="source"/> beside <paramref name="target"/>, then swaps the two folders by renames.</summary>
    private static void ReplaceFolder(string source, string target)
    {
        var parent = Path.GetDirectoryName(target.TrimEnd(Path.DirectorySeparatorChar))!;
        var incoming = $"{target}.restore-{Guid.NewGuid():N}";
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            DurableFile.Copy(file, Path.Combine(incoming, Path.GetRelativePath(source, file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(incoming, Path.GetRelativePath(source, folder)));
        }

        var outgoing = $"{target}.old-{Guid.NewGuid():N}";
        if (Directory.Exists(target))
        {
            Directory.Move(target, outgoing);
        }

        Directory.Move(incoming, target);
        DurableFile.FlushFolder(parent);
        if (Directory.Exists(outgoing))
        {
            Directory.Delete(outgoing, recursive: true);
        }
    }
}
