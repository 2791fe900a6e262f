using Microsoft.Extensions.Logging;
using PiaSearch.Morphology;
using Polly;
using Polly.Retry;

namespace PiaSearch.Search.Indexing;

/// <summary>
/// Opens an index folder, waiting out a lock held for a moment by another process (an API shutting down,
/// a 'pia index' finishing) or a transient IO error, with exponential backoff and jitter.
/// </summary>
public static class IndexOpening
{
    public static ResiliencePipeline RetryPipeline(TimeProvider time, int maxRetries = 5, TimeSpan? firstDelay = null, Action<string>? onRetry = null) =>
        new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder()
                    .Handle<IndexLockedException>()
                    .Handle<IOException>(ex => ex is not (FileNotFoundException or DirectoryNotFoundException or IndexDamagedException)),
                MaxRetryAttempts = maxRetries,
                Delay = firstDelay ?? TimeSpan.FromMilliseconds(250),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = args =>
                {
                    onRetry?.Invoke($"attempt {args.AttemptNumber + 1} failed ({args.Outcome.Exception?.Message}); retrying in {args.RetryDelay.TotalMilliseconds:N0} ms");
                    return ValueTask.CompletedTask;
                },
            })
            .Build();

    /// <summary>Opens the folder through <paramref name="pipeline"/>; the last failure propagates when retries run out.</summary>
    /// <param name="repairDamaged">Start a fresh index when this one is damaged (the writer then rebuilds it from the document store).</param>
    public static IndexStore Open(string path, MorphologicalAnalyzer morphology, ResiliencePipeline pipeline, ILogger<IndexStore>? logger = null, bool repairDamaged = false) =>
        pipeline.Execute(static state => IndexStore.OpenFolder(state.path, state.morphology, state.logger, state.repairDamaged), (path, morphology, logger, repairDamaged));
}
