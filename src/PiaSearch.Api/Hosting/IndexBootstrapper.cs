using PiaSearch.Api.Observability;
using PiaSearch.Search.CrossReferencing;
using PiaSearch.Search.Indexing;
using PiaSearch.Search.Ingest;
using PiaSearch.Search.Querying;

namespace PiaSearch.Api.Hosting;

/// <summary>
/// On start, brings the index in line with the document store (<see cref="IndexMaintenance.Prepare"/>): an empty
/// store is seeded from the corpus folder; an index analysed otherwise (another user dictionary, a schema bump) or
/// damaged is rebuilt from the store into a new folder while the old one serves; otherwise documents stored but
/// not committed by a crashed writer are indexed. Then the index is marked ready.
/// </summary>
public sealed partial class IndexBootstrapper(
    IndexStore store,
    IndexMaintenance maintenance,
    IndexPaths paths,
    IndexReadiness readiness,
    CrossReferenceIndex crossReference,
    ChangeLogSearchService search,
    PiaMetrics metrics,
    ILogger<IndexBootstrapper> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Run(() => Bootstrap(stoppingToken), stoppingToken);

    private void Bootstrap(CancellationToken stoppingToken)
    {
        try
        {
            if (store.HadCommitsWhenOpened && store.RebuildReason is not null)
            {
                // The old index answers (perhaps less well) while the new one is built beside it.
                readiness.MarkReady();
            }

            if (!Directory.Exists(paths.Corpus) && maintenance.Documents.IsEmpty)
            {
                LogNoCorpus(logger, paths.Corpus);
            }

#pragma warning disable RS0030 // Start-up, on a thread of the bootstrapper's own (Task.Run), before requests are let in.
            var report = maintenance.Prepare(paths.Corpus, stoppingToken);
#pragma warning restore RS0030
            if (report.Rebuild is { } rebuild)
            {
                foreach (var file in rebuild.Files)
                {
                    metrics.Ingested("rebuild", file.Entries, file.Rejected.Count);
                    foreach (var rejected in file.Rejected)
                    {
                        LogRejected(logger, file.DocumentId, rejected.Line, rejected.Reason);
                    }
                }
            }

            LogServing(logger, paths.Index, paths.Documents, maintenance.Documents.Documents.Count, store.Count);
            readiness.MarkReady();

            // Search first: the model's load or build takes both cores for seconds (and its allocations pause every
            // thread), so the searches that need one-off work are warmed before it starts (a start's first searches
            // on 1,000,000 rows took 2.4-3.5 s while the model loaded).
            WarmUpSearch();
            _ = crossReference.BuildInBackground();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down during the first ingest: the store keeps what was stored; the next start indexes it.
        }
        catch (Exception ex) when (IsEnvironmental(ex))
        {
            LogFailed(logger, ex, paths.Documents);
            readiness.MarkFailed(ex.Message);
        }
    }

    /// <summary>
    /// Warms search up. Only a speed-up: whatever goes wrong is logged and the start goes on (the model is still
    /// loaded, the searches that need one-off work then pay for it themselves).
    /// </summary>
    private void WarmUpSearch()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            search.WarmUp();
            LogWarmedUp(logger, watch.ElapsedMilliseconds);
        }
#pragma warning disable CA1031 // An optional step: any failure of it must not stop the model's load or the host.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            LogWarmUpFailed(logger, ex, watch.ElapsedMilliseconds);
        }
    }

    /// <summary>A failure of the disk or the files (also when it comes from a parallel ingest), not a bug.</summary>
    private static bool IsEnvironmental(Exception ex) => ex switch
    {
        IOException or UnauthorizedAccessException or InvalidDataException => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(IsEnvironmental),
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Search warmed up in {Milliseconds} ms; the cross-reference model follows in the background")]
    private static partial void LogWarmedUp(ILogger logger, long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search warm-up failed after {Milliseconds} ms; searches still answer, the first ones may be slower")]
    private static partial void LogWarmUpFailed(ILogger logger, Exception exception, long milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving the index at {Index} from the document store {Documents} ({Stored} documents, {Rows} rows)")]
    private static partial void LogServing(ILogger logger, string index, string documents, int stored, int rows);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Document} line {Line} rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, string document, int line, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Corpus folder {Corpus} does not exist and the document store is empty: starting with an empty index")]
    private static partial void LogNoCorpus(ILogger logger, string corpus);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not bring the index in line with the document store {Documents}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string documents);
}
