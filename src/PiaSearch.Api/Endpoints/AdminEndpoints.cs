using Microsoft.AspNetCore.Http.HttpResults;
using PiaSearch.Api.Hosting;
using PiaSearch.Api.Observability;
using PiaSearch.Search.Ingest;

namespace PiaSearch.Api.Endpoints;

/// <summary>Administration: rebuilding the index. Every route requires the admin key.</summary>
public static class AdminEndpoints
{
    public static RouteGroupBuilder MapAdminEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/admin").WithTags("Admin").AddEndpointFilter<ApiKeyEndpointFilter>()
            .AddEndpointFilter<IndexReadyEndpointFilter>();
        group.MapPost("/reindex", Reindex)
            .WithRequestTimeout(ProtectionExtensions.IngestTimeout)
            .WithName("Reindex")
            .WithSummary("索引を作り直す / Rebuild the index from the corpus folder")
            .WithDescription("Replaces the whole index with the change logs in Index:CorpusPath, in one commit: searches see the old index until the new one is complete. Requires the X-Api-Key header.");
        return group;
    }

    public static Results<Ok<ReindexResponse>, ProblemHttpResult> Reindex(ChangeLogIngestor ingestor, IndexPaths paths, PiaMetrics metrics, CancellationToken cancellationToken)
    {

        if (!Directory.Exists(paths.Corpus))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "コーパスのフォルダがありません / The corpus folder does not exist",
                detail: $"Index:CorpusPath points at {paths.Corpus}, which does not exist.");
        }

        var report = ingestor.Rebuild([paths.Corpus], cancellationToken: cancellationToken);
        foreach (var file in report.Files)
        {
            metrics.Ingested("rebuild", file.Entries, file.Rejected.Count);
        }

        return TypedResults.Ok(new ReindexResponse(
            report.Files.Count,
            report.Entries,
            report.Files.SelectMany(f => f.Rejected.Select(r => new RejectedLineDto(f.DocumentId, r.Line, r.Reason))).ToList()));
    }
}

/// <summary>What a rebuild indexed.</summary>
public sealed record ReindexResponse(int Documents, int Entries, IReadOnlyList<RejectedLineDto> Rejected);

/// <summary>A line that was not indexed, and why.</summary>
public sealed record RejectedLineDto(string Document, int Line, string Reason);
