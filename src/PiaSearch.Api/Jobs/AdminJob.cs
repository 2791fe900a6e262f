namespace PiaSearch.Api.Jobs;

/// <summary>
/// One administration job (a rebuild, a backup) and its state. Every change of state happens under one lock, so a
/// cancellation racing the start or the end of the work leaves one consistent answer; readers take a
/// <see cref="Snapshot"/>.
/// </summary>
public sealed class AdminJob : IDisposable
{
    private readonly System.Threading.Lock _lock = new();
    private readonly CancellationTokenSource _cancellation = new();
    private readonly TimeProvider _time;
    private AdminJobState _state = AdminJobState.Queued;
    private AdminJobProgress? _progress;
    private DateTimeOffset? _startedAt;
    private DateTimeOffset? _finishedAt;
    private object? _result;
    private string? _error;

    internal AdminJob(string id, string kind, AdminJobWork work, TimeProvider time)
    {
        Id = id;
        Kind = kind;
        Work = work;
        _time = time;
        QueuedAt = time.GetUtcNow();
    }

    public string Id { get; }

    /// <summary>What the job does (<c>reindex</c>, <c>backup</c>).</summary>
    public string Kind { get; }

    public DateTimeOffset QueuedAt { get; }

    internal AdminJobWork Work { get; }

    /// <summary>Cancelled when the job is to stop.</summary>
    internal CancellationToken Cancellation => _cancellation.Token;

    /// <summary>True once the job has succeeded, failed or been cancelled.</summary>
    public bool IsFinished
    {
        get
        {
            lock (_lock)
            {
                return _state is AdminJobState.Succeeded or AdminJobState.Failed or AdminJobState.Cancelled;
            }
        }
    }

    /// <summary>A consistent copy of the job's state.</summary>
    public AdminJobSnapshot Snapshot()
    {
        lock (_lock)
        {
            return new AdminJobSnapshot(Id, Kind, _state, _progress, QueuedAt, _startedAt, _finishedAt, _result, _error);
        }
    }

    /// <summary>Queued to running; false when the job was cancelled while it waited (it is then not run).</summary>
    internal bool TryStart()
    {
        lock (_lock)
        {
            if (_state != AdminJobState.Queued)
            {
                return false;
            }

            _state = AdminJobState.Running;
            _startedAt = _time.GetUtcNow();
            return true;
        }
    }

    /// <summary>
    /// Asks the job to stop: a queued job is cancelled at once; a running one when its work notices. False when it had
    /// already finished.
    /// </summary>
    public bool Cancel()
    {
        lock (_lock)
        {
            switch (_state)
            {
                case AdminJobState.Queued:
                    _state = AdminJobState.Cancelled;
                    _finishedAt = _time.GetUtcNow();
                    _error = "開始前に取り消されました / Cancelled before it started";
                    break;
                case AdminJobState.Running:
                    break;
                default:
                    return false;
            }
        }

        _cancellation.Cancel();
        return true;
    }

    internal void Report(AdminJobProgress progress)
    {
        lock (_lock)
        {
            // Parallel work reports out of order: never go backwards.
            if (_state == AdminJobState.Running && (_progress is null || progress.Done >= _progress.Done))
            {
                _progress = progress;
            }
        }
    }

    internal void Succeed(object? result) => Finish(AdminJobState.Succeeded, result, null);

    internal void Fail(string error) => Finish(AdminJobState.Failed, null, error);

    internal void Cancelled(string reason) => Finish(AdminJobState.Cancelled, null, reason);

    private void Finish(AdminJobState state, object? result, string? error)
    {
        lock (_lock)
        {
            if (_state != AdminJobState.Running)
            {
                return;
            }

            _state = state;
            _result = result;
            _error = error;
            _finishedAt = _time.GetUtcNow();
        }
    }

    public void Dispose() => _cancellation.Dispose();
}
