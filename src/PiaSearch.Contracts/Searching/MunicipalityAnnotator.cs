using PiaSearch.Search.Catalog;

namespace PiaSearch.Contracts.Searching;

/// <summary>
/// Names each hit's municipality and evaluation (from the catalog, not a file id), and adds the municipality facet:
/// the document facet's counts summed per municipality. O(hits on the page + documents in the document facet).
/// </summary>
public static class MunicipalityAnnotator
{
    public const string Facet = "municipality";

    public static SearchResponse Annotate(SearchResponse response, DocumentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(catalog);
        var hits = response.Hits.Select(h => catalog.Find(h.Document) is { } record
            ? h with { Municipality = record.Municipality, Evaluation = record.Evaluation }
            : h).ToList();
        var facets = new Dictionary<string, IReadOnlyList<FacetValueDto>>(response.Facets, StringComparer.Ordinal);
        if (response.Facets.TryGetValue(PiaSearch.Search.Indexing.IndexFields.Document, out var documents))
        {
            facets[Facet] = documents
                .Select(d => (Municipality: catalog.Find(d.Value)?.Municipality, d.Count))
                .Where(d => !string.IsNullOrWhiteSpace(d.Municipality))
                .GroupBy(d => d.Municipality!, StringComparer.Ordinal)
                .Select(g => new FacetValueDto(g.Key, g.Sum(d => d.Count)))
                .OrderByDescending(v => v.Count)
                .ThenBy(v => v.Value, StringComparer.Ordinal)
                .ToList();
        }

        return response with { Hits = hits, Facets = facets };
    }
}
