using System.Globalization;
using PiaSearch.Api.Contracts;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Querying;

namespace PiaSearch.Api.Exports;

/// <summary>
/// Links from an exported row back to it on the search page: the same search, the page the row is on (100 rows a
/// page), and the row's anchor, which the page scrolls to. Past the page window the link narrows the search to the
/// row's change log instead.
/// </summary>
public sealed class RowLinks
{
    private const int PageSize = 100;
    private readonly string _origin;
    private readonly string _query;

    public RowLinks(HttpRequest request, SearchParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(parameters);
        _origin = $"{request.Scheme}://{request.Host}";
        var pairs = new (string Key, string? Value)[]
        {
            ("q", parameters.Q), ("from", SearchParameters.Iso(parameters.From)), ("to", SearchParameters.Iso(parameters.To)), ("municipality", parameters.Municipality),
            ("kind", parameters.Kind), ("file", parameters.File), ("chapter", parameters.Chapter), ("timing", parameters.Timing), ("entity", parameters.Entity),
            ("entityType", parameters.EntityType), ("sort", parameters.Sort),
        };
        _query = string.Join('&', pairs.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!.Trim())}"));
        Document = parameters.Document;
    }

    private string? Document { get; }

    /// <summary>The link to <paramref name="entry"/>, the <paramref name="position"/>-th row (0-based) of the export.</summary>
    public string For(ChangeEntry entry, int position)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var page = (position / PageSize) + 1;
        var anchor = $"#row-{Uri.EscapeDataString(entry.DocumentId)}-{entry.Line.ToString(CultureInfo.InvariantCulture)}";
        var parts = new List<string>();
        if (_query.Length > 0)
        {
            parts.Add(_query);
        }

        if (page * PageSize <= SearchRequest.MaxResultWindow)
        {
            if (!string.IsNullOrWhiteSpace(Document))
            {
                parts.Add($"document={Uri.EscapeDataString(Document.Trim())}");
            }

            parts.Add($"size={PageSize}");
            if (page > 1)
            {
                parts.Add($"page={page.ToString(CultureInfo.InvariantCulture)}");
            }
        }
        else
        {
            parts.Add($"document={Uri.EscapeDataString(entry.DocumentId)}");
            parts.Add($"size={PageSize}");
        }

        return $"{_origin}/?{string.Join('&', parts)}{anchor}";
    }
}
