using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Querying;

/// <summary>Counts facet values over every hit (not just the page) from sorted doc values, segment by segment.</summary>
internal sealed class FacetCountingCollector : ICollector
{
    private readonly IReadOnlyList<string> _fields;
    private readonly Dictionary<string, int>[] _totals;
    private readonly SortedDocValues?[] _values;
    private readonly int[][] _segmentCounts;

    public FacetCountingCollector(IReadOnlyList<string> fields)
    {
        _fields = fields;
        _totals = fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        _values = new SortedDocValues?[fields.Count];
        _segmentCounts = new int[fields.Count][];
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        for (var i = 0; i < _fields.Count; i++)
        {
            _values[i] = context.AtomicReader.GetSortedDocValues(IndexFields.FacetValues(_fields[i]));
            _segmentCounts[i] = new int[_values[i]?.ValueCount ?? 0];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            var ord = _values[i]?.GetOrd(doc) ?? -1;
            if (ord >= 0)
            {
                _segmentCounts[i][ord]++;
            }
        }
    }

    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Result()
    {
        FlushSegment();
        var result = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        for (var i = 0; i < _fields.Count; i++)
        {
            var counts = _totals[i].Select(p => new FacetCount(p.Key, p.Value));
            // Years read best in time order; everything else most frequent first.
            result[_fields[i]] = _fields[i] == IndexFields.Year
                ? counts.OrderBy(c => c.Value, StringComparer.Ordinal).ToList()
                : counts.OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).ToList();
        }

        return result;
    }

    private void FlushSegment()
    {
        var scratch = new BytesRef();
        for (var i = 0; i < _fields.Count; i++)
        {
            var values = _values[i];
            var counts = _segmentCounts[i];
            if (values is null || counts is null)
            {
                continue;
            }

            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0)
                {
                    continue;
                }

                values.LookupOrd(ord, scratch);
                var key = scratch.Utf8ToString();
                _totals[i][key] = _totals[i].GetValueOrDefault(key) + counts[ord];
            }

            _values[i] = null;
        }
    }
}
