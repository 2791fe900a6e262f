using Lucene.Net.Search;

namespace PiaSearch.Search.Querying;

/// <summary>
/// One word or phrase searched two ways: as Japanese words (precise: 情報課 is 情報 課, which 情報政策課 is not)
/// and as character bigrams (recall: any substring). A row matches if either does. The word clause scores a large
/// constant, so rows that match as whole words rank above rows that match only as characters; within each tier the
/// bigram relevance decides.
/// </summary>
internal static class HybridQueries
{
    /// <summary>
    /// Far above what a bigram phrase scores (a constant clause's share of the normalised score is its boost over
    /// the bigram clause's summed squared idf), yet small enough that float keeps the bigram differences within a tier.
    /// </summary>
    public const float WholeWordBoost = 1_000_000f;

    public static Query? Either(Query? words, Query? bigrams)
    {
        if (words is null)
        {
            return bigrams;
        }

        var wholeWords = new ConstantScoreQuery(words) { Boost = WholeWordBoost };
        if (bigrams is null)
        {
            return wholeWords;
        }

        return new BooleanQuery(disableCoord: true)
        {
            { wholeWords, Occur.SHOULD },
            { bigrams, Occur.SHOULD },
        };
    }
}
