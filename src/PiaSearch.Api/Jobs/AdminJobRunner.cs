using System.Threading.Channels;
using PiaSearch.Search.Catalog;
using PiaSearch.Search.Ingest;

namespace PiaSearch.Api.Jobs;

/// <summary>
/// Runs the administration jobs (rebuilds, backups) one at a time, on a thread of their own, so that no request
/// waits for one: a request queues a job and answers 202 with its URL. The queue is bounded; the jobs are kept in
/// memory (at most <see cref="MaxKept"/>, the oldest finished dropped first) for <c>GET /api/admin/jobs/{id}</c>.
/// One job at a time is also what the index needs: each of them holds its single writer gate while it runs.
/// </summary>
public sealed partial class AdminJobRunner : BackgroundService
{
    /// <summary>Jobs that may wait; one more is refused until the queue moves.</summary>
    public const int MaxQueued = 8;

    /// <summary>Jobs kept for their state; past this the oldest finished is forgotten.</summary>
    public const int MaxKept = 100;

    private readonly Channel<AdminJob> _queue = Channel.CreateBounded<AdminJob>(new BoundedChannelOptions(MaxQueued)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    private readonly System.Threading.Lock _jobsLock = new();
    private readonly Dictionary<string, AdminJob> _jobs = new(StringComparer.Ordinal);
    private readonly LinkedList<AdminJob> _order = new();
    private readonly TimeProvider _time;
    private readonly ILogger<AdminJobRunner> _logger;

    public AdminJobRunner(TimeProvider time, ILogger<AdminJobRunner> logger)
    {
        _time = time;
        _logger = logger;
    }

    /// <summary>Queues a job; null when the queue is full (the caller answers 503).</summary>
    public AdminJob? Enqueue(string kind, AdminJobWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var job = new AdminJob(Guid.NewGuid().ToString("N"), kind, work, _time);
        lock (_jobsLock)
        {
            if (!_queue.Writer.TryWrite(job))
            {
                job.Dispose();
                return null;
            }

            _jobs[job.Id] = job;
            _order.AddLast(job);
            ForgetOldFinished();
        }

        LogQueued(_logger, job.Kind, job.Id);
        return job;
    }

    /// <summary>The job with this id, if it is still kept.</summary>
    public AdminJob? Find(string id)
    {
        lock (_jobsLock)
        {
            return _jobs.GetValueOrDefault(id);
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        // A thread of its own: a rebuild occupies it for minutes and must not hold one of the pool's.
        Task.Factory.StartNew(() => RunAll(stoppingToken), stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();

    private async Task RunAll(CancellationToken stoppingToken)
    {
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                while (_queue.Reader.TryRead(out var job))
                {
                    Run(job, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: jobs still queued are cancelled below.
        }

        while (_queue.Reader.TryRead(out var left))
        {
            left.Cancel();
        }
    }

    private void Run(AdminJob job, CancellationToken stoppingToken)
    {
        if (!job.TryStart())
        {
            return; // cancelled while it waited
        }

        LogStarted(_logger, job.Kind, job.Id);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(job.Cancellation, stoppingToken);
        try
        {
            var result = job.Work(new InlineProgress<AdminJobProgress>(job.Report), stop.Token);
            job.Succeed(result);
            LogSucceeded(_logger, job.Kind, job.Id);
        }
        catch (Exception ex) when (IsCancellation(ex) && stop.IsCancellationRequested)
        {
            job.Cancelled(stoppingToken.IsCancellationRequested
                ? "サーバーの停止で中止しました / Stopped because the server shut down"
                : "取り消されました。索引と文書ストアは元のままです / Cancelled; the index and the document store are as they were");
            LogCancelled(_logger, job.Kind, job.Id);
        }
        catch (Exception ex)
        {
            var cause = ex is AggregateException { InnerExceptions.Count: 1 } single ? single.InnerExceptions[0] : ex;
            job.Fail(cause is IOException io && DurableFile.IsDiskFull(io)
                ? $"ディスクがいっぱいです / The disk is full: {cause.Message}"
                : $"{FailureTitle(job.Kind)}: {cause.Message}");
            LogFailed(_logger, ex, job.Kind, job.Id);
        }
    }

    private static bool IsCancellation(Exception ex) =>
        ex is OperationCanceledException || (ex is AggregateException aggregate && aggregate.InnerExceptions.All(IsCancellation));

    private static string FailureTitle(string kind) => kind switch
    {
        AdminJobKinds.Reindex => "索引を作り直せませんでした / The rebuild failed",
        AdminJobKinds.Backup => "バックアップできませんでした / The backup failed",
        _ => "処理に失敗しました / The job failed",
    };

    /// <summary>Drops the oldest finished jobs beyond <see cref="MaxKept"/>; queued and running jobs are always kept. Under the jobs lock.</summary>
    private void ForgetOldFinished()
    {
        var node = _order.First;
        while (_jobs.Count > MaxKept && node is not null)
        {
            var next = node.Next;
            if (node.Value.IsFinished)
            {
                _jobs.Remove(node.Value.Id);
                _order.Remove(node);
                node.Value.Dispose();
            }

            node = next;
        }
    }

    public override void Dispose()
    {
        lock (_jobsLock)
        {
            foreach (var job in _jobs.Values)
            {
                job.Dispose();
            }

            _jobs.Clear();
            _order.Clear();
        }

        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Admin job {Kind} {Id} queued")]
    private static partial void LogQueued(ILogger logger, string kind, string id);

    [LoggerMessage(Level = LogLevel.Information, Message = "Admin job {Kind} {Id} started")]
    private static partial void LogStarted(ILogger logger, string kind, string id);

    [LoggerMessage(Level = LogLevel.Information, Message = "Admin job {Kind} {Id} succeeded")]
    private static partial void LogSucceeded(ILogger logger, string kind, string id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Admin job {Kind} {Id} cancelled")]
    private static partial void LogCancelled(ILogger logger, string kind, string id);

    [LoggerMessage(Level = LogLevel.Error, Message = "Admin job {Kind} {Id} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string kind, string id);
}
