using System.ComponentModel.DataAnnotations;

namespace PiaSearch.Search.Indexing;

/// <summary>Where the index, the document store and backups live, and which folder of change logs seeds an empty store (configuration section "Index").</summary>
public sealed class IndexOptions
{
    public const string SectionName = "Index";

    /// <summary>Folder of the Lucene index. Relative paths are resolved against the content root.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "index-data/index";

    /// <summary>Folder whose change logs seed the document store when it is empty.</summary>
    [Required(AllowEmptyStrings = false)]
    public string CorpusPath { get; set; } = "index-data/corpus";

    /// <summary>Folder of the document store (the source of truth); by default <c>documents</c> next to the index folder.</summary>
    public string? DocumentsPath { get; set; }

    /// <summary>Folder POST /api/admin/backup writes backups into; by default <c>backups</c> next to the index folder.</summary>
    public string? BackupPath { get; set; }

    /// <summary>The folder named <paramref name="name"/> next to the index folder <paramref name="indexPath"/>.</summary>
    public static string Beside(string indexPath, string name) =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(indexPath).TrimEnd(System.IO.Path.DirectorySeparatorChar)) ?? ".", name);
}
