using PiaSearch.Search.Catalog;

namespace PiaSearch.Search.Indexing;

/// <summary>
/// How an index root is laid out: <c>pia.lock</c> (the one-writer lock), <c>current</c> (a one-line file naming
/// the active index folder, replaced atomically) and the index folders <c>gen-000001</c>, <c>gen-000002</c>…
/// A rebuild writes a new folder while the active one serves and then rewrites <c>current</c>; a root without
/// <c>current</c> but with segment files is an index written before this layout, served from the root itself.
/// </summary>
internal static class IndexLayout
{
    public const string LockFile = "pia.lock";
    public const string CurrentFile = "current";
    public const string Legacy = ".";
    private const string Prefix = "gen-";

    /// <summary>The active folder's name: from <c>current</c>, <see cref="Legacy"/> for an old layout, null for a new root.</summary>
    public static string? ReadCurrent(string root)
    {
        var pointer = Path.Combine(root, CurrentFile);
        if (File.Exists(pointer))
        {
            var name = File.ReadAllText(pointer).Trim();
            if (IsGenerationName(name))
            {
                return name;
            }
        }

        return Directory.EnumerateFiles(root, "segments*").Any() ? Legacy : null;
    }

    /// <summary>Points <c>current</c> at <paramref name="name"/>, atomically and durably.</summary>
    public static void WriteCurrent(string root, string name) => DurableFile.WriteAllText(Path.Combine(root, CurrentFile), name + "\n");

    /// <summary>A folder name after every existing one.</summary>
    public static string NextName(string root)
    {
        var last = Directory.EnumerateDirectories(root, Prefix + "*")
            .Select(Path.GetFileName)
            .Where(n => n is not null && IsGenerationName(n))
            .Select(n => int.Parse(n![Prefix.Length..], System.Globalization.CultureInfo.InvariantCulture))
            .DefaultIfEmpty(0)
            .Max();
        return $"{Prefix}{last + 1:D6}";
    }

    public static string FolderOf(string root, string name) => name == Legacy ? root : Path.Combine(root, name);

    /// <summary>Deletes every index folder but the active one (and an old-layout index in the root once it is not active).</summary>
    public static void RemoveInactive(string root, string active)
    {
        foreach (var folder in Directory.EnumerateDirectories(root, Prefix + "*"))
        {
            if (Path.GetFileName(folder) != active)
            {
                TryDelete(() => Directory.Delete(folder, recursive: true));
            }
        }

        if (active != Legacy)
        {
            foreach (var file in Directory.EnumerateFiles(root))
            {
                var name = Path.GetFileName(file);
                if (name.StartsWith("segments", StringComparison.Ordinal) || name.StartsWith('_') || name == "write.lock")
                {
                    TryDelete(() => File.Delete(file));
                }
            }
        }
    }

    private static bool IsGenerationName(string name) =>
        name.StartsWith(Prefix, StringComparison.Ordinal) && name.Length > Prefix.Length && name[Prefix.Length..].All(char.IsAsciiDigit);

    private static void TryDelete(Action delete)
    {
        try
        {
            delete();
        }
        catch (IOException)
        {
            // Removed at the next switch.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
