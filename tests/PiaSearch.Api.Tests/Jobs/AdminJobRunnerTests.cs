using Microsoft.Extensions.Logging.Abstractions;
using PiaSearch.Api.Jobs;

namespace PiaSearch.Api.Tests.Jobs;

/// <summary>The job runner: one job at a time, cancellation before and during a run, failures, progress, and the cap.</summary>
public sealed class AdminJobRunnerTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static async Task<AdminJobRunner> StartedAsync()
    {
        var runner = new AdminJobRunner(TimeProvider.System, NullLogger<AdminJobRunner>.Instance);
        await runner.StartAsync(Token);
        return runner;
    }

    private static async Task<AdminJobSnapshot> UntilAsync(AdminJob job, Func<AdminJobSnapshot, bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!condition(job.Snapshot()))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Job {job.Id} is still {job.Snapshot().State}.");
            }

            await Task.Delay(10, Token);
        }

        return job.Snapshot();
    }

    /// <summary>Work that runs until it is cancelled, saying when it has started.</summary>
    private static AdminJobWork UntilCancelled(TaskCompletionSource started) => (_, cancellationToken) =>
    {
        started.TrySetResult();
        cancellationToken.WaitHandle.WaitOne();
        cancellationToken.ThrowIfCancellationRequested();
        return null;
    };

    [Fact]
    public async Task Cancel_TheRunningAndTheQueuedJob_BothEndCancelledAndTheQueuedOneNeverRuns()
    {
        using var runner = await StartedAsync();
        var started = new TaskCompletionSource();
        var secondRan = false;
        var first = runner.Enqueue(AdminJobKinds.Reindex, UntilCancelled(started))!;
        var second = runner.Enqueue(AdminJobKinds.Backup, (_, _) => secondRan = true)!;
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30), Token);

        // One job at a time: the second waits while the first runs.
        Assert.Equal(AdminJobState.Running, first.Snapshot().State);
        Assert.Equal(AdminJobState.Queued, second.Snapshot().State);

        Assert.True(second.Cancel());
        Assert.True(first.Cancel());
        var firstDone = await UntilAsync(first, s => s.FinishedAt is not null);
        var secondDone = second.Snapshot();

        Assert.Equal(AdminJobState.Cancelled, firstDone.State);
        Assert.Equal(AdminJobState.Cancelled, secondDone.State);
        Assert.Contains("Cancelled", firstDone.Error, StringComparison.Ordinal);
        Assert.Null(secondDone.StartedAt);
        await runner.StopAsync(Token);
        Assert.False(secondRan);
    }

    [Fact]
    public async Task Run_WorkThatThrows_FailsWithItsMessageInBothLanguages()
    {
        using var runner = await StartedAsync();

        var job = runner.Enqueue(AdminJobKinds.Reindex, (_, _) => throw new InvalidOperationException("the store is unreadable"))!;
        var done = await UntilAsync(job, s => s.FinishedAt is not null);

        Assert.Equal(AdminJobState.Failed, done.State);
        Assert.Equal("索引を作り直せませんでした / The rebuild failed: the store is unreadable", done.Error);
        Assert.Null(done.Result);
        Assert.False(job.Cancel());
    }

    [Fact]
    public async Task Run_WorkThatSucceeds_KeepsItsResultTimesAndLastProgress()
    {
        using var runner = await StartedAsync();

        var job = runner.Enqueue(AdminJobKinds.Backup, (progress, _) =>
        {
            // Reports from several threads arrive out of order; the job never goes backwards.
            Parallel.For(1, 101, i => progress.Report(new AdminJobProgress(i, 100, "files")));
            return "report";
        })!;
        var done = await UntilAsync(job, s => s.FinishedAt is not null);

        Assert.Equal(AdminJobState.Succeeded, done.State);
        Assert.Equal("report", done.Result);
        Assert.Equal(new AdminJobProgress(100, 100, "files"), done.Progress);
        Assert.True(done.QueuedAt <= done.StartedAt && done.StartedAt <= done.FinishedAt);
    }

    [Fact]
    public async Task Enqueue_BeyondTheCap_ForgetsTheOldestFinishedJobs()
    {
        using var runner = await StartedAsync();
        var jobs = new List<AdminJob>();
        for (var i = 0; i < AdminJobRunner.MaxKept + 2; i++)
        {
            var job = runner.Enqueue(AdminJobKinds.Backup, (_, _) => null)!;
            await UntilAsync(job, s => s.FinishedAt is not null);
            jobs.Add(job);
        }

        Assert.Null(runner.Find(jobs[0].Id));
        Assert.Null(runner.Find(jobs[1].Id));
        Assert.Same(jobs[2], runner.Find(jobs[2].Id));
        Assert.Same(jobs[^1], runner.Find(jobs[^1].Id));
    }

    [Fact]
    public async Task Enqueue_WhenTheQueueIsFull_IsRefused()
    {
        using var runner = await StartedAsync();
        var started = new TaskCompletionSource();
        var running = runner.Enqueue(AdminJobKinds.Reindex, UntilCancelled(started))!;
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30), Token);
        var waiting = Enumerable.Range(0, AdminJobRunner.MaxQueued).Select(_ => runner.Enqueue(AdminJobKinds.Backup, (_, _) => null)).ToList();

        var refused = runner.Enqueue(AdminJobKinds.Backup, (_, _) => null);

        Assert.All(waiting, Assert.NotNull);
        Assert.Null(refused);
        running.Cancel();
    }
}
