using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace PiaSearch.Search.Querying;

/// <summary>
/// The rows an earlier pass did not find (its hits per segment, as the facet counter gathered them), read at random by
/// the query it filters: the postings skip those rows before their positions are read, so an expanded search's second
/// pass does not check the phrase of a variant in every row the words as typed already matched (a variant contained in
/// the query, 報提供ネットワークシステム for 情報提供ネットワークシステム, matched all of them: 0.4 s on a million rows).
/// Cost: O(maxDoc / 64) per segment and request.
/// </summary>
internal sealed class ExceptRowsFilter(IReadOnlyDictionary<AtomicReader, FixedBitSet> found) : Filter
{
    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var maxDoc = context.AtomicReader.MaxDoc;
        var left = new FixedBitSet(maxDoc);
        left.Set(0, maxDoc);
        if (found.GetValueOrDefault(context.AtomicReader) is { } hits)
        {
            left.AndNot(hits);
        }

        return BitsFilteredDocIdSet.Wrap(left, acceptDocs);
    }

    /// <summary>The query, run only over the rows not found.</summary>
    public static Query Around(Query query, IReadOnlyDictionary<AtomicReader, FixedBitSet> found) =>
        new FilteredQuery(query, new ExceptRowsFilter(found), ChangeRowsFilter.Strategy);
}
