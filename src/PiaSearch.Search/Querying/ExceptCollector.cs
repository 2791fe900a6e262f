using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace PiaSearch.Search.Querying;

/// <summary>
/// Passes on only the hits not already found by an earlier pass (its hits per segment, as the facet counter
/// gathered them): an expanded search's second pass then counts, facets and ranks just the rows an expansion adds.
/// O(1) per hit.
/// </summary>
internal sealed class ExceptCollector(IReadOnlyDictionary<AtomicReader, FixedBitSet> found, ICollector inner) : ICollector
{
    private FixedBitSet? _current;

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        _current = found.GetValueOrDefault(context.AtomicReader);
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if (_current is null || !_current.Get(doc))
        {
            inner.Collect(doc);
        }
    }
}
