using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using PiaSearch.Search.Analysis;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Querying;

/// <summary>
/// Lucene's classic syntax, with words joined by AND and each Japanese run searched as a phrase, as Japanese words
/// and as bigrams (<see cref="HybridQueries"/>); item:, before:, after: and explanation: hold a clause to one column
/// (as bigrams). A <c>word:</c> that is not one
/// of these is read as a word, not as a field name, so that 委託先:RKKCS finds rows with both words instead of nothing.
/// </summary>
internal sealed class ChangeLogQueryParser : QueryParser
{

    public ChangeLogQueryParser(Analyzer analyzer)
        : base(BigramAnalyzer.Version, IndexFields.All, analyzer)
    {
        DefaultOperator = Operator.AND;
        AutoGeneratePhraseQueries = true;
        AllowLeadingWildcard = false;
    }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        if (IsSection(field, out var section))
        {
            return InSection(base.GetFieldQuery(IndexFields.All, queryText, quoted), section);
        }

        if (field is not null && field != IndexFields.All)
        {
            var both = new BooleanQuery(disableCoord: true);
            AddIfNotNull(both, Hybrid(field, quoted: false));
            AddIfNotNull(both, Hybrid(queryText, quoted));
            return both;
        }

        return Hybrid(queryText, quoted)!;
    }

    /// <summary>The text as words and as bigrams (see <see cref="HybridQueries"/>).</summary>
    private Query? Hybrid(string text, bool quoted) =>
        HybridQueries.Either(base.GetFieldQuery(IndexFields.Words, text, quoted), base.GetFieldQuery(IndexFields.All, text, quoted));

    protected override Query GetFieldQuery(string field, string queryText, int slop)
    {
        if (field is not null && field != IndexFields.All && !IsSection(field, out _))
        {
            return GetFieldQuery(field, queryText, quoted: true);
        }

        if (IsSection(field, out var section))
        {
            return InSection(base.GetFieldQuery(IndexFields.All, queryText, slop), section);
        }

        return HybridQueries.Either(base.GetFieldQuery(IndexFields.Words, queryText, slop), base.GetFieldQuery(IndexFields.All, queryText, slop))!;
    }

    protected override Query GetPrefixQuery(string field, string termStr) =>
        IsSection(field, out var section)
            ? InSection(base.GetPrefixQuery(IndexFields.All, termStr), section)
            : base.GetPrefixQuery(IndexFields.All, termStr);

    protected override Query GetWildcardQuery(string field, string termStr) =>
        IsSection(field, out var section)
            ? InSection(base.GetWildcardQuery(IndexFields.All, termStr), section)
            : base.GetWildcardQuery(IndexFields.All, termStr);

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        base.GetFuzzyQuery(IndexFields.All, termStr, minSimilarity);

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive) =>
        base.GetRangeQuery(IndexFields.All, part1, part2, startInclusive, endInclusive);

    private static bool IsSection(string? field, out int section)
    {
        section = field is null ? -1 : IndexFields.SectionOf(field);
        return section >= 0;
    }

    private static Query InSection(Query? query, int section) =>
        query is null ? new BooleanQuery() : SectionQueries.Restrict(query, section);

    protected override Query NewTermQuery(Term term) => SingleCharacterQueries.For(term);

    private static void AddIfNotNull(BooleanQuery query, Query? clause)
    {
        if (clause is not null)
        {
            query.Add(clause, Occur.MUST);
        }
    }
}
