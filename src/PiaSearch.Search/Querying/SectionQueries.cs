using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using PiaSearch.Search.Analysis;

namespace PiaSearch.Search.Querying;

/// <summary>
/// Holds a query on the combined field to one column (section): after:RKKCS matches RKKCS only between the
/// positions of the after section.
/// </summary>
internal static class SectionQueries
{
    public static Query Restrict(Query query, int section)
    {
        var start = section * BigramTokenizer.SectionSpan;
        var end = start + BigramTokenizer.SectionSpan;
        return query switch
        {
            BooleanQuery boolean => RestrictClauses(boolean, section),
            _ when ToSpan(query) is { } span => new SpanPositionRangeQuery(span, start, end),
            _ => query, // a form that cannot be held to a section is searched in every column
        };
    }

    private static BooleanQuery RestrictClauses(BooleanQuery boolean, int section)
    {
        var restricted = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost };
        foreach (var clause in boolean.Clauses)
        {
            restricted.Add(Restrict(clause.Query, section), clause.Occur);
        }

        return restricted;
    }

    private static SpanQuery? ToSpan(Query query) => query switch
    {
        TermQuery term => new SpanTermQuery(term.Term),
        PhraseQuery phrase when phrase.GetTerms().Length > 0 && phrase.Slop == 0 && IsConsecutive(phrase.GetPositions()) =>
            phrase.GetTerms().Length == 1
                ? new SpanTermQuery(phrase.GetTerms()[0])
                : new SpanNearQuery([.. phrase.GetTerms().Select(t => (SpanQuery)new SpanTermQuery(t))], 0, true),
        PrefixQuery prefix => new SpanMultiTermQueryWrapper<PrefixQuery>(prefix),
        WildcardQuery wildcard => new SpanMultiTermQueryWrapper<WildcardQuery>(wildcard),
        _ => null,
    };

    private static bool IsConsecutive(int[] positions)
    {
        for (var i = 1; i < positions.Length; i++)
        {
            if (positions[i] != positions[i - 1] + 1)
            {
                return false;
            }
        }

        return true;
    }
}
