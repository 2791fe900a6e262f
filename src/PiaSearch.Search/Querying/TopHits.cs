using Lucene.Net.Search;

namespace PiaSearch.Search.Querying;

/// <summary>
/// The top hits of a search whose segments were collected on one or two sides (<see cref="Indexing.SplitSearch"/>),
/// put together as one collector would have kept them: by the sort's values, then by document number (Lucene's own
/// tie-break), so a split search pages exactly like an unsplit one. Cost: O(k log k) for the k hits the sides kept.
/// </summary>
internal sealed class TopHits
{
    private readonly ScoreDoc[] _ordered;

    private TopHits(int totalHits, ScoreDoc[] ordered)
    {
        TotalHits = totalHits;
        _ordered = ordered;
    }

    /// <summary>Every hit, not only those kept.</summary>
    public int TotalHits { get; }

    /// <summary>A collector of one side: it keeps the sort's values of each hit, which putting the sides together compares.</summary>
    public static TopFieldCollector Collector(Sort sort, int window) =>
        TopFieldCollector.Create(sort, window, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);

    public static TopHits Of(Sort sort, IReadOnlyList<TopFieldCollector> sides)
    {
        ArgumentNullException.ThrowIfNull(sort);
        ArgumentNullException.ThrowIfNull(sides);
        var total = sides.Sum(s => s.TotalHits);
        if (sides.Count == 1)
        {
            return new TopHits(total, sides[0].GetTopDocs().ScoreDocs);
        }

        var fields = sort.GetSort();
        var comparers = fields.Select((f, i) => (Comparer: f.GetComparer(1, i), Direction: f.IsReverse ? -1 : 1)).ToArray();
        int Compare(ScoreDoc a, ScoreDoc b)
        {
            var x = (FieldDoc)a;
            var y = (FieldDoc)b;
            for (var i = 0; i < comparers.Length; i++)
            {
                var c = comparers[i].Direction * comparers[i].Comparer.CompareValues(x.Fields[i], y.Fields[i]);
                if (c != 0)
                {
                    return c;
                }
            }

            return a.Doc.CompareTo(b.Doc);
        }

        var all = sides.SelectMany(s => s.GetTopDocs().ScoreDocs).ToArray();
        Array.Sort(all, Compare);
        return new TopHits(total, all);
    }

    /// <summary>The hits from <paramref name="start"/> (0-based), at most <paramref name="size"/> of them.</summary>
    public ScoreDoc[] Page(int start, int size) =>
        start >= _ordered.Length ? [] : _ordered.AsSpan(start, Math.Min(size, _ordered.Length - start)).ToArray();
}
