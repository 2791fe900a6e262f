using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using PiaSearch.Api.Hosting;
using PiaSearch.Api.Jobs;
using PiaSearch.Api.Observability;
using PiaSearch.Search.Indexing;
using PiaSearch.Search.Ingest;

namespace PiaSearch.Api.Endpoints;

/// <summary>
/// Administration: rebuilding the index from the document store, and backups. Both take minutes on a large store, so
/// they run as background jobs (<see cref="AdminJobRunner"/>, one at a time): the request answers 202 with the job's
/// URL at once, and the job is followed with GET and cancelled with DELETE. Every route requires the admin key.
/// </summary>
public static class AdminEndpoints
{
    /// <summary>Seconds a client is asked to wait when the job queue is full.</summary>
    public const int QueueFullRetryAfterSeconds = 30;

    public static RouteGroupBuilder MapAdminEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/admin").WithTags("Admin").AddEndpointFilter<ApiKeyEndpointFilter>()
            .AddEndpointFilter<IndexReadyEndpointFilter>();
        group.MapPost("/reindex", Reindex)
            .WithName("Reindex")
            .WithSummary("索引を文書ストアから作り直す（ジョブ）/ Rebuild the index from the document store, as a job")
            .WithDescription("Queues a job that re-ingests every document of the document store " +
                "(an empty store is first seeded from Index:CorpusPath) into a new index folder, then switches to it: " +
                "searches see the old index until the new one is complete. Answers 202 with Location: /api/admin/jobs/{id}; " +
                "the job's result is { documents, entries, rejected }. O(stored bytes) in the background. Requires the X-Api-Key header.");
        group.MapPost("/backup", Backup)
            .WithName("Backup")
            .WithSummary("オンラインバックアップ（ジョブ）/ Back up the document store and the index while serving, as a job")
            .WithDescription("Queues a job that copies the document store and the last index commit " +
                "(pinned by Lucene's SnapshotDeletionPolicy) into a new folder under Index:BackupPath; searches go on, writes wait. " +
                "Answers 202 with Location: /api/admin/jobs/{id}; the job's result is the backup report. " +
                "Restore with 'pia restore DIR' while the API is stopped. O(stored bytes + index bytes) in the background. " +
                "Requires the X-Api-Key header.");
        group.MapGet("/jobs/{id}", GetJob)
            .WithName("GetAdminJob")
            .WithSummary("管理ジョブの状態 / The state of an administration job")
            .WithDescription("state (queued, running, succeeded, failed, cancelled), progress (done of total, when known), " +
                "queuedAt, startedAt, finishedAt, and the result or the error (Japanese and English). " +
                "Jobs are kept in memory until the server stops (at most 100; the oldest finished go first). Requires the X-Api-Key header.");
        group.MapDelete("/jobs/{id}", CancelJob)
            .WithName("CancelAdminJob")
            .WithSummary("管理ジョブを取り消す / Cancel an administration job")
            .WithDescription("A queued job is cancelled at once; a running one stops at its next check, " +
                "leaving the index and the document store as they were (a rebuild's new folder and a backup's partial folder are removed). " +
                "202 with the job; 409 when it has already finished. Requires the X-Api-Key header.");
        return group;
    }

    // The jobs' work below runs on the job runner's own thread (AdminJobRunner), not on the request's: RS0030 is
    // suppressed for the minutes-long calls it makes there.
#pragma warning disable RS0030
    public static Results<Accepted<AdminJobResponse>, ProblemHttpResult> Reindex(AdminJobRunner jobs, IndexMaintenance maintenance, IndexPaths paths, PiaMetrics metrics, HttpContext http) =>
        Queue(jobs, AdminJobKinds.Reindex, http, (progress, cancellationToken) =>
        {
            if (maintenance.Documents.IsEmpty && Directory.Exists(paths.Corpus))
            {
                maintenance.SeedStore(paths.Corpus);
            }

            var report = maintenance.RebuildFromStore(
                new InlineProgress<IngestProgress>(p => progress.Report(new AdminJobProgress(p.FilesDone, p.FilesTotal, "documents"))),
                cancellationToken);
            foreach (var file in report.Files)
            {
                metrics.Ingested("rebuild", file.Entries, file.Rejected.Count);
            }

            return new ReindexResponse(
                report.Files.Count,
                report.Entries,
                [.. report.Files.SelectMany(f => f.Rejected.Select(r => new RejectedLineDto(f.DocumentId, r.Line, r.Reason)))]);
        });

    public static Results<Accepted<AdminJobResponse>, ProblemHttpResult> Backup(
        AdminJobRunner jobs, IndexStore store, IndexMaintenance maintenance, IndexPaths paths, TimeProvider time, HttpContext http) =>
        Queue(jobs, AdminJobKinds.Backup, http, (_, cancellationToken) =>
        {
            var folder = Path.Combine(paths.Backups, "backup-" + time.GetUtcNow().ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture));
            try
            {
                return StoreBackup.Create(store, maintenance.Documents, time, folder, cancellationToken);
            }
            catch (OperationCanceledException) when (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true); // without backup.json it could never be restored anyway
                throw;
            }
        });

#pragma warning restore RS0030

    public static Results<Ok<AdminJobResponse>, ProblemHttpResult> GetJob(string id, AdminJobRunner jobs) =>
        jobs.Find(id) is { } job ? TypedResults.Ok(AdminJobResponse.From(job.Snapshot())) : NoSuchJob(id);

    public static Results<Accepted<AdminJobResponse>, ProblemHttpResult> CancelJob(string id, AdminJobRunner jobs)
    {
        if (jobs.Find(id) is not { } job)
        {
            return NoSuchJob(id);
        }

        if (!job.Cancel())
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "ジョブは終わっています / The job has already finished",
                detail: $"ジョブ '{id}' は既に終わっているので取り消せません。The job '{id}' has already finished and cannot be cancelled.");
        }

        return TypedResults.Accepted(AdminJobResponse.UrlOf(job.Id), AdminJobResponse.From(job.Snapshot()));
    }

    private static Results<Accepted<AdminJobResponse>, ProblemHttpResult> Queue(AdminJobRunner jobs, string kind, HttpContext http, AdminJobWork work)
    {
        if (jobs.Enqueue(kind, work) is not { } job)
        {
            http.Response.Headers.RetryAfter = QueueFullRetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "管理ジョブが混んでいます / Too many administration jobs are waiting",
                detail: $"待っている管理ジョブが {AdminJobRunner.MaxQueued} 件あります。しばらくしてからもう一度お試しください。{AdminJobRunner.MaxQueued} administration jobs are already waiting; try again later.");
        }

        return TypedResults.Accepted(AdminJobResponse.UrlOf(job.Id), AdminJobResponse.From(job.Snapshot()));
    }

    private static ProblemHttpResult NoSuchJob(string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "ジョブがありません / No such job",
        detail: $"ジョブ '{id}' はありません（サーバーの再起動や古いジョブの整理で消えることがあります）。There is no job '{id}' (jobs are forgotten when the server restarts, and the oldest finished ones when many are kept).");
}

/// <summary>What a rebuild indexed.</summary>
public sealed record ReindexResponse(int Documents, int Entries, IReadOnlyList<RejectedLineDto> Rejected);

/// <summary>A line that was not indexed, and why.</summary>
public sealed record RejectedLineDto(string Document, int Line, string Reason);
