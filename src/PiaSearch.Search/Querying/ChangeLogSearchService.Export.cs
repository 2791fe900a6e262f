using Lucene.Net.Search;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Querying;

public sealed partial class ChangeLogSearchService
{
    /// <summary>
    /// One batch of every row a search keeps, in the search's order, after <paramref name="after"/> (null for the
    /// first): what an export reads, <paramref name="count"/> rows at a time, without highlights or paging limits.
    /// Each batch reads the latest commit; a commit between two batches may move a row across their boundary.
    /// Cost: the query's postings (bounded as for a search) and a priority queue of <paramref name="count"/>.
    /// </summary>
    public ExportBatch ReadForExport(SearchRequest request, ExportCursor? after, int count)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var (parsed, sort) = ExportQuery(request, after);
        var query = FilterFactory.Apply(parsed.Query, request);
        return store.WithSearcher(searcher =>
        {
            var top = searcher.SearchAfter(after?.Position, query, null, count, sort, doDocScores: true, doMaxScore: false);
            var entries = top.ScoreDocs.Select(d => ChangeEntryDocuments.ToEntry(searcher.Doc(d.Doc))).ToList();
            var last = top.ScoreDocs.Length == 0 ? after : new ExportCursor((FieldDoc)top.ScoreDocs[^1], parsed, sort);
            return new ExportBatch(top.TotalHits, entries, last);
        });
    }

    /// <summary>The query of the export: as the search reads it, including its reading with spaces as separators when the whole finds nothing.</summary>
    private (ParsedQuery Parsed, Sort Sort) ExportQuery(SearchRequest request, ExportCursor? after)
    {
        if (after is not null)
        {
            return (after.Query, after.Sort);
        }

        if (string.IsNullOrWhiteSpace(request.Query))
        {
            var newest = request.Sort == SearchSort.Relevance ? SearchSort.Newest : request.Sort;
            return (new ParsedQuery(new MatchAllDocsQuery(), new QueryInterpretation(string.Empty, PlainText: false)), SortFor(newest));
        }

        var parsed = _queries.Build(request.Query);
        if (_queries.Build(request.Query, keepSpaces: true) is { } spaced && spaced.Interpretation.Normalized != parsed.Interpretation.Normalized
            && store.WithSearcher(s => s.Search(FilterFactory.Apply(parsed.Query, request), 1).TotalHits) == 0)
        {
            parsed = spaced;
        }
        else if (ExpansionsOf(request) is { Expansions.Count: > 0 } expanded)
        {
            // The same rows as the expanded search shows (by relevance over all its forms; the literal ones score higher).
            parsed = parsed with { Query = ExpandedQuery.Build(parsed.Query, expanded.Words, expanded.Expansions, store.Analyzers).All };
        }

        return (parsed, SortFor(request.Sort));
    }
}

/// <summary>Where an export has got to: the last row read, and the query and order it reads in.</summary>
public sealed record ExportCursor
{
    internal ExportCursor(FieldDoc position, ParsedQuery query, Sort sort)
    {
        Position = position;
        Query = query;
        Sort = sort;
    }

    internal FieldDoc Position { get; }

    internal ParsedQuery Query { get; }

    internal Sort Sort { get; }
}

/// <summary>A batch of an export: how many rows the search keeps in all, the rows of this batch, and where to go on from.</summary>
public sealed record ExportBatch(int Total, IReadOnlyList<ChangeEntry> Entries, ExportCursor? Next);
