using Microsoft.Extensions.Options;
using PiaSearch.Search.Analysis;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Api.Hosting;

/// <summary>The configured index, document store, backup and corpus folders and user dictionary as absolute paths (relative ones are taken from the content root).</summary>
public sealed class IndexPaths(IOptions<IndexOptions> options, IOptions<MorphologyOptions> morphology, IHostEnvironment environment)
{
    public string Index { get; } = Resolve(options.Value.Path, environment.ContentRootPath);

    public string Corpus { get; } = Resolve(options.Value.CorpusPath, environment.ContentRootPath);

    /// <summary>The document store: Index:DocumentsPath, else <c>documents</c> next to the index folder.</summary>
    public string Documents { get; } = string.IsNullOrWhiteSpace(options.Value.DocumentsPath)
        ? IndexOptions.Beside(Resolve(options.Value.Path, environment.ContentRootPath), "documents")
        : Resolve(options.Value.DocumentsPath, environment.ContentRootPath);

    /// <summary>Where POST /api/admin/backup writes: Index:BackupPath, else <c>backups</c> next to the index folder.</summary>
    public string Backups { get; } = string.IsNullOrWhiteSpace(options.Value.BackupPath)
        ? IndexOptions.Beside(Resolve(options.Value.Path, environment.ContentRootPath), "backups")
        : Resolve(options.Value.BackupPath, environment.ContentRootPath);

    /// <summary>The user dictionary file, or null when none is configured.</summary>
    public string? UserDictionary { get; } = string.IsNullOrWhiteSpace(morphology.Value.UserDictionaryPath)
        ? null
        : Resolve(morphology.Value.UserDictionaryPath, environment.ContentRootPath);

    private static string Resolve(string path, string root) =>
        Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(root, path));
}
