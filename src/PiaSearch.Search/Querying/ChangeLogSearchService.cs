using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using PiaSearch.CrossReference.Understanding;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Text;
using PiaSearch.Search.Expansion;
using PiaSearch.Search.Highlighting;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Querying;

/// <summary>
/// Searches the change-log index: query, filters, facets, highlights and paging. A search collects hits for at
/// most <see cref="TimeLimit"/>; past it, it answers with what it found so far and says so
/// (<see cref="SearchResults.Partial"/>). Cost: the postings of the query's terms (the syntax is bounded by
/// <see cref="QuerySyntaxLimits"/>), plus the page's highlights, each over at most a cell's capped length.
/// </summary>
/// <param name="store">The index.</param>
/// <param name="cacheCapacity">How many recent results to keep until the next commit (0 to keep none).</param>
/// <param name="timeLimit">How long one search may collect hits; null for <see cref="DefaultTimeLimit"/>.</param>
public sealed partial class ChangeLogSearchService(IndexStore store, int cacheCapacity = ChangeLogSearchService.DefaultCacheCapacity, TimeSpan? timeLimit = null)
{
    public const int DefaultCacheCapacity = 1000;

    /// <summary>One second: far above what a real query takes (tens of milliseconds on a million rows).</summary>
    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(1);

    private readonly QueryFactory _queries = new(store.Analyzers);
    private readonly SearchResultCache _cache = new(cacheCapacity);

    /// <summary>The documents the index holds now, with their municipalities.</summary>
    public Catalog.DocumentCatalog Catalog => store.Catalog;

    /// <summary>How long one search (both readings of its text together) may collect hits.</summary>
    public TimeSpan TimeLimit { get; } = timeLimit ?? DefaultTimeLimit;

    /// <summary>Finds the expansions of a query's words; null searches every query as typed.</summary>
    public IQueryExpander? Expander { get; init; }

    /// <summary>The clock the time limit is measured on, in milliseconds (Lucene's shared timer thread; a test's own).</summary>
    internal Counter Clock { get; init; } = TimeLimitingCollector.GlobalCounter;

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
        var started = Stopwatch.GetTimestamp();
        var (words, expansions) = request.Analysis == SearchAnalysis.Bigrams ? ([], []) : ExpansionsOf(request);
        var key = request with { EntryIds = null, Documents = null, ExpansionKey = KeyOf(expansions) };
        if (_cache.TryGet(key, generation, out var cached))
        {
            return cached;
        }

        if (string.IsNullOrWhiteSpace(request.Query))
        {
            // Listing what the filters keep (the rows that mention an entity): newest first unless asked otherwise.
            var listed = Run(
                request with { Sort = request.Sort == SearchSort.Relevance ? SearchSort.Newest : request.Sort },
                new ParsedQuery(new MatchAllDocsQuery(), new QueryInterpretation(string.Empty, PlainText: false)),
                TimeLimit);
            Remember(key, generation, listed);
            return listed;
        }

        var results = expansions.Count == 0
            ? Run(request, _queries.Build(request.Query, analysis: request.Analysis), TimeLimit)
            : RunExpanded(request, words, expansions, TimeLimit);
        if (results.Total == 0 && !results.Partial && SpacedReading(request, results.Interpretation) is { } spaced)
        {
            // Nothing for the words read as one (認証パスワード): read the spaces as separators instead, in the time left.
            var left = TimeLimit - Stopwatch.GetElapsedTime(started);
            results = left > TimeSpan.Zero ? Run(request, spaced, left) : results with { Partial = true };
        }

