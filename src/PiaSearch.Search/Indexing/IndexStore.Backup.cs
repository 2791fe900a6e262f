using Lucene.Net.Index;
using Lucene.Net.Store;
using PiaSearch.Search.Catalog;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace PiaSearch.Search.Indexing;

/// <summary>Online backup of the last commit, and restore of a backup into an index root.</summary>
public sealed partial class IndexStore
{
    /// <summary>
    /// Copies the last commit into <paramref name="target"/> (as an index root with its own <c>current</c>) while
    /// searches go on. Batches wait while it runs; the commit's files are protected by a snapshot of the deletion
    /// policy. <paramref name="whileHeld"/> runs first, with writes held, to copy what must match this commit.
    /// </summary>
    /// <remarks>O(index bytes).</remarks>
    public IndexBackupResult Backup(string target, Action? whileHeld = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
#pragma warning disable RS0030 // Backups run in the CLI and as background jobs of the API, never on a request thread.
        _batchGate.Wait(cancellationToken);
#pragma warning restore RS0030
        try
        {
            whileHeld?.Invoke();
            SnapshotDeletionPolicy policy;
            IndexCommit commit;
            LuceneDirectory source;
            _writerLock.EnterReadLock();
            try
            {
                policy = _snapshots;
                source = _directory;
                commit = policy.Snapshot();
            }
            finally
            {
                _writerLock.ExitReadLock();
            }

            try
            {
                var name = $"gen-{1:D6}";
                var folder = Path.Combine(Path.GetFullPath(target), name);
                System.IO.Directory.CreateDirectory(folder);
                long bytes = 0;
                var files = commit.FileNames.ToList();
                using (var copy = FSDirectory.Open(new DirectoryInfo(folder)))
                {
                    foreach (var file in files)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        source.Copy(copy, file, file, IOContext.DEFAULT);
                        bytes += copy.FileLength(file);
                    }

                    copy.Sync(files);
                }

                IndexLayout.WriteCurrent(Path.GetFullPath(target), name);
                return new IndexBackupResult(files.Count, bytes, _catalog.Documents.Count, Count);
            }
            finally
            {
                policy.Release(commit);
            }
        }
        finally
        {
            _batchGate.Release();
        }
    }

    /// <summary>
    /// Replaces the index under <paramref name="root"/> with a copy of the backup index root <paramref name="backup"/>:
    /// copied into a new folder, then switched to. Fails with <see cref="IndexLockedException"/> while another process writes it.
    /// <paramref name="whileLocked"/> runs first, under the writer lock (to restore the document store with it).
    /// </summary>
    public static int Restore(string backup, string root, Action? whileLocked = null)
    {
        var source = Path.GetFullPath(backup);
        var sourceFolder = IndexLayout.ReadCurrent(source) is { } current ? IndexLayout.FolderOf(source, current)
            : throw new DirectoryNotFoundException($"No backed-up index in {source}.");
        var target = Path.GetFullPath(root);
        System.IO.Directory.CreateDirectory(target);
        using var processLock = IndexWriterLock.Acquire(target);
        whileLocked?.Invoke();
        var name = IndexLayout.NextName(target);
        var folder = Path.Combine(target, name);
        var files = System.IO.Directory.GetFiles(sourceFolder).Where(f => Path.GetFileName(f) != "write.lock").ToList();
        foreach (var file in files)
        {
            DurableFile.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        DurableFile.FlushFolder(folder);
        IndexLayout.WriteCurrent(target, name);
        IndexLayout.RemoveInactive(target, name);
        return files.Count;
    }

    /// <summary>
    /// Copies the latest commit of the index under <paramref name="root"/> (written by another process) into the
    /// index root <paramref name="target"/>, then opens the copy to check it. Throws <see cref="FileNotFoundException"/>
    /// when the writer deleted a file of that commit meanwhile (try again).
    /// </summary>
    internal static (int Files, long Bytes, int Rows) CopyLatestCommit(string root, string target)
    {
        var source = Path.GetFullPath(root);
        var current = IndexLayout.ReadCurrent(source) ?? throw new DirectoryNotFoundException($"No index at {source}.");
        using var directory = FSDirectory.Open(new DirectoryInfo(IndexLayout.FolderOf(source, current)));
        var commit = DirectoryReader.ListCommits(directory).OrderBy(c => c.Generation).Last();
        var name = $"gen-{1:D6}";
        var folder = Path.Combine(Path.GetFullPath(target), name);
        System.IO.Directory.CreateDirectory(folder);
        var files = commit.FileNames.ToList();
        long bytes = 0;
        using (var copy = FSDirectory.Open(new DirectoryInfo(folder)))
        {
            foreach (var file in files)
            {
                directory.Copy(copy, file, file, IOContext.DEFAULT);
                bytes += copy.FileLength(file);
            }

            copy.Sync(files);
            using var check = DirectoryReader.Open(copy);
            IndexLayout.WriteCurrent(Path.GetFullPath(target), name);
            return (files.Count, bytes, check.NumDocs);
        }
    }
}
