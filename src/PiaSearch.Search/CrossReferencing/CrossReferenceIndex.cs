using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Questions;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.CrossReferencing;

/// <summary>
/// The cross-reference model of what the index holds: built once from the stored rows and kept, immutable,
/// until the rows change (a new version of the index), then built again on first use.
/// </summary>
public sealed partial class CrossReferenceIndex(IndexStore store, CrossReferenceBuilder builder, ILogger<CrossReferenceIndex>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<CrossReferenceIndex>.Instance;
    private readonly System.Threading.Lock _lock = new();
    private volatile Snapshot? _current;

    /// <summary>The model of the rows the index holds now.</summary>
    public CrossReferenceModel Current
    {
        get
        {
            var version = IndexedEntries.Version(store);
            if (_current is { } current && current.Version == version)
            {
                return current.Model;
            }

            lock (_lock)
            {
                version = IndexedEntries.Version(store);
                if (_current is { } again && again.Version == version)
                {
                    return again.Model;
                }

                var model = builder.Build(IndexedEntries.ReadAll(store));
                _current = new Snapshot(version, model);
                LogRebuilt(_logger, version, model.Entities.Count);
                return model;
            }
        }
    }

    /// <summary>Answers questions about the current model (made once per model: it indexes the names).</summary>
    public QuestionAnswerer Answerer
    {
        get
        {
            var model = Current;
            var snapshot = _current!;
            if (!ReferenceEquals(snapshot.Model, model))
            {
                return new QuestionAnswerer(model);
            }

            return snapshot.Answerer.Value;
        }
    }

    /// <summary>True once a model has been built for the rows visible now.</summary>
    public bool IsBuilt => _current is { } current && current.Version == IndexedEntries.Version(store);

    /// <summary>Uses a model just built from the index's rows (by <see cref="EntityTagger"/>) instead of building it again.</summary>
    public void Adopt(CrossReferenceModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        lock (_lock)
        {
            _current = new Snapshot(IndexedEntries.Version(store), model);
        }
    }

    private sealed record Snapshot(long Version, CrossReferenceModel Model)
    {
        public Lazy<QuestionAnswerer> Answerer { get; } = new(() => new QuestionAnswerer(Model));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Cross-reference model built for index version {Version}: {Entities} entities")]
    private static partial void LogRebuilt(ILogger logger, long version, int entities);
}
