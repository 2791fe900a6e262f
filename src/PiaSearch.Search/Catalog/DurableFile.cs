using System.Runtime.InteropServices;

namespace PiaSearch.Search.Catalog;

/// <summary>
/// Writes that survive a crash or a power cut whole or not at all: the bytes go to a temporary file in the same
/// folder, are flushed to the disk, and the file is renamed over the target (an atomic step on one file system);
/// the folder is flushed too so that the rename itself is on the disk.
/// </summary>
public static class DurableFile
{
    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> atomically and durably.</summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
            FlushFolder(folder);
        }
        finally
        {
            File.Delete(temp); // nothing to do after a successful move
        }
    }

    /// <summary>Writes <paramref name="text"/> (UTF-8) atomically and durably.</summary>
    public static void WriteAllText(string path, string text) => WriteAllBytes(path, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>Moves a file that is already flushed into place, atomically, and flushes the folder.</summary>
    public static void MoveInto(string source, string target, bool overwrite)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(target))!;
        Directory.CreateDirectory(folder);
        File.Move(source, target, overwrite);
        FlushFolder(folder);
    }

    /// <summary>Copies a file durably (temporary copy, flush, rename).</summary>
    public static void Copy(string source, string target)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(target))!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                input.CopyTo(output);
                output.Flush(flushToDisk: true);
            }

            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>True when <paramref name="exception"/> says the disk (or the quota) is full: ENOSPC/EDQUOT, ERROR_DISK_FULL/ERROR_HANDLE_DISK_FULL.</summary>
    public static bool IsDiskFull(IOException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        const int NoSpace = 28; // ENOSPC on Linux and macOS (.NET gives the raw errno as the HResult)
        var quota = OperatingSystem.IsMacOS() ? 69 : 122; // EDQUOT
        var code = exception.HResult;
        return OperatingSystem.IsWindows()
            ? code is unchecked((int)0x80070070) or unchecked((int)0x80070027) // ERROR_DISK_FULL, ERROR_HANDLE_DISK_FULL
            : code == NoSpace || code == quota;
    }

    /// <summary>Flushes a folder's entries (a rename, a new file) to the disk; a no-op where the OS cannot.</summary>
    public static void FlushFolder(string folder)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return; // Windows makes renames durable through NTFS's journal; it cannot open a folder for fsync
        }

        var fd = Open(System.Text.Encoding.UTF8.GetBytes(folder + "\0"), 0); // O_RDONLY, a NUL-terminated UTF-8 path
        if (fd < 0)
        {
            return;
        }

        try
        {
            _ = Fsync(fd);
        }
        finally
        {
            _ = Close(fd);
        }
    }

    [DllImport("libc", EntryPoint = "open")]
    private static extern int Open(byte[] path, int flags);

    [DllImport("libc", EntryPoint = "fsync")]
    private static extern int Fsync(int fd);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int Close(int fd);
}
