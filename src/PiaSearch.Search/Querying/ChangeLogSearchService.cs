using Lucene.Net.Index;
using Lucene.Net.Search;
using PiaSearch.Search.Highlighting;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Querying;

/// <summary>Searches the change-log index: query, filters, facets, highlights and paging.</summary>
/// <param name="store">The index.</param>
/// <param name="cacheCapacity">How many recent results to keep until the next commit (0 to keep none).</param>
public sealed class ChangeLogSearchService(IndexStore store, int cacheCapacity = ChangeLogSearchService.DefaultCacheCapacity)
{
    public const int DefaultCacheCapacity = 1000;

    private readonly QueryFactory _queries = new(store.Analyzers);
    private readonly SearchResultCache _cache = new(cacheCapacity);

    /// <summary>The documents the index holds now, with their municipalities.</summary>
    public Catalog.DocumentCatalog Catalog => store.Catalog;

    public SearchResults Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Size, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.Size, SearchRequest.MaxPageSize);
        var window = request.Page * request.Size;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(window, SearchRequest.MaxResultWindow);

        // The generation is read before searching: a commit in between only makes the entry expire early.
        var generation = store.Generation;
        var key = request with { EntryIds = null, Documents = null };
        if (_cache.TryGet(key, generation, out var cached))
        {
            return cached;
        }

        if (string.IsNullOrWhiteSpace(request.Query))
        {
            // Listing what the filters keep (the rows that mention an entity): newest first unless asked otherwise.
            var listed = Run(request with { Sort = request.Sort == SearchSort.Relevance ? SearchSort.Newest : request.Sort }, new ParsedQuery(new MatchAllDocsQuery(), new QueryInterpretation(string.Empty, PlainText: false)));
            _cache.Add(key, generation, listed);
            return listed;
        }

        var results = Run(request, _queries.Build(request.Query));
        if (results.Total == 0 && _queries.Build(request.Query, keepSpaces: true) is { } spaced
            && spaced.Interpretation.Normalized != results.Interpretation.Normalized)
        {
            // Nothing for the words read as one (認証パスワード): read the spaces as separators instead.
            results = Run(request, spaced);
        }

        _cache.Add(key, generation, results);
        return results;
    }

    private SearchResults Run(SearchRequest request, ParsedQuery parsed)
    {
        var window = request.Page * request.Size;
        var query = FilterFactory.Apply(parsed.Query, request);
        return store.WithSearcher(searcher =>
        {
            var top = TopFieldCollector.Create(SortFor(request.Sort), window, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
            var facets = new FacetCountingCollector(IndexFields.FacetFields);
            searcher.Search(query, MultiCollector.Wrap(top, facets));
            var docs = top.GetTopDocs((request.Page - 1) * request.Size, request.Size);
            var highlighter = new HitHighlighter(store.Analyzers, parsed.Query);
            var hits = docs.ScoreDocs
                .Select(d =>
                {
                    var entry = ChangeEntryDocuments.ToEntry(searcher.Doc(d.Doc));
                    var highlighted = highlighter.Highlight(entry);
                    return new SearchHit(entry, float.IsNaN(d.Score) ? 0 : d.Score, highlighted.Fragments) { WholeWord = highlighted.WholeWord };
                })
                .ToList();
            return new SearchResults(top.TotalHits, request.Page, request.Size, hits, facets.Result(), parsed.Interpretation);
        });
    }

    /// <summary>The values a facet field has in the index, for validating filters and listing choices.</summary>
    public IReadOnlyList<string> KnownValues(string field)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        return store.WithSearcher(searcher =>
        {
            var values = new List<string>();
            var terms = MultiFields.GetTerms(searcher.IndexReader, field);
            if (terms is null)
            {
                return values;
            }

            var termsEnum = terms.GetEnumerator();
            while (termsEnum.MoveNext())
            {
                values.Add(termsEnum.Term.Utf8ToString());
            }

            return values;
        });
    }

    private static Sort SortFor(SearchSort sort) => sort switch
    {
        SearchSort.Newest => new Sort(new SortField(IndexFields.DateSort, SortFieldType.INT64, reverse: true), SortField.FIELD_SCORE),
        SearchSort.Oldest => new Sort(new SortField(IndexFields.DateSort, SortFieldType.INT64, reverse: false), SortField.FIELD_SCORE),
        _ => new Sort(SortField.FIELD_SCORE, new SortField(IndexFields.DateSort, SortFieldType.INT64, reverse: true)),
    };
}
