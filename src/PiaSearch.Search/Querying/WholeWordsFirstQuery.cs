using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Queries.Function;
using Lucene.Net.Queries.Function.ValueSources;
using Lucene.Net.Search;

namespace PiaSearch.Search.Querying;

/// <summary>
/// Matches what <c>matching</c> matches (words or bigrams) and ranks every row that the word-only query also
/// matches above every row that it does not, by adding <see cref="Bonus"/> to its score. Within each tier the
/// usual relevance decides.
/// </summary>
internal sealed class WholeWordsFirstQuery(Query matching, Query wholeWords)
    : CustomScoreQuery(matching, new FunctionQuery(new QueryValueSource(wholeWords, NoMatch)))
{
    /// <summary>Larger than any TF-IDF score this index produces, small enough to keep float precision.</summary>
    public const float Bonus = 1000f;

    private const float NoMatch = -1f;

    protected override CustomScoreProvider GetCustomScoreProvider(AtomicReaderContext context) => new Provider(context);

    private sealed class Provider(AtomicReaderContext context) : CustomScoreProvider(context)
    {
        public override float CustomScore(int doc, float subQueryScore, float valSrcScore) =>
            valSrcScore >= 0 ? subQueryScore + Bonus : subQueryScore;
    }
}
