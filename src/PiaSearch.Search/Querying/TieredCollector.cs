using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PiaSearch.Search.Querying;

/// <summary>
/// Sorts the hits of one pass into tiers (an expanded query's, for the rows only an expansion finds): each hit goes to
/// the first tier whose query matches it, and is ranked there by that tier's own score, so the page is the tiers' top
/// hits one after another, as if each tier had been searched alone without the earlier ones. One pass replaces a
/// pass per tier: for each hit the tier scorers are advanced to it (postings read forward once per
/// segment), and once the earlier tiers already hold a full page the later ones are not read at all. Hits arrive in
/// document order (<see cref="AcceptsDocsOutOfOrder"/> is false), which the scorers' forward-only advance needs.
/// </summary>
internal sealed class TieredCollector : ICollector
{
    private readonly Weight[] _weights;
    private readonly TopFieldCollector[] _tops;
    private readonly Scorer?[] _scorers;
    private readonly int[] _totals;
    private readonly int _window;

    /// <param name="searcher">The searcher of the pass.</param>
    /// <param name="tiers">The tiers' queries, best first; a hit belongs to the first that matches it.</param>
    /// <param name="sort">How a tier's hits are ranked.</param>
    /// <param name="window">The hits wanted from all tiers together (page × size).</param>
    public TieredCollector(IndexSearcher searcher, IReadOnlyList<Query> tiers, Sort sort, int window)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(tiers);
        _window = Math.Max(1, window);
        _weights = tiers.Select(searcher.CreateNormalizedWeight).ToArray();
        _tops = tiers.Select(_ => TopFieldCollector.Create(sort, _window, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true))
            .ToArray();
        _scorers = new Scorer?[tiers.Count];
        _totals = new int[tiers.Count];
    }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer)
    {
        // Each tier is scored by its own scorer, set per segment.
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        for (var tier = 0; tier < _weights.Length; tier++)
        {
            _tops[tier].SetNextReader(context);
            _scorers[tier] = _weights[tier].GetScorer(context, context.AtomicReader.LiveDocs);
            if (_scorers[tier] is { } scorer)
            {
                _tops[tier].SetScorer(scorer);
            }
        }
    }

    public void Collect(int doc)
    {
        var earlier = 0;
        for (var tier = 0; tier < _scorers.Length; tier++)
        {
            // The first tier is always counted; a later tier only while the page is not yet full.
            if (tier > 0 && earlier >= _window)
            {
                return;
            }

            if (_scorers[tier] is { } scorer)
            {
                var at = scorer.DocID;
                if (at < doc)
                {
                    at = scorer.Advance(doc);
                }

                if (at == doc)
                {
                    _tops[tier].Collect(doc);
                    _totals[tier]++;
                    return;
                }
            }

            earlier += _totals[tier];
        }
    }

    /// <summary>The first <paramref name="window"/> hits: the literal tier's best, then the next tier's, and so on.</summary>
    public List<(ScoreDoc Doc, int Tier)> Page()
    {
        var page = new List<(ScoreDoc Doc, int Tier)>(_window);
        for (var tier = 0; tier < _tops.Length && page.Count < _window; tier++)
        {
            page.AddRange(_tops[tier].GetTopDocs().ScoreDocs.Take(_window - page.Count).Select(d => (d, tier)));
        }

        return page;
    }
}
