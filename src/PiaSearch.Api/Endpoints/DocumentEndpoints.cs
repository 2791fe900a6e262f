using Microsoft.AspNetCore.Http.HttpResults;
using PiaSearch.Api.Contracts;
using PiaSearch.Api.Fetching;
using PiaSearch.Api.Hosting;
using Microsoft.Extensions.Options;
using PiaSearch.Api.Observability;
using PiaSearch.Api.Validation;
using PiaSearch.Search.Catalog;
using PiaSearch.Search.Indexing;
using PiaSearch.Search.Ingest;

namespace PiaSearch.Api.Endpoints;

/// <summary>The change logs in the index: list them (public), add, replace and remove them (admin key).</summary>
public static class DocumentEndpoints
{
    public static RouteGroupBuilder MapDocumentEndpoints(this IEndpointRouteBuilder routes, long maxUploadBytes)
    {
        var group = routes.MapGroup("/api/documents").WithTags("Documents");
        group.MapGet("/", List)
            .WithName("ListDocuments")
            .WithSummary("索引にある変更箇所一覧 / Change logs in the index")
            .RequireCors(PiaSearchHostingExtensions.EmbedCorsPolicy);
        group.MapGet("/{id}", Get)
            .WithName("GetDocument")
            .WithSummary("変更箇所一覧の情報 / One change log")
            .RequireCors(PiaSearchHostingExtensions.EmbedCorsPolicy);
        group.MapPost("/", Add)
            .WithName("AddDocument")
            .WithSummary("変更箇所一覧を追加・置換する / Add or replace a change log")
            .WithDescription("Send the TSV as multipart/form-data (field 'file', optional 'id', 'municipality', 'evaluation'), " +
                "as a raw text/tab-separated-values or text/plain body (with ?id=…), " +
                "or JSON { sourceUrl, id, municipality, evaluation } to fetch it. " +
                "The document is committed whole: searches see all of its rows or none. Requires the X-Api-Key header.")
            .AddEndpointFilter<ApiKeyEndpointFilter>()
            .AddEndpointFilter<IndexReadyEndpointFilter>()
            .WithRequestTimeout(ProtectionExtensions.IngestTimeout)
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitMetadata(maxUploadBytes));
        group.MapDelete("/{id}", Delete)
            .WithName("DeleteDocument")
            .WithSummary("変更箇所一覧を削除する / Remove a change log")
            .AddEndpointFilter<ApiKeyEndpointFilter>()
            .AddEndpointFilter<IndexReadyEndpointFilter>();
        return group;
    }

    /// <summary>Anonymous callers see file names relative to the corpus folder; with the admin key, the server's paths. O(documents).</summary>
    public static Results<Ok<IReadOnlyList<DocumentRecord>>, ProblemHttpResult> List(IndexStore store, HttpContext http, IOptions<AdminOptions> admin, FailedKeyThrottle throttle, IndexPaths paths)
    {
        var caller = ApiKeyEndpointFilter.Check(http, admin.Value, throttle);
        if (caller == KeyCheck.Throttled)
        {
            return ApiKeyEndpointFilter.TooManyAttempts(http, throttle);
        }

        return TypedResults.Ok<IReadOnlyList<DocumentRecord>>([.. store.Catalog.Documents.Values.Select(r => DocumentSources.ForCaller(r, caller == KeyCheck.Valid, paths.Corpus))]);
    }

    public static Results<Ok<DocumentRecord>, ProblemHttpResult> Get(string id, IndexStore store, HttpContext http, IOptions<AdminOptions> admin, FailedKeyThrottle throttle, IndexPaths paths)
    {
        if (IdScript.Problem(id) is { } invalid)
        {
            return invalid;
        }

        var caller = ApiKeyEndpointFilter.Check(http, admin.Value, throttle);
        if (caller == KeyCheck.Throttled)
        {
            return ApiKeyEndpointFilter.TooManyAttempts(http, throttle);
        }

        return store.Catalog.Find(id) is { } record ? TypedResults.Ok(DocumentSources.ForCaller(record, caller == KeyCheck.Valid, paths.Corpus)) : NotFound(id);
    }

    public static async Task<Results<Created<DocumentIngestResponse>, Ok<DocumentIngestResponse>, ValidationProblem, ProblemHttpResult>> Add(
        HttpRequest request,
        DocumentIngestService ingest,
        ChangeLogFetcher fetcher,
        PiaMetrics metrics,
        CancellationToken cancellationToken)
    {

        var upload = await DocumentUploadReader.ReadAsync(request, fetcher, cancellationToken);
        if (upload.Errors is { } errors)
        {
            return TypedResults.ValidationProblem(errors, detail: string.Join(" ", errors.Values.SelectMany(v => v)), title: "変更箇所一覧を受け付けられません / The change log was not accepted");
        }

        if (upload.Failure is { } failure)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status502BadGateway, title: "取得できませんでした / The change log could not be fetched", detail: failure);
        }

        await using var content = upload.Content!;
        DocumentIngestResult result;
        try
        {
            result = await ingest.AddAsync(content, upload.Id!, upload.Source!, upload.Metadata, cancellationToken);
        }
        catch (DocumentRefusedException refused)
        {
            metrics.Ingested("refused", refused.Entries, refused.Rejected);
            return Refused(refused);
        }
        catch (IOException ex) when (DurableFile.IsDiskFull(ex))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status507InsufficientStorage,
                title: "ディスクがいっぱいです / The disk is full",
                detail: "文書を保存できませんでした。何も変わっていません。/ The document could not be stored; nothing was changed.");
        }

        metrics.Ingested(result.Replaced ? "replace" : "add", result.Document.Entries, result.Document.Rejected);
        var response = new DocumentIngestResponse(result.Document, result.Replaced, [.. result.Rejected.Select(r => new RejectedLine(r.Line, r.Reason))],
            result.Warnings.Count,
            [.. result.Warnings.Take(DocumentIngestResponse.MaxWarningLines).Select(w => new RejectedLine(w.Line, w.Reason))]);
        return result.Replaced
            ? TypedResults.Ok(response)
            : TypedResults.Created($"/api/documents/{Uri.EscapeDataString(result.Document.Id)}", response);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(string id, DocumentIngestService ingest, PiaMetrics metrics, CancellationToken cancellationToken)
    {
        if (IdScript.Problem(id) is { } invalid)
        {
            return invalid;
        }

        if (!DocumentIds.IsValid(id))
        {
            return NotFound(id);
        }

        if (!await ingest.RemoveAsync(id, cancellationToken))
        {
            return NotFound(id);
        }

        metrics.Ingested("delete", 0, 0);
        return TypedResults.NoContent();
    }

    /// <summary>422 with the rejected lines (number and reason) as the extension "rejected".</summary>
    private static ProblemHttpResult Refused(DocumentRefusedException refused) => TypedResults.Problem(
        statusCode: StatusCodes.Status422UnprocessableEntity,
        title: "変更箇所一覧を受け付けられません / The change log was not accepted",
        detail: $"{refused.Message.TrimEnd('.')}. 何も保存していません。Nothing was stored.",
        extensions: new Dictionary<string, object?>
        {
            ["documentId"] = refused.DocumentId,
            ["entries"] = refused.Entries,
            ["rejectedCount"] = refused.Rejected,
            ["rejected"] = refused.Reasons.Select(r => new RejectedLine(r.Line, r.Reason)).ToList(),
        });

    private static ProblemHttpResult NotFound(string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "変更箇所一覧がありません / No such change log",
        detail: $"文書 '{id}' は索引にありません。一覧は GET /api/documents で見られます。The index holds no document '{id}'; GET /api/documents lists them.");
}
