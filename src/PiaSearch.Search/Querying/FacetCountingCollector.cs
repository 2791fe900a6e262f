using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Querying;

/// <summary>
/// Counts facet values over every hit (not just the page). Hits are gathered into one bit set per segment;
/// at the end each value's count is the overlap of that set with the value's cached bit set, or, for fields of
/// many values and for small result sets, a walk over the hits with doc values this request asked for.
/// One per request; nothing it holds is shared with another.
/// </summary>
internal sealed class FacetCountingCollector(IReadOnlyList<string> fields) : ICollector
{
    private readonly IReadOnlyList<string> _fields = fields;
    private readonly List<(AtomicReader Reader, FixedBitSet Hits, int Count)> _segments = [];
    private FixedBitSet? _current;
    private int _currentCount;

    public bool AcceptsDocsOutOfOrder => true;

    /// <summary>One collector holding the segments of several (the sides of a split search), counted as if one had seen them all.</summary>
    public static FacetCountingCollector Combine(IReadOnlyList<FacetCountingCollector> sides)
    {
        ArgumentNullException.ThrowIfNull(sides);
        if (sides.Count == 1)
        {
            return sides[0];
        }

        var combined = new FacetCountingCollector(sides[0]._fields);
        foreach (var side in sides)
        {
            side.Close();
            combined._segments.AddRange(side._segments);
        }

        return combined;
    }

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Close();
        _current = new FixedBitSet(context.AtomicReader.MaxDoc);
        _currentCount = 0;
        _segments.Add((context.AtomicReader, _current, 0));
    }

    public void Collect(int doc)
    {
        _current!.Set(doc);
        _currentCount++;
    }

    /// <summary>The hits gathered so far, per segment (a segment seen twice keeps its first set).</summary>
    public IReadOnlyDictionary<AtomicReader, FixedBitSet> HitsBySegment()
    {
        Close();
        var hits = new Dictionary<AtomicReader, FixedBitSet>(ReferenceEqualityComparer.Instance);
        foreach (var (reader, set, _) in _segments)
        {
            hits.TryAdd(reader, set);
        }

        return hits;
    }

    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Result()
    {
        Close();
        var totals = _fields.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (reader, hits, count) in _segments)
        {
            if (count == 0)
            {
                continue;
            }

            var facets = SegmentFacets.For(reader);
            foreach (var field in _fields)
            {
                Count(reader, facets.Field(reader, field), hits, count, totals[field]);
            }
        }

        return totals.ToDictionary(
            t => t.Key,
            t => (IReadOnlyList<FacetCount>)Order(t.Key, t.Value.Select(p => new FacetCount(p.Key, p.Value))).ToList(),
            StringComparer.Ordinal);
    }

    private static void Count(AtomicReader reader, SegmentFacets.FieldFacets field, FixedBitSet hits, int hitCount, Dictionary<string, int> totals)
    {
        if (field.Names.Length == 0)
        {
            return;
        }

        var words = (hits.Length + 63) / 64;
        if (field.Sets is { } sets && (long)sets.Length * words < (long)hitCount * 4)
        {
            for (var ord = 0; ord < sets.Length; ord++)
            {
                var n = (int)FixedBitSet.IntersectionCount(hits, sets[ord]);
                if (n > 0)
                {
                    Add(totals, field.Names[ord], n);
                }
            }

            return;
        }

        var counts = new int[field.Names.Length];
        var iterator = hits.GetIterator();
        int doc;
        if (field.Ordinals is { } ordinals)
        {
            while ((doc = iterator.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                var ord = ordinals[doc];
                if (ord != SegmentFacets.NoOrdinal)
                {
                    counts[ord]++;
                }
            }
        }
        else
        {
            // This thread's own doc values: the reader hands out one per thread, not to be shared.
            var values = SegmentFacets.OrdinalsFor(reader, field.Field);
            if (values is null)
            {
                return;
            }

            while ((doc = iterator.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                var ord = values.GetOrd(doc);
                if (ord >= 0)
                {
                    counts[ord]++;
                }
            }
        }

        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] > 0)
            {
                Add(totals, field.Names[ord], counts[ord]);
            }
        }
    }

    private static void Add(Dictionary<string, int> totals, string value, int count) =>
        totals[value] = totals.GetValueOrDefault(value) + count;

    /// <summary>Years read best in time order; everything else most frequent first.</summary>
    private static IEnumerable<FacetCount> Order(string field, IEnumerable<FacetCount> counts) =>
        field == IndexFields.Year
            ? counts.OrderBy(c => c.Value, StringComparer.Ordinal)
            : counts.OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal);

    /// <summary>Records the count of the segment being collected, once (a closed collector can still be given more segments).</summary>
    private void Close()
    {
        if (_current is not null && _segments.Count > 0)
        {
            var last = _segments[^1];
            _segments[^1] = (last.Reader, last.Hits, _currentCount);
            _current = null;
        }
    }
}
