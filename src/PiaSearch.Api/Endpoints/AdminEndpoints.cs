using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using PiaSearch.Api.Hosting;
using PiaSearch.Api.Observability;
using PiaSearch.Search.Catalog;
using PiaSearch.Search.Indexing;
using PiaSearch.Search.Ingest;

namespace PiaSearch.Api.Endpoints;

/// <summary>Administration: rebuilding the index from the document store, and backups. Every route requires the admin key.</summary>
public static class AdminEndpoints
{
    public static RouteGroupBuilder MapAdminEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/admin").WithTags("Admin").AddEndpointFilter<ApiKeyEndpointFilter>()
            .AddEndpointFilter<IndexReadyEndpointFilter>();
        group.MapPost("/reindex", Reindex)
            .WithRequestTimeout(ProtectionExtensions.IngestTimeout)
            .WithName("Reindex")
            .WithSummary("索引を文書ストアから作り直す / Rebuild the index from the document store")
            .WithDescription("Re-ingests every document of the document store (an empty store is first seeded from Index:CorpusPath) into a new index folder, then switches to it: searches see the old index until the new one is complete. O(stored bytes). Requires the X-Api-Key header.");
        group.MapPost("/backup", Backup)
            .WithRequestTimeout(ProtectionExtensions.IngestTimeout)
            .WithName("Backup")
            .WithSummary("オンラインバックアップ / Back up the document store and the index while serving")
            .WithDescription("Copies the document store and the last index commit (pinned by Lucene's SnapshotDeletionPolicy) into a new folder under Index:BackupPath; searches go on, writes wait. Restore with 'pia restore DIR' while the API is stopped. O(stored bytes + index bytes). Requires the X-Api-Key header.");
        return group;
    }

    public static Ok<ReindexResponse> Reindex(IndexMaintenance maintenance, IndexPaths paths, PiaMetrics metrics, CancellationToken cancellationToken)
    {
        if (maintenance.Documents.IsEmpty && Directory.Exists(paths.Corpus))
        {
            maintenance.SeedStore(paths.Corpus);
        }

        var report = maintenance.RebuildFromStore(cancellationToken: cancellationToken);
        foreach (var file in report.Files)
        {
            metrics.Ingested("rebuild", file.Entries, file.Rejected.Count);
        }

        return TypedResults.Ok(new ReindexResponse(
            report.Files.Count,
            report.Entries,
            report.Files.SelectMany(f => f.Rejected.Select(r => new RejectedLineDto(f.DocumentId, r.Line, r.Reason))).ToList()));
    }

    public static Results<Ok<BackupReport>, ProblemHttpResult> Backup(IndexStore store, IndexMaintenance maintenance, IndexPaths paths, TimeProvider time, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(paths.Backups, "backup-" + time.GetUtcNow().ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture));
        try
        {
            return TypedResults.Ok(StoreBackup.Create(store, maintenance.Documents, time, folder, cancellationToken));
        }
        catch (IOException ex)
        {
            return TypedResults.Problem(
                statusCode: DurableFile.IsDiskFull(ex) ? StatusCodes.Status507InsufficientStorage : StatusCodes.Status500InternalServerError,
                title: "バックアップできませんでした / The backup failed",
                detail: ex.Message);
        }
    }
}

/// <summary>What a rebuild indexed.</summary>
public sealed record ReindexResponse(int Documents, int Entries, IReadOnlyList<RejectedLineDto> Rejected);

/// <summary>A line that was not indexed, and why.</summary>
public sealed record RejectedLineDto(string Document, int Line, string Reason);
