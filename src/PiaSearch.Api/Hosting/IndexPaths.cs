using Microsoft.Extensions.Options;
using PiaSearch.Search.Analysis;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Api.Hosting;

/// <summary>The configured index and corpus folders and user dictionary as absolute paths (relative ones are taken from the content root).</summary>
public sealed class IndexPaths(IOptions<IndexOptions> options, IOptions<MorphologyOptions> morphology, IHostEnvironment environment)
{
    public string Index { get; } = Resolve(options.Value.Path, environment.ContentRootPath);

    public string Corpus { get; } = Resolve(options.Value.CorpusPath, environment.ContentRootPath);

    /// <summary>The user dictionary file, or null when none is configured.</summary>
    public string? UserDictionary { get; } = string.IsNullOrWhiteSpace(morphology.Value.UserDictionaryPath)
        ? null
        : Resolve(morphology.Value.UserDictionaryPath, environment.ContentRootPath);

    private static string Resolve(string path, string root) =>
        Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(root, path));
}
