using Lucene.Net.Search;
using Lucene.Net.Util;

namespace PiaSearch.Search.Indexing;

/// <summary>
/// The time by which the calling thread's searches must end. Lucene's <see cref="TimeLimitingCollector"/> only looks
/// at the clock when a hit is collected, so a query that walks millions of postings and matches nothing (a phrase of the
/// same word typed a hundred times: 2.3 s on 1,000,000 rows) is never stopped by it. The index's readers
/// (<see cref="DeadlineDirectoryReader"/>) look at this deadline while they enumerate terms and postings, and throw
/// <see cref="SearchTimeoutException"/> once it has passed; the searches that set one catch it as a partial answer.
/// A thread with no deadline (ingest, exports, the model's reads) is never stopped. Thread-bound: Lucene searches on
/// the calling thread.
/// </summary>
internal static class SearchDeadline
{
    [ThreadStatic]
    private static Counter? t_clock;

    [ThreadStatic]
    private static long t_until;

    /// <summary>Sets the deadline of the calling thread until the scope is disposed (then the one before it is back).</summary>
    /// <param name="clock">The clock, in milliseconds (the one the search's <see cref="TimeLimitingCollector"/> uses).</param>
    /// <param name="limit">How long from now.</param>
    public static Scope Start(Counter clock, TimeSpan limit)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var scope = new Scope(t_clock, t_until);
        t_clock = clock;
        t_until = clock.Value + Math.Max(1, (long)limit.TotalMilliseconds);
        return scope;
    }

    /// <summary>True once the calling thread's deadline has passed; false when it has none.</summary>
    public static bool HasPassed => t_clock is { } clock && clock.Value > t_until;

    /// <summary>Throws <see cref="SearchTimeoutException"/> when the calling thread's deadline has passed.</summary>
    public static void ThrowIfPassed()
    {
        if (HasPassed)
        {
            throw new SearchTimeoutException();
        }
    }

    /// <summary>Puts back the deadline that was in force before <see cref="Start"/>.</summary>
    public readonly struct Scope(Counter? clock, long until) : IDisposable
    {
        public void Dispose()
        {
            t_clock = clock;
            t_until = until;
        }
    }
}

/// <summary>A search ran past its thread's <see cref="SearchDeadline"/>: what was collected so far is a partial answer.</summary>
public sealed class SearchTimeoutException : Exception
{
    public SearchTimeoutException()
        : base("The search ran out of time.")
    {
    }

    public SearchTimeoutException(string message)
        : base(message)
    {
    }

    public SearchTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