        Remember(key, generation, results);
        return results;
    }

    /// <summary>
    /// Reads what every search needs once per segment (the facet values and their sets, the change rows' set, the
    /// norms and term indexes of a common word) and compiles the search path, so that the first person to search after
    /// a start is not the one who pays for it. Nothing is kept in the result cache. Cost: one pass over each facet
    /// field's values (about a second on 1,000,000 rows, 2 cores), once per start.
    /// </summary>
    public void WarmUp()
    {
        var request = new SearchRequest { Query = string.Empty, Size = 1 };
        Run(request with { Sort = SearchSort.Newest }, new ParsedQuery(new MatchAllDocsQuery(), new QueryInterpretation(string.Empty, PlainText: false)), TimeLimit);
        Run(request with { Query = "情報" }, _queries.Build("情報"), TimeLimit);
    }

    /// <summary>A partial answer is not kept: the next asker may get the whole one.</summary>
    private void Remember(SearchRequest key, long generation, SearchResults results)
    {
        if (!results.Partial)
        {
            _cache.Add(key, generation, results);
        }
    }

    private SearchResults Run(SearchRequest request, ParsedQuery parsed, TimeSpan limit)
    {
        var window = request.Page * request.Size;
        var query = FilterFactory.Apply(parsed.Query, request);
        var started = Stopwatch.GetTimestamp();
        return store.WithSearcher(searcher =>
        {
            // Out of time, what was collected so far is a true (if incomplete) answer: the hits found, counted.
            var (top, facets, partial) = TopAndFacets(searcher, query, SortFor(request.Sort), window, limit);
            var highlighter = new HitHighlighter(store.Analyzers, parsed.Query);
            var hits = top.Page((request.Page - 1) * request.Size, request.Size).Select(d => HitOf(searcher, highlighter, d)).ToList();
            var counted = Counted(searcher, facets, parsed, request, top.TotalHits, partial, limit - Stopwatch.GetElapsedTime(started));
            return new SearchResults(top.TotalHits, request.Page, request.Size, hits, counted, parsed.Interpretation) { Partial = partial };
        });
    }

    /// <summary>The top hits of a query, and its facets over every hit, collected on two threads when the server is otherwise idle.</summary>
    private (TopHits Top, FacetCountingCollector Facets, bool Partial) TopAndFacets(IndexSearcher searcher, Query query, Sort sort, int window, TimeSpan limit)
    {
        var (sides, partial) = SplitSearch.Run(
            searcher,
            query,
            () => (Top: TopHits.Collector(sort, window), Facets: new FacetCountingCollector(IndexFields.FacetFields)),
            side => MultiCollector.Wrap(side.Top, side.Facets),
            Clock,
            limit);
        return (TopHits.Of(sort, sides.Select(s => s.Top).ToList()), FacetCountingCollector.Combine(sides.Select(s => s.Facets).ToList()), partial);
    }

    /// <summary>The spaces-as-separators reading of the query (認証 パスワード), when it differs from the reading searched.</summary>
    private ParsedQuery? SpacedReading(SearchRequest request, QueryInterpretation searched) =>
        _queries.Build(request.Query, keepSpaces: true, request.Analysis) is { } spaced && spaced.Interpretation.Normalized != searched.Normalized
            ? spaced
            : null;

    /// <summary>A hit of the page: its row read back, highlighted, scored.</summary>
    private static SearchHit HitOf(IndexSearcher searcher, HitHighlighter highlighter, ScoreDoc doc)
    {
        var entry = ChangeEntryDocuments.ToEntry(searcher.Doc(doc.Doc));
        var highlighted = highlighter.Highlight(entry);
        return new SearchHit(entry, float.IsNaN(doc.Score) ? 0 : doc.Score, highlighted.Fragments) { WholeWord = highlighted.WholeWord };
    }

    /// <summary>The facets counted over every hit, with the kind facet counting both kinds when the search ran whole.</summary>
    private IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Counted(
        IndexSearcher searcher, FacetCountingCollector facets, ParsedQuery searched, SearchRequest request, int total, bool partial, TimeSpan left)
    {
        var counted = facets.Result();
        return !partial && CountOtherKind(searcher, searched, request, left) is { } other ? WithKinds(counted, request, total, other) : counted;
    }

    /// <summary>
    /// How many rows of the other kind the words match (an unscored count), within the same time limit as the search;
    /// null when it would take longer, so that the kind facet never doubles a request's worst-case time.
    /// </summary>
    private int? CountOtherKind(IndexSearcher searcher, ParsedQuery parsed, SearchRequest request, TimeSpan limit)
    {
        var count = new TotalHitCountCollector();
        return TimedSearch.Run(searcher, FilterFactory.Apply(parsed.Query, request with { Kind = Other(request.Kind) }), count, Clock, limit) ? null : count.TotalHits;
    }

    private static EntryKind Other(EntryKind? kind) => kind == EntryKind.Section ? EntryKind.Change : EntryKind.Section;

    /// <summary>
    /// The kind facet counts both kinds, the one searched and the other (counted with a second, unscored pass), so that
    /// a change search says how many section fields the words also match.
    /// </summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> WithKinds(IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> facets, SearchRequest request, int searched, int other)
    {
        var kinds = new List<FacetCount>();
        foreach (var (kind, count) in new[] { (request.Kind ?? EntryKind.Change, searched), (Other(request.Kind), other) }.OrderBy(k => k.Item1))
        {
            if (count > 0)
            {
                kinds.Add(new FacetCount(kind.Label(), count));
            }
        }

        return new Dictionary<string, IReadOnlyList<FacetCount>>(facets, StringComparer.Ordinal) { [IndexFields.Kind] = kinds };
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
