using Microsoft.Extensions.Time.Testing;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Tests.Ingest;

/// <summary>Retry with backoff on a locked index, on a fake clock.</summary>
public sealed class IndexOpeningTests(MorphologyFixture morphology) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pia-open-").FullName;
    private readonly FakeTimeProvider _time = new();

    private async Task<T> WithClockRunning<T>(Func<T> action)
    {
        var task = Task.Run(action);
        for (var i = 0; i < 1000 && !task.IsCompleted; i++)
        {
            await Task.Delay(2, TestContext.Current.CancellationToken);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        return await task;
    }

    [Fact]
    public async Task Open_LockReleasedWhileWaiting_OpensAfterRetrying()
    {
        var holder = IndexStore.OpenFolder(_folder, morphology.Analyzer);
        var retries = new List<string>();
        var pipeline = IndexOpening.RetryPipeline(_time, onRetry: message =>
        {
            retries.Add(message);
            holder.Dispose(); // the other process lets go
        });

        using var store = await WithClockRunning(() => IndexOpening.Open(_folder, morphology.Analyzer, pipeline));

        Assert.Single(retries);
        Assert.Contains("locked", retries[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_LockNeverReleased_FailsWithTheLockedErrorAfterTheRetries()
    {
        using var holder = IndexStore.OpenFolder(_folder, morphology.Analyzer);
        var retries = 0;
        var pipeline = IndexOpening.RetryPipeline(_time, maxRetries: 3, onRetry: _ => retries++);

        await Assert.ThrowsAsync<IndexLockedException>(() => WithClockRunning(() => IndexOpening.Open(_folder, morphology.Analyzer, pipeline)));

        Assert.Equal(3, retries);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
