using Lucene.Net.Index;
using Lucene.Net.Search;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Querying;

/// <summary>Builds the non-scoring part of a search from its filters.</summary>
internal static class FilterFactory
{
    public static Query Apply(Query query, SearchRequest request)
    {
        var filters = new BooleanQuery(disableCoord: true);
        if (request.Kind == EntryKind.Section)
        {
            AddTerm(filters, IndexFields.Kind, EntryKinds.SectionLabel);
        }
        else
        {
            // Change rows are the default: the query only looks at them (a cached bit set per segment, read at random),
            // and the other filters, if any, walk in step with it.
            query = new FilteredQuery(query, ChangeRowsFilter.Instance, ChangeRowsFilter.Strategy);
        }

        if (request.From is { } from)
        {
            // The entry's interval must end on or after the first day asked for…
            filters.Add(NumericRangeQuery.NewInt32Range(IndexFields.DateTo, IndexFields.DatePrecisionStep, from.DayNumber, null, true, true), Occur.MUST);
        }

        if (request.To is { } to)
        {
            // …and begin on or before the last day asked for.
            filters.Add(NumericRangeQuery.NewInt32Range(IndexFields.DateFrom, IndexFields.DatePrecisionStep, null, to.DayNumber, true, true), Occur.MUST);
        }

        AddTerm(filters, IndexFields.File, request.File);
        AddTerm(filters, IndexFields.Chapter, request.Chapter);
        AddTerm(filters, IndexFields.Document, request.Document);
        if (request.Documents is { } documents)
        {
            // A municipality is the documents the catalog says it published: one term per document, any of them.
            var any = new BooleanQuery(disableCoord: true);
            foreach (var id in documents)
            {
                any.Add(new TermQuery(new Term(IndexFields.Document, id)), Occur.SHOULD);
            }

            filters.Add(any, Occur.MUST);
        }

        if (request.EntryIds is { } rows)
        {
            // The rows that mention an entity come from the cross-reference model, not from the index.
            filters.Add(new ConstantScoreQuery(new FieldCacheTermsFilter(IndexFields.Id, [.. rows])), Occur.MUST);
        }

        AddTerm(filters, IndexFields.Timing, request.Timing?.Label());
        return filters.Clauses.Count == 0 ? query : new FilteredQuery(query, new QueryWrapperFilter(filters));
    }

    private static void AddTerm(BooleanQuery filters, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            filters.Add(new TermQuery(new Term(field, value)), Occur.MUST);
        }
    }
}
