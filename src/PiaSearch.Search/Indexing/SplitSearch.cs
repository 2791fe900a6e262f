using System.Runtime.ExceptionServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace PiaSearch.Search.Indexing;

/// <summary>
/// One timed search over the index's segments, on two threads when it is the only search running: the segments are
/// shared between the calling thread and one pool thread (largest first, each to the lighter side), each side with
/// its own collectors, so that one person's search of a common word on a big index takes about half the time on an
/// idle machine. When other searches are running (a busy server) the search stays on the calling thread: splitting
/// then only adds work. What each side collects is put together by the caller (the top hits by their sort values
/// and document number, the facets and counts by adding), so the answer is the same as one thread's.
/// Cost: the same postings as <see cref="TimedSearch"/>; one pool thread's work when split (Parallel.Invoke runs the other side on the calling thread).
/// </summary>
internal static class SplitSearch
{
    private static int s_running;

    /// <summary>How many sides a search may be split into.</summary>
    public static int MaxSides => Environment.ProcessorCount > 1 ? 2 : 1;

    /// <summary>Runs the search; the sides' collectors (one or two), and true when a side ran out of time.</summary>
    /// <param name="searcher">A searcher of the index.</param>
    /// <param name="query">What to search.</param>
    /// <param name="side">Makes one side's collectors.</param>
    /// <param name="collectorOf">The collector of a side.</param>
    /// <param name="clock">The clock, in milliseconds.</param>
    /// <param name="limit">The time the search may take.</param>
    public static (IReadOnlyList<T> Sides, bool Partial) Run<T>(
        IndexSearcher searcher, Query query, Func<T> side, Func<T, ICollector> collectorOf, Counter clock, TimeSpan limit)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        var leaves = searcher.IndexReader.Leaves;
        var running = Interlocked.Increment(ref s_running);
        try
        {
            // Work waiting in the pool means the machine is busy: a second side would only queue behind it.
            if (running > 1 || leaves.Count < 2 || MaxSides < 2 || limit <= TimeSpan.Zero || ThreadPool.PendingWorkItemCount > 0)
            {
                var only = side();
                return ([only], TimedSearch.Run(searcher, query, collectorOf(only), clock, limit));
            }

            return RunSplit(searcher, query, leaves, side, collectorOf, clock, limit);
        }
        finally
        {
            Interlocked.Decrement(ref s_running);
        }
    }

    private static (IReadOnlyList<T> Sides, bool Partial) RunSplit<T>(
        IndexSearcher searcher, Query query, IList<AtomicReaderContext> leaves, Func<T> side, Func<T, ICollector> collectorOf, Counter clock, TimeSpan limit)
    {
        // One deadline for the whole search: each side gets what is left of it when it starts.
        var until = clock.Value + Math.Max(1, (long)limit.TotalMilliseconds);
        Weight weight;
        using (SearchDeadline.Start(clock, limit))
        {
            try
            {
                // Rewriting (a prefix's terms) reads the index too: within the same deadline.
                weight = searcher.CreateNormalizedWeight(query);
            }
            catch (SearchTimeoutException)
            {
                return ([side()], true);
            }
        }

        var (first, second) = Halves(leaves);
        var sides = new[] { side(), side() };
        var partial = new bool[2];
        try
        {
            Parallel.Invoke(
                () => partial[0] = TimedSearch.RunLeaves(weight, first, collectorOf(sides[0]), clock, until),
                () => partial[1] = TimedSearch.RunLeaves(weight, second, collectorOf(sides[1]), clock, until));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // A side's failure surfaces as it would have on one thread.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        return (sides, partial[0] || partial[1]);
    }

    /// <summary>The segments in two groups of about the same number of documents (largest first, each to the lighter group).</summary>
    internal static (List<AtomicReaderContext> First, List<AtomicReaderContext> Second) Halves(IList<AtomicReaderContext> leaves)
    {
        var first = new List<AtomicReaderContext>();
        var second = new List<AtomicReaderContext>();
        long firstDocs = 0, secondDocs = 0;
        foreach (var leaf in leaves.OrderByDescending(l => l.AtomicReader.MaxDoc).ThenBy(l => l.Ord))
        {
            if (firstDocs <= secondDocs)
            {
                first.Add(leaf);
                firstDocs += leaf.AtomicReader.MaxDoc;
            }
            else
            {
                second.Add(leaf);
                secondDocs += leaf.AtomicReader.MaxDoc;
            }
        }

        first.Sort((a, b) => a.Ord.CompareTo(b.Ord));
        second.Sort((a, b) => a.Ord.CompareTo(b.Ord));
        return (first, second);
    }
}
