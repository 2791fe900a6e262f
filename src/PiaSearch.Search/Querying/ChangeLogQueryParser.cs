using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using PiaSearch.Search.Analysis;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Querying;

/// <summary>
/// Lucene's classic syntax over the text fields, with words joined by AND and each Japanese run searched as a
/// phrase. A <c>word:</c> that is not one of our fields is read as a word, not as a field name, so that
/// 委託先:RKKCS finds rows with both words instead of nothing. When the bigram twins are searched too, a field
/// the user names (<c>after:委託</c>) means the field and its twin.
/// </summary>
internal sealed class ChangeLogQueryParser : MultiFieldQueryParser
{
    private static readonly HashSet<string> KnownFields = new(IndexFields.TextFields.Concat(IndexFields.BigramFields), StringComparer.Ordinal);
    private readonly bool _withBigrams;

    public ChangeLogQueryParser(Analyzer analyzer, bool withBigrams)
        : base(BigramAnalyzer.Version, [.. Fields(withBigrams)], analyzer, Fields(withBigrams).ToDictionary(f => f, f => IndexFields.TextFieldBoosts[IndexFields.TextFieldOf(f)]))
    {
        _withBigrams = withBigrams;
        DefaultOperator = Operator.AND;
        AutoGeneratePhraseQueries = true;
        AllowLeadingWildcard = false;
    }

    /// <summary>The word fields, and with <paramref name="withBigrams"/> their bigram twins.</summary>
    public static IEnumerable<string> Fields(bool withBigrams) =>
        withBigrams ? IndexFields.TextFields.Concat(IndexFields.BigramFields) : IndexFields.TextFields;

    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        if (field is not null && !KnownFields.Contains(field))
        {
            var both = new BooleanQuery(disableCoord: true);
            AddIfNotNull(both, base.GetFieldQuery(null, field, quoted: false));
            AddIfNotNull(both, base.GetFieldQuery(null, queryText, quoted));
            return both;
        }

        if (field is not null && _withBigrams && !IndexFields.IsBigram(field))
        {
            var either = new BooleanQuery(disableCoord: true);
            AddIfNotNull(either, base.GetFieldQuery(field, queryText, quoted), Occur.SHOULD);
            AddIfNotNull(either, base.GetFieldQuery(IndexFields.Bigram(field), queryText, quoted), Occur.SHOULD);
            return either;
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

    private static void AddIfNotNull(BooleanQuery query, Query? clause, Occur occur = Occur.MUST)
    {
        if (clause is not null)
        {
            query.Add(clause, occur);
        }
    }
}
