using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace PiaSearch.Search.Querying;

/// <summary>Lucene's analysis-driven query builder, with single Japanese characters widened (within the budget).</summary>
internal sealed class ChangeLogQueryBuilder(Analyzer analyzer, ExpansionBudget budget) : QueryBuilder(analyzer)
{
    protected override Query NewTermQuery(Term term) => SingleCharacterQueries.For(term, budget);
}
