using System.Diagnostics;
using Lucene.Net.Search;
using PiaSearch.CrossReference.Understanding;
using PiaSearch.Documents.Text;
using PiaSearch.Search.Highlighting;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Querying;

public sealed partial class ChangeLogSearchService
{
    private static readonly System.Buffers.SearchValues<char> SyntaxCharacters = System.Buffers.SearchValues.Create("+-&|!(){}[]^\"~*?:\\/");
    private static readonly string[] Operators = ["AND", "OR", "NOT", "TO"];

    /// <summary>A query of more distinct words than this is not expanded.</summary>
    private const int MaxExpandedWords = 8;

    /// <summary>At most this many expansions for a whole query, the best ranked first.</summary>
    private const int MaxExpansions = 48;

    /// <summary>
    /// The words of a plain query (no Lucene syntax) and their expansions, less those the request excludes; none when
    /// the request asks for a literal search or the query uses syntax (which says exactly what it wants).
    /// </summary>
    private (IReadOnlyList<string> Words, IReadOnlyList<QueryExpansion> Expansions) ExpansionsOf(SearchRequest request)
    {
        if (!request.Expand || string.IsNullOrWhiteSpace(request.Query))
        {
            return ([], []);
        }

        // Split where the asker put spaces before normalising, which joins Japanese words across spaces: 情報政策課 システム運用管理
        // is two words to expand, not one.
        var words = request.Query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(w => TextNormalizer.Normalize(w).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        if (words.Length == 0 || words.Length > MaxExpandedWords
            || words.Any(w => w.AsSpan().ContainsAny(SyntaxCharacters) || Operators.Contains(w, StringComparer.Ordinal)))
        {
            // Syntax says exactly what it wants; a query of very many words is searched as typed (each word's
            // expansions would multiply the clauses to build before any time limit applies).
            return ([], []);
        }

        var found = (Expander?.Expand(words, request.Municipality) ?? []).ToList();
        foreach (var word in words)
        {
            if (!found.Any(e => e.Word == word && e.EntityId is not null) && ContentWords.AreJoined(store.Analyzers.Query, word))
            {
                found.Add(new QueryExpansion(word, ExpansionKind.Words, word));
            }
        }

        var excluded = (request.Exclude ?? string.Empty).Split([',', '、'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(MatchExplainer.Comparable)
            .ToHashSet(StringComparer.Ordinal);
        var kept = found.Where(e => !excluded.Contains(MatchExplainer.Comparable(e.Term)))
            .DistinctBy(e => (e.Word, e.Kind, MatchExplainer.Comparable(e.Term), e.EntityId))
            .OrderBy(e => e.Kind.Rank())
            .Take(MaxExpansions)
            .ToList();
        return (words, kept);
    }

    private static string? KeyOf(IReadOnlyList<QueryExpansion> expansions) =>
        expansions.Count == 0
            ? null
            : string.Join('\u001f', expansions.Select(e => $"{e.Word}|{e.Kind}|{e.Term}|{e.EntityId}|{e.Since}|{e.Until}|{string.Join(',', e.Documents ?? [])}"));

    /// <summary>
    /// An expanded search. By relevance, two passes: the literal query exactly as an unexpanded search runs it (top hits,
    /// count, facets, its rows marked), then the rows only an expansion finds (<see cref="ExpandedQuery.Extra"/> less the
    /// marked rows: counted and faceted into the same totals, and sorted into their tiers by <see cref="TieredCollector"/>
    /// only when the literal rows do not fill the page). A row matching the words as typed always ranks above one that
    /// matches an expansion. The first pass costs what a literal search costs; the second, what the variants match
    /// (for one word, the variants alone). By date: one search of every tier's rows, in date order.
    /// </summary>
    private SearchResults RunExpanded(SearchRequest request, IReadOnlyList<string> words, IReadOnlyList<QueryExpansion> expansions, TimeSpan limit)
    {
        var literal = _queries.Build(request.Query);
        var expanded = ExpandedQuery.Build(literal.Query, words, expansions, store.Analyzers);
        if (request.Sort != SearchSort.Relevance)
        {
            var byDate = Run(request, literal with { Query = expanded.All }, limit);
            return byDate with
            {
                Hits = byDate.Hits.Select(h => h with { MatchedBy = MatchExplainer.Explain(h.Entry, literal: null, request.Query, words, expansions) }).ToList(),
                Expansions = expansions,
            };
        }

        var started = Stopwatch.GetTimestamp();
        TimeSpan Left() => limit - Stopwatch.GetElapsedTime(started);
        return store.WithSearcher(searcher =>
        {
            var window = request.Page * request.Size;
            var sort = SortFor(SearchSort.Relevance);
            var (top, facets, partial) = LiteralPass(searcher, literal, request, sort, window, Left());
            if (top.TotalHits == 0 && !partial && words.Count > 1 && SpacedReading(request, literal.Interpretation) is { } spaced)
            {
                // Nothing for the words read as one (情報政策課システム): the words as typed are read with their spaces, as an
                // unexpanded search does, and that reading is the literal tier the expansions rank below.
                literal = spaced;
                expanded = ExpandedQuery.Build(literal.Query, words, expansions, store.Analyzers);
                (top, facets, partial) = LiteralPass(searcher, literal, request, sort, window, Left());
            }

            var literalTotal = top.TotalHits;
            var extra = new TotalHitCountCollector();
            var wanted = window - Math.Min(window, literalTotal);
            var tiers = wanted > 0 ? new TieredCollector(searcher, expanded.Tiers.Skip(1).ToList(), sort, wanted) : null;
            if (!partial && expanded.Extra is { } extraRows)
            {
                var found = facets.HitsBySegment();
                var inner = tiers is null ? MultiCollector.Wrap(extra, facets) : MultiCollector.Wrap(extra, facets, tiers);
                partial = Collect(searcher, FilterFactory.Apply(ExceptRowsFilter.Around(extraRows, found), request), new ExceptCollector(found, inner), Left());
            }

            var page = top.Page(0, window).Select(d => (Doc: d, Literal: true))
                .Concat((tiers?.Page() ?? []).Select(d => (d.Doc, Literal: false)))
                .ToList();
            var total = literalTotal + extra.TotalHits;

            var highlighter = new HitHighlighter(store.Analyzers, expanded.All);
            var hits = page.Skip((request.Page - 1) * request.Size).Take(request.Size)
                .Select(d =>
                {
                    var hit = HitOf(searcher, highlighter, d.Doc);
                    return hit with { MatchedBy = MatchExplainer.Explain(hit.Entry, d.Literal, request.Query, words, expansions) };
                })
                .ToList();
            var counted = Counted(searcher, facets, literal with { Query = expanded.All }, request, total, partial, Left());

            return new SearchResults(total, request.Page, request.Size, hits, counted, literal.Interpretation)
            {
                Partial = partial,
                Expansions = expansions,
                LiteralTotal = literalTotal,
            };
        });
    }

    /// <summary>The literal query exactly as an unexpanded search runs it: top hits, count, facets (whose bit sets mark its rows).</summary>
    private (TopHits Top, FacetCountingCollector Facets, bool Partial) LiteralPass(
        IndexSearcher searcher, ParsedQuery literal, SearchRequest request, Sort sort, int window, TimeSpan left) =>
        TopAndFacets(searcher, FilterFactory.Apply(literal.Query, request), sort, window, left);

    /// <summary>Runs one search within the time left; true when it ran out of time (what was collected is kept).</summary>
    private bool Collect(IndexSearcher searcher, Query query, ICollector collector, TimeSpan left) =>
        TimedSearch.Run(searcher, query, collector, Clock, left);
}
