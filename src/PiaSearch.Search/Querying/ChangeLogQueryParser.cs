using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using PiaSearch.Search.Analysis;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Querying;

/// <summary>
/// Lucene's classic syntax over all text fields, with words joined by AND and each Japanese run searched as a
/// phrase. A <c>word:</c> that is not one of our fields is read as a word, not as a field name, so that
/// 委託先:RKKCS finds rows with both words instead of nothing.
/// </summary>
internal sealed class ChangeLogQueryParser : MultiFieldQueryParser
{
    private static readonly HashSet<string> KnownFields = new(IndexFields.TextFields, StringComparer.Ordinal);

    public ChangeLogQueryParser(Analyzer analyzer)
        : base(BigramAnalyzer.Version, [.. IndexFields.TextFields], analyzer, IndexFields.TextFieldBoosts.ToDictionary(p => p.Key, p => p.Value))
    {
        DefaultOperator = Operator.AND;
        AutoGeneratePhraseQueries = true;
        AllowLeadingWildcard = false;
    }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        if (field is not null && !KnownFields.Contains(field))
        {
            var both = new BooleanQuery(disableCoord: true);
            AddIfNotNull(both, base.GetFieldQuery(null, field, quoted: false));
            AddIfNotNull(both, base.GetFieldQuery(null, queryText, quoted));
            return both;
        }

        return base.GetFieldQuery(field, queryText, quoted);
    }

    protected override Query GetFieldQuery(string field, string queryText, int slop)
    {
        if (field is not null && !KnownFields.Contains(field))
        {
            return GetFieldQuery(field, queryText, quoted: true);
        }

        return base.GetFieldQuery(field, queryText, slop);
    }

    protected override Query NewTermQuery(Term term) => SingleCharacterQueries.For(term);

    private static void AddIfNotNull(BooleanQuery query, Query? clause)
    {
        if (clause is not null)
        {
            query.Add(clause, Occur.MUST);
        }
    }
}
