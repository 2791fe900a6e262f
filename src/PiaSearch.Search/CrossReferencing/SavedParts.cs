using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using PiaSearch.CrossReference.Model;

namespace PiaSearch.Search.CrossReferencing;

/// <summary>
/// The model's parts saved beside the index (a folder of one file per organisation, <see cref="ModelPartFile"/>), so that a
/// restart reads the parts of unchanged logs instead of rebuilding them from their rows. A cache: derived from the
/// documents, never the only copy of anything; a missing, old, damaged or foreign file is rebuilt from the rows, and
/// any failure to read or write one is logged and otherwise ignored. Files are written whole under a temporary name
/// and then renamed, so a reader (or a crash) never sees half a file. Safe to use from several threads.
/// </summary>
/// <param name="folder">The folder of the saved parts.</param>
/// <param name="logger">Where failures are logged.</param>
/// <param name="readOnly">True for a process that only reads the index (the CLI): it loads saved parts but never writes or removes one.</param>
internal sealed partial class SavedParts(string folder, ILogger logger, bool readOnly = false)
{
    /// <summary>The folder's name inside the index's root folder.</summary>
    public const string FolderName = "model-parts";

    private const string Extension = ".part";
    private const string TemporaryExtension = ".tmp";

    /// <summary>No saved part is shorter: its header alone (format, code version, checksum) is longer.</summary>
    private const int MinimumLength = 64;

    /// <summary>The saved part of an organisation, when there is one built from these logs by this code; else null.</summary>
    public ModelPart? TryLoad(string key, string fingerprint)
    {
        var path = PathOf(key);
        try
        {
            // Only a regular file of some size is opened: a FIFO put in its place would block the build for ever, a device never end.
            var file = new FileInfo(path);
            if (!file.Exists || file.Length < MinimumLength || file.LinkTarget is not null)
            {
                return null;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16);
            var part = ModelPartFile.TryRead(stream, fingerprint);
            if (part is null || part.Key != key)
            {
                LogStale(logger, key);
                return null;
            }

            return part;
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogFailed(logger, "read", path, e.Message);
            return null;
        }
    }

    /// <summary>Saves a part built from the logs the fingerprint describes, replacing the organisation's earlier one.</summary>
    public void Save(ModelPart part, string fingerprint)
    {
        if (readOnly)
        {
            return;
        }

        var path = PathOf(part.Key);
        var temporary = $"{path}.{Guid.NewGuid():N}{TemporaryExtension}";
        try
        {
            Directory.CreateDirectory(folder);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                ModelPartFile.Write(stream, part, fingerprint);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogFailed(logger, "write", path, e.Message);
            TryDelete(temporary);
        }
    }

    /// <summary>Removes the saved parts of organisations the index no longer holds, and temporary files a crash left behind.</summary>
    public void RemoveAllBut(IEnumerable<string> keys)
    {
        if (readOnly || !Directory.Exists(folder))
        {
            return;
        }

        var kept = keys.Select(PathOf).ToHashSet(StringComparer.Ordinal);
        try
        {
            foreach (var file in Directory.EnumerateFiles(folder))
            {
                var stale = file.EndsWith(Extension, StringComparison.Ordinal)
                    ? !kept.Contains(file)
                    : file.EndsWith(TemporaryExtension, StringComparison.Ordinal) && File.GetLastWriteTimeUtc(file) < DateTime.UtcNow.AddHours(-1);
                if (stale)
                {
                    TryDelete(file);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogFailed(logger, "list", folder, e.Message);
        }
    }

    /// <summary>The file of an organisation's part: named by a hash of its key (a municipality's name is not a safe file name).</summary>
    private string PathOf(string key) =>
        Path.Combine(folder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32] + Extension);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next clean-up.
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Cross-reference: the saved part of {Key} is not of these logs or this version; it is rebuilt")]
    private static partial void LogStale(ILogger logger, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cross-reference: could not {Action} saved parts at {Path}: {Reason}")]
    private static partial void LogFailed(ILogger logger, string action, string path, string reason);
}
