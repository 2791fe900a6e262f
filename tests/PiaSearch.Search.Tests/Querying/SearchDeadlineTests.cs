using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Tests.Querying;

/// <summary>
/// A search that walks postings and matches nothing is stopped at its deadline (Lucene's own time limit only looks at
/// the clock when a hit is collected, so such a query used to run to the end: 2.3 s on a million rows).
/// </summary>
public sealed class SearchDeadlineTests : IDisposable
{
    private const int Documents = 4000;
    private readonly RAMDirectory _directory = new();

    public SearchDeadlineTests()
    {
        using var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)));
        for (var i = 0; i < Documents; i++)
        {
            // Every document has both words, never in the order the phrase asks for.
            writer.AddDocument([new TextField("text", "alpha beta gamma", Field.Store.NO)]);
        }

        writer.Commit();
    }

    private static PhraseQuery NeverMatching()
    {
        var phrase = new PhraseQuery();
        phrase.Add(new Term("text", "beta"));
        phrase.Add(new Term("text", "alpha"));
        return phrase;
    }

    [Fact]
    public void TimedSearch_PostingsThatMatchNothing_StopAtTheDeadline()
    {
        using var reader = new DeadlineDirectoryReader(DirectoryReader.Open(_directory));
        var clock = new SteppingClock();
        var count = new TotalHitCountCollector();

        var outOfTime = TimedSearch.Run(new IndexSearcher(reader), NeverMatching(), count, clock, TimeSpan.FromMilliseconds(5));

        Assert.True(outOfTime);
        // Stopped after a few looks at the clock, long before the postings' end.
        Assert.InRange(clock.Reads, 2, 20);
    }

    [Fact]
    public void TimedSearch_PlainReader_IsNotStoppedByCollectingAlone()
    {
        // What the deadline adds: Lucene's collector alone never looks at the clock when nothing is collected.
        using var reader = DirectoryReader.Open(_directory);
        var clock = new SteppingClock();

        var outOfTime = TimedSearch.Run(new IndexSearcher(reader), NeverMatching(), new TotalHitCountCollector(), clock, TimeSpan.FromMilliseconds(5));

        Assert.False(outOfTime);
    }

    [Fact]
    public void TimedSearch_WithinTheDeadline_FindsEverythingAndLeavesNoDeadlineBehind()
    {
        using var reader = new DeadlineDirectoryReader(DirectoryReader.Open(_directory));
        var count = new TotalHitCountCollector();

        var outOfTime = TimedSearch.Run(new IndexSearcher(reader), new TermQuery(new Term("text", "gamma")), count, new SteppingClock { Stopped = true }, TimeSpan.FromMilliseconds(5));

        Assert.False(outOfTime);
        Assert.Equal(Documents, count.TotalHits);
        Assert.False(SearchDeadline.HasPassed);
        // Outside a timed search (ingest, exports), the same reader reads to the end whatever the clock says.
        Assert.Equal(0, new IndexSearcher(reader).Search(NeverMatching(), 1).TotalHits);
    }

    [Fact]
    public void DeadlineReader_SharesTheSegmentsCacheKeys()
    {
        using var plain = DirectoryReader.Open(_directory);
        using var wrapped = new DeadlineDirectoryReader(DirectoryReader.Open(_directory));

        Assert.Equal(
            plain.Leaves.Select(l => l.AtomicReader.CoreCacheKey.GetType()),
            wrapped.Leaves.Select(l => l.AtomicReader.CoreCacheKey.GetType()));
        Assert.All(wrapped.Leaves, l => Assert.NotSame(l.AtomicReader, l.AtomicReader.CoreCacheKey));
    }

    public void Dispose() => _directory.Dispose();

    /// <summary>A clock that moves a millisecond every time it is read (or stands still when stopped).</summary>
    private sealed class SteppingClock : Counter
    {
        private long _now;

        public bool Stopped { get; init; }

        public int Reads { get; private set; }

        public override long AddAndGet(long delta) => Interlocked.Add(ref _now, delta);

        public override long Value
        {
            get
            {
                Reads++;
                return Stopped ? Interlocked.Read(ref _now) : Interlocked.Increment(ref _now);
            }
        }
    }
}
