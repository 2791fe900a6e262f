namespace PiaSearch.Api.Jobs;

/// <summary>
/// A job as <c>GET /api/admin/jobs/{id}</c> shows it: <c>state</c> is queued, running, succeeded, failed or cancelled;
/// <c>progress</c> counts what is done (of the total when known); <c>result</c> is the job's report once it
/// succeeded; <c>error</c> says, in Japanese and English, why it failed or was cancelled.
/// </summary>
public sealed record AdminJobResponse(
    string Id,
    string Kind,
    string State,
    string Url,
    AdminJobProgress? Progress,
    DateTimeOffset QueuedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    object? Result,
    string? Error)
{
    public static string UrlOf(string id) => $"/api/admin/jobs/{id}";

    public static AdminJobResponse From(AdminJobSnapshot job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new(
            job.Id,
            job.Kind,
            job.State switch
            {
                AdminJobState.Queued => "queued",
                AdminJobState.Running => "running",
                AdminJobState.Succeeded => "succeeded",
                AdminJobState.Failed => "failed",
                _ => "cancelled",
            },
            UrlOf(job.Id),
            job.Progress,
            job.QueuedAt,
            job.StartedAt,
            job.FinishedAt,
            job.Result,
            job.Error);
    }
}
