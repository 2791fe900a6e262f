using PiaSearch.Api.Observability;
using PiaSearch.Search.CrossReferencing;
using PiaSearch.Search.Indexing;
using PiaSearch.Search.Ingest;

namespace PiaSearch.Api.Hosting;

/// <summary>
/// On first start (no committed index), indexes every change log in the corpus folder, then marks the
/// index ready. An existing index is served as it is.
/// </summary>
public sealed partial class IndexBootstrapper(
    IndexStore store,
    ChangeLogIngestor ingestor,
    IndexPaths paths,
    IndexReadiness readiness,
    CrossReferenceIndex crossReference,
    PiaMetrics metrics,
    ILogger<IndexBootstrapper> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Run(() => Bootstrap(stoppingToken), stoppingToken);

    private void Bootstrap(CancellationToken stoppingToken)
    {
        try
        {
            if (store.HadCommitsWhenOpened)
            {
                LogExistingIndex(logger, paths.Index, store.Count);
            }
            else if (Directory.Exists(paths.Corpus))
            {
                LogSeeding(logger, paths.Corpus, paths.Index);
                var report = ingestor.IngestPaths([paths.Corpus], cancellationToken: stoppingToken);
                foreach (var file in report.Files)
                {
                    metrics.Ingested("add", file.Entries, file.Rejected.Count);
                    foreach (var rejected in file.Rejected)
                    {
                        LogRejected(logger, file.Source, rejected.Line, rejected.Reason);
                    }
                }

                LogSeeded(logger, report.Files.Count, report.Entries, report.Rejected);
            }
            else
            {
                LogNoCorpus(logger, paths.Corpus);
                using var batch = store.BeginBatch(stoppingToken);
                batch.Commit(); // an empty, committed index: the next start will not look for the corpus again
            }

            readiness.MarkReady();
            crossReference.BuildInBackground();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down before the first commit: the next start seeds again.
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            LogFailed(logger, ex, paths.Corpus);
            readiness.MarkFailed(ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving the existing index at {Path} ({Rows} rows)")]
    private static partial void LogExistingIndex(ILogger logger, string path, int rows);

    [LoggerMessage(Level = LogLevel.Information, Message = "No index yet: indexing the change logs in {Corpus} into {Index}")]
    private static partial void LogSeeding(ILogger logger, string corpus, string index);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{File} line {Line} rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, string file, int line, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Indexed {Files} change logs: {Entries} entries, {Rejected} rejected lines")]
    private static partial void LogSeeded(ILogger logger, int files, int entries, int rejected);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Corpus folder {Corpus} does not exist: starting with an empty index")]
    private static partial void LogNoCorpus(ILogger logger, string corpus);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not index the corpus at {Corpus}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string corpus);
}
