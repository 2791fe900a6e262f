using PiaSearch.Search.Catalog;

namespace PiaSearch.Api.Endpoints;

/// <summary>
/// What a caller is shown of where a document came from: anonymous callers see a file's name relative to the corpus
/// folder, never the server's absolute path; nobody sees credentials written into a source URL.
/// </summary>
public static class DocumentSources
{
    public static DocumentRecord ForCaller(DocumentRecord record, bool admin, string corpusFolder)
    {
        ArgumentNullException.ThrowIfNull(record);
        var source = WithoutUserInfo(record.Source);
        if (!admin && Path.IsPathFullyQualified(source))
        {
            source = Relative(source, corpusFolder);
        }

        return source == record.Source ? record : record with { Source = source };
    }

    /// <summary>An http(s) URL without its user:password@ part; anything else as it is.</summary>
    public static string WithoutUserInfo(string source)
    {
        if (!Uri.TryCreate(source, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || url.UserInfo.Length == 0)
        {
            return source;
        }

        return new UriBuilder(url) { UserName = string.Empty, Password = string.Empty }.Uri.ToString();
    }

    private static string Relative(string path, string corpusFolder)
    {
        var relative = Path.GetRelativePath(corpusFolder, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? Path.GetFileName(path)
            : relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
