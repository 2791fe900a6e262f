namespace PiaSearch.Api.Jobs;

/// <summary>
/// What a job does, on the runner's own thread (never a request's): reports progress, stops when the token is
/// cancelled (by <c>DELETE /api/admin/jobs/{id}</c> or shutdown), and returns the result shown when it succeeds.
/// </summary>
public delegate object? AdminJobWork(IProgress<AdminJobProgress> progress, CancellationToken cancellationToken);
