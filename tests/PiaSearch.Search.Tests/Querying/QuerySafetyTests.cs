using System.Diagnostics;
using Lucene.Net.Util;
using PiaSearch.Search.Querying;

namespace PiaSearch.Search.Tests.Querying;

/// <summary>Queries an attacker (or a slip of the keyboard) sends: each is answered as text, quickly, never with an exception.</summary>
public sealed class QuerySafetyTests(CorpusIndexFixture index) : IClassFixture<CorpusIndexFixture>
{
    public static TheoryData<string> Hostile => new()
    {
        "/[ac]*a[ac]{17}/",
        "r" + string.Concat(Enumerable.Range(0, 120).Select(i => "*" + (char)('a' + (i % 26)))),
        "/[/",
        "/(/",
        "𠮷野家",
        "委託😀先",
        "😀",
        "RKKCS~",
        "委託~0.1",
        "情報*課*名*称*変*更",
        "[a TO z]",
        "2021/04/01",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Search_HostileQuery_IsAnsweredQuickly(string query)
    {
        index.Search.Search(new SearchRequest { Query = "記載" }); // JIT warm-up: the bound is about the query, not the first call of a run
        var watch = Stopwatch.StartNew();
        var results = index.Search.Search(new SearchRequest { Query = query, Size = 100 });
        watch.Stop();

        Assert.NotNull(results);
        // Guards against the blow-ups of issue 17 (seconds to minutes), with room for a busy CI machine.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"{query}: {watch.Elapsed.TotalMilliseconds:N0} ms");
    }

    [Fact]
    public void Search_LoneSurrogates_AreAnsweredWithoutAnException()
    {
        // Built at run time: a lone surrogate in [InlineData] would be replaced when the test case is serialised.
        foreach (var query in new[] { new string('\ud842', 1), "委託" + new string('\udfb7', 1), new string('\udfb7', 1) + "課*", "\"" + new string('\ud842', 1) + "\"" })
        {
            Assert.NotNull(index.Search.Search(new SearchRequest { Query = query }));
        }
    }

    [Theory]
    [InlineData("/RKKCS/", "RKKCS")]
    [InlineData("RKKCS~", "RKKCS")]
    [InlineData("RKKCS~0.5", "RKKCS")]
    [InlineData("[RKKCS TO RKKCS]", "RKKCS")]
    [InlineData("委託*先*名*称*変*更", "委託 AND 先 AND 名 AND 称 AND 変 AND 更")]
    public void Search_SyntaxBeyondTheLimits_IsSearchedAsItsTextAndSaysSo(string query, string asText)
    {
        var limited = index.Find(query);
        var plain = index.Find(asText);

        Assert.True(limited.Interpretation.PlainText);
        Assert.NotEqual(0, plain.Total);
        Assert.Equal(plain.Hits.Select(h => h.Entry.Id), limited.Hits.Select(h => h.Entry.Id));
    }

    [Fact]
    public void Search_WildcardWithinTheLimits_IsStillAWildcard()
    {
        var results = index.Find("RKK*");

        Assert.False(results.Interpretation.PlainText);
        Assert.Contains(results.Hits, h => (h.Entry.Before.Text + h.Entry.After.Text).Contains("RKKCS", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("r*a*b*c*d", false)]
    [InlineData("ra*b*c", true)]
    [InlineData("ra?b?c*", true)]
    [InlineData("*rab", false)]
    [InlineData("𠮷*", true)]
    public void IsAllowedWildcard_CountsWildcardsAndThePrefix(string term, bool allowed) =>
        Assert.Equal(allowed, QuerySyntaxLimits.IsAllowedWildcard(term));

    [Fact]
    public void Search_OutOfTime_AnswersWhatItFoundSoFarAsPartialAndDoesNotCacheIt()
    {
        var clock = new SteppingClock();
        var search = new ChangeLogSearchService(index.Store, timeLimit: TimeSpan.FromMilliseconds(5)) { Clock = clock };
        var request = new SearchRequest { Query = "委託", Size = 100 };
        var whole = index.Find("委託");

        var partial = search.Search(request);
        clock.Stopped = true;
        var again = search.Search(request);

        Assert.True(partial.Partial);
        Assert.InRange(partial.Total, 1, whole.Total - 1);
        Assert.False(again.Partial);
        Assert.Equal(whole.Total, again.Total);
    }

    /// <summary>A clock that moves a millisecond every time it is read, so that a search runs out of time after a few hits.</summary>
    private sealed class SteppingClock : Counter
    {
        private long _now;

        public bool Stopped { get; set; }

        public override long AddAndGet(long delta) => Interlocked.Add(ref _now, delta);

        public override long Value => Stopped ? Interlocked.Read(ref _now) : Interlocked.Increment(ref _now);
    }
}
