using Prometheus;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Api.Observability;

/// <summary>
/// The service's counters and histograms, in a registry of its own (one per running app, so test hosts do not
/// share state), exposed in Prometheus text format at /metrics with the .NET process statistics.
/// </summary>
public sealed class PiaMetrics
{
    private static readonly double[] DurationBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly Counter _queries;
    private readonly Histogram _searchSeconds;
    private readonly Counter _documents;
    private readonly Counter _rows;
    private readonly Counter _rejectedRows;
    private readonly Counter _errors;

    public PiaMetrics(IndexStore store)
    {
        Registry = Metrics.NewCustomRegistry();
        DotNetStats.Register(Registry);
        var factory = Metrics.WithCustomRegistry(Registry);
        _queries = factory.CreateCounter("pia_search_queries_total", "Search requests by outcome (ok, invalid, unavailable, limited).", "outcome");
        _searchSeconds = factory.CreateHistogram("pia_search_duration_seconds", "Time to answer a valid search.", new HistogramConfiguration { Buckets = DurationBuckets });
        _documents = factory.CreateCounter("pia_ingest_documents_total", "Change logs added, replaced, removed or rebuilt, by operation.", "operation");
        _rows = factory.CreateCounter("pia_ingest_rows_total", "Change entries indexed.");
        _rejectedRows = factory.CreateCounter("pia_ingest_rejected_rows_total", "Lines of change logs that could not be indexed.");
        _errors = factory.CreateCounter("pia_errors_total", "Unhandled errors, by exception type.", "type");
        var indexRows = factory.CreateGauge("pia_index_rows", "Change entries in the index.");
        var indexDocuments = factory.CreateGauge("pia_index_documents", "Change logs in the index.");
        Registry.AddBeforeCollectCallback(() =>
        {
            indexRows.Set(store.Count);
            indexDocuments.Set(store.Catalog.Documents.Count);
        });
    }

    public CollectorRegistry Registry { get; }

    public void SearchAnswered(TimeSpan elapsed)
    {
        _queries.WithLabels("ok").Inc();
        _searchSeconds.Observe(elapsed.TotalSeconds);
    }

    public void SearchRefused(string outcome) => _queries.WithLabels(outcome).Inc();

    public void Ingested(string operation, int rows, int rejected)
    {
        _documents.WithLabels(operation).Inc();
        _rows.Inc(rows);
        _rejectedRows.Inc(rejected);
    }

    public void Failed(Exception exception) => _errors.WithLabels(exception.GetType().Name).Inc();
}
