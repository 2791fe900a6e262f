using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace PiaSearch.Search.Indexing;

/// <summary>
/// One search within a time limit, stopped both where Lucene stops one (when a hit is collected past the limit) and
/// where it does not (while it walks postings that match nothing: <see cref="SearchDeadline"/>). What was collected
/// before the stop is kept: a true, if incomplete, answer.
/// </summary>
internal static class TimedSearch
{
    /// <summary>Runs the search; true when it ran out of time.</summary>
    /// <param name="searcher">A searcher of the index (its reader stops at the deadline).</param>
    /// <param name="query">What to search.</param>
    /// <param name="collector">Where the hits go.</param>
    /// <param name="clock">The clock, in milliseconds.</param>
    /// <param name="limit">The time the search may take; none left means it is not run and counts as out of time.</param>
    public static bool Run(IndexSearcher searcher, Query query, ICollector collector, Counter clock, TimeSpan limit)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        if (limit <= TimeSpan.Zero)
        {
            return true;
        }

        using var deadline = SearchDeadline.Start(clock, limit);
        try
        {
            searcher.Search(query, new TimeLimitingCollector(collector, clock, Math.Max(1, (long)limit.TotalMilliseconds)));
            return false;
        }
        catch (TimeLimitingCollector.TimeExceededException)
        {
            return true;
        }
        catch (SearchTimeoutException)
        {
            return true;
        }
    }

    /// <summary>
    /// Runs a weight over some of the index's segments until a deadline shared with the search's other side (what
    /// <see cref="SplitSearch"/> gives each side); true when it ran out of time. The time left is taken when this side
    /// starts, so a side that starts late (its pool thread was busy, or it ran after the other side) only gets what is
    /// left of the search's limit, never a fresh one. The loop is Lucene's own: each segment's collector, then its scorer.
    /// </summary>
    /// <param name="until">The clock value, in milliseconds, by which the whole search must end.</param>
    public static bool RunLeaves(Weight weight, IEnumerable<AtomicReaderContext> leaves, ICollector collector, Counter clock, long until)
    {
        ArgumentNullException.ThrowIfNull(weight);
        ArgumentNullException.ThrowIfNull(clock);
        var limit = TimeSpan.FromMilliseconds(until - clock.Value);
        if (limit <= TimeSpan.Zero)
        {
            return true;
        }

        using var deadline = SearchDeadline.Start(clock, limit);
        var timed = new TimeLimitingCollector(collector, clock, Math.Max(1, (long)limit.TotalMilliseconds));
        try
        {
            foreach (var leaf in leaves)
            {
                try
                {
                    timed.SetNextReader(leaf);
                }
                catch (CollectionTerminatedException)
                {
                    continue;
                }

                if (weight.GetBulkScorer(leaf, !timed.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs) is { } scorer)
                {
                    try
                    {
                        scorer.Score(timed);
                    }
                    catch (CollectionTerminatedException)
                    {
                        // The collector has what it wants of this segment.
                    }
                }
            }

            return false;
        }
        catch (TimeLimitingCollector.TimeExceededException)
        {
            return true;
        }
        catch (SearchTimeoutException)
        {
            return true;
        }
    }
}
