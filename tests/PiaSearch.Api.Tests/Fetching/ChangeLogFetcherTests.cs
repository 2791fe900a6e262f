using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PiaSearch.Api.Fetching;

namespace PiaSearch.Api.Tests.Fetching;

/// <summary>Timeouts, retries and the circuit breaker, driven by a fake clock: nothing here really waits.</summary>
public sealed class ChangeLogFetcherTests
{
    private const string Log = "変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n";
    private static readonly Uri Url = new("https://city.example.lg.jp/pia/changes.tsv");

    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-01-05T09:00:00+09:00", System.Globalization.CultureInfo.InvariantCulture));

    private ChangeLogFetcher Fetcher(ScriptedHandler handler, FetchOptions? options = null) =>
        new(
            new SingleClientFactory(handler),
            Options.Create(options ?? new FetchOptions
            {
                MaxRetries = 3, RetryDelay = TimeSpan.FromSeconds(2), AttemptTimeout = TimeSpan.FromSeconds(10), TotalTimeout = TimeSpan.FromMinutes(5),
            }),
            _time);

    /// <summary>Runs the fetch while moving the fake clock forward, so backoff delays and timeouts elapse at once.</summary>
    private async Task<T> WithClockRunning<T>(Func<Task<T>> action)
    {
        var task = action();
        for (var i = 0; i < 10_000 && !task.IsCompleted; i++)
        {
            // Give the continuations a moment of real time to run before the next fake second passes.
            await Task.Delay(2, TestContext.Current.CancellationToken);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        return await task;
    }

    [Fact]
    public async Task Fetch_TransientFailuresThenSuccess_RetriesAndReturnsTheBody()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Status(HttpStatusCode.ServiceUnavailable), ScriptedHandler.Throw(), ScriptedHandler.Status(HttpStatusCode.OK, Log));

        await using var content = await WithClockRunning(() => Fetcher(handler).FetchAsync(Url, TestContext.Current.CancellationToken));

        Assert.Equal(3, handler.Calls);
        Assert.Equal(Log, await new StreamReader(content).ReadToEndAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Fetch_AlwaysFailing_GivesUpAfterTheRetriesWithAReadableReason()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Status(HttpStatusCode.BadGateway));

        var error = await Assert.ThrowsAsync<FetchFailedException>(() => WithClockRunning(() => Fetcher(handler).FetchAsync(Url, TestContext.Current.CancellationToken)));

        Assert.Equal(4, handler.Calls);
        Assert.Contains("502", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_NotFound_IsNotRetried()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Status(HttpStatusCode.NotFound));

        var error = await Assert.ThrowsAsync<FetchFailedException>(() => Fetcher(handler).FetchAsync(Url, TestContext.Current.CancellationToken));

        Assert.Equal(1, handler.Calls);
        Assert.Contains("404", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_HangingServer_TimesOutEachAttemptAndThenRetries()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Hang(), ScriptedHandler.Status(HttpStatusCode.OK, Log));

        await using var content = await WithClockRunning(() => Fetcher(handler).FetchAsync(Url, TestContext.Current.CancellationToken));

        Assert.Equal(2, handler.Calls);
    }

    [Fact]
    public async Task Fetch_RepeatedFailures_OpenTheCircuitAndLaterCallsFailFast()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Status(HttpStatusCode.InternalServerError));
        var fetcher = Fetcher(handler, new FetchOptions { MaxRetries = 3, RetryDelay = TimeSpan.FromMilliseconds(100), BreakDuration = TimeSpan.FromMinutes(1) });
        await Assert.ThrowsAsync<FetchFailedException>(() => WithClockRunning(() => fetcher.FetchAsync(Url, TestContext.Current.CancellationToken)));
        var callsWhenOpened = handler.Calls;

        var error = await Assert.ThrowsAsync<FetchFailedException>(() => fetcher.FetchAsync(Url, TestContext.Current.CancellationToken));

        Assert.Equal(callsWhenOpened, handler.Calls);
        Assert.Contains("paused", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_BodyLargerThanTheCap_IsRefused()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Status(HttpStatusCode.OK, new string('あ', 4000)));

        var error = await Assert.ThrowsAsync<FetchFailedException>(() => Fetcher(handler, new FetchOptions { MaxBytes = 2048 }).FetchAsync(Url, TestContext.Current.CancellationToken));

        Assert.Contains("2,048", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org/a.tsv")]
    public async Task Fetch_NonHttpUrl_IsRefusedWithoutARequest(string url)
    {
        var handler = new ScriptedHandler(ScriptedHandler.Status(HttpStatusCode.OK, Log));

        await Assert.ThrowsAsync<FetchFailedException>(() => Fetcher(handler).FetchAsync(new Uri(url), TestContext.Current.CancellationToken));

        Assert.Equal(0, handler.Calls);
    }
}
