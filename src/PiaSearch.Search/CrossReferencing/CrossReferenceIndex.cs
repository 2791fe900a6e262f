using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Questions;
using PiaSearch.CrossReference.Understanding;
using PiaSearch.Search.Catalog;
using PiaSearch.Search.Indexing;
using PiaSearch.Search.Querying;

namespace PiaSearch.Search.CrossReferencing;

/// <summary>
/// The cross-reference model of the rows the index holds: immutable, and kept until a commit changes them. It is
/// made of one part per organisation (municipality, or log whose municipality is unknown); after a commit only the
/// parts whose logs were added, replaced, deleted or moved are rebuilt from their rows, the others are kept, and the
/// parts are put side by side again. Nothing is written to the index and ingest does not wait for it: after a
/// commit the model is rebuilt in the background when the index is small enough, otherwise on first use.
/// </summary>
public sealed partial class CrossReferenceIndex : IDisposable
{
    /// <summary>Up to this many rows the model is rebuilt right after each commit; above, only when asked for.</summary>
    public const int EagerRows = 50_000;

    private readonly IndexStore _store;
    private readonly IndexChangedRowFinder _rows;
    private readonly CrossReferenceBuilder _builder;
    private readonly ILogger _logger;
    private readonly SavedParts? _savedParts;
    private readonly System.Threading.Lock _buildLock = new();
    private volatile Snapshot? _current;
    private ImmutableSortedDictionary<string, PartState> _parts = ImmutableSortedDictionary.Create<string, PartState>(StringComparer.Ordinal);
    private readonly System.Threading.Lock _startLock = new();
    private Task? _build;

    /// <param name="store">The index.</param>
    /// <param name="builder">Builds the parts.</param>
    /// <param name="logger">Where builds are logged.</param>
    /// <param name="saveParts">
    /// True (the default) to save each part built beside an index on disk (<see cref="SavedParts"/>) and to load the saved
    /// parts of unchanged logs at start instead of rebuilding them.
    /// </param>
    public CrossReferenceIndex(IndexStore store, CrossReferenceBuilder builder, ILogger<CrossReferenceIndex>? logger = null, bool saveParts = true)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _rows = new IndexChangedRowFinder(store);
        _builder = builder;
        _logger = logger ?? NullLogger<CrossReferenceIndex>.Instance;
        _savedParts = saveParts && store.Root is { } root ? new SavedParts(Path.Combine(root, SavedParts.FolderName), _logger, readOnly: store.IsReadOnly) : null;
        _store.Committed += OnCommitted;
    }

    /// <summary>The model of the rows the index holds now, built first if it is not (which may take a while on a large index).</summary>
    public CrossReferenceModel Current => CurrentSnapshot().Model;

    /// <summary>Answers questions about <see cref="Current"/> (made once per model: it indexes the names).</summary>
    public QuestionAnswerer Answerer => CurrentSnapshot().Answerer.Value;

    /// <summary>The model of the rows the index holds now and its question answerer, from the same commit.</summary>
    public (CrossReferenceModel Model, QuestionAnswerer Answerer) CurrentWithAnswerer()
    {
        var snapshot = CurrentSnapshot();
        return (snapshot.Model, snapshot.Answerer.Value);
    }

    /// <summary>The model of the rows the index holds now if it is built, without waiting for a build.</summary>
    public bool TryGetCurrent([NotNullWhen(true)] out CrossReferenceModel? model)
    {
        var current = _current;
        model = current is not null && current.Generation == _store.Generation ? current.Model : null;
        return model is not null;
    }

    /// <summary>Up to this many rows the model is built right after each commit and waited for by requests (default <see cref="EagerRows"/>).</summary>
    public int EagerRowLimit { get; init; } = EagerRows;

    /// <summary>True when the index is small enough for its model to be built quickly (and so waited for).</summary>
    public bool IsSmall => _store.Count <= EagerRowLimit;

    /// <summary>Builds the model in the background when the index is small enough for that to be quick.</summary>
    public void WarmUp()
    {
        if (IsSmall)
        {
            _ = BuildInBackground();
        }
    }

    /// <summary>How long a request on a small index waits for its model before it is told to come back (503).</summary>
    public TimeSpan SmallIndexWait { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// True when a request can be answered now (see <see cref="ForRequest"/>): the model of the current rows is built;
    /// or, on a small index, it was built within <see cref="SmallIndexWait"/>; or, on a large one, a model of earlier
    /// rows exists while the current one is built in the background. False means "come back later" (503): no request
    /// waits minutes for a build. O(1), or the bounded wait.
    /// </summary>
    public async Task<bool> IsAvailableAsync(CancellationToken cancellationToken = default)
    {
        if (TryGetCurrent(out _))
        {
            return true;
        }

        if (!IsSmall)
        {
            _ = BuildInBackground();
            return _current is not null;
        }

        var deadline = DateTime.UtcNow + SmallIndexWait;
        while (DateTime.UtcNow < deadline)
        {
            var build = BuildInBackground();
            var left = deadline - DateTime.UtcNow;
            if (build is not null && left > TimeSpan.Zero)
            {
                try
                {
                    await build.WaitAsync(left, cancellationToken).ConfigureAwait(false);
                }
                catch (TimeoutException)
                {
                    return false;
                }
            }

            if (TryGetCurrent(out _))
            {
                return true;
            }
        }

        return TryGetCurrent(out _);
    }

    /// <summary>
    /// The model a request reads: that of the current rows when built; on a large index whose current model is being
    /// built, the latest one built (of earlier rows; <see cref="IsServingEarlierRows"/>), so that a steady stream of
    /// uploads cannot keep the cross-reference endpoints unavailable; on a small index, too, the latest one built when a
    /// commit lands after <see cref="IsAvailableAsync"/> (the new one follows in the background); built now only when no
    /// model has been built yet.
    /// </summary>
    public CrossReferenceModel ForRequest() => ServingSnapshot().Model;

    /// <summary>The model a request reads (see <see cref="ForRequest"/>) with its question answerer.</summary>
    public (CrossReferenceModel Model, QuestionAnswerer Answerer) ForRequestWithAnswerer()
    {
        var snapshot = ServingSnapshot();
        return (snapshot.Model, snapshot.Answerer.Value);
    }

    /// <summary>
    /// What the model knows about the words of a query: that of the latest model built (after a commit, the new one is
    /// built in the background while the previous one serves), so that a search never waits for a build; on a small
    /// index with no model yet, built now; on a large one, null until the background build has made it.
    /// </summary>
    public QueryUnderstanding? UnderstandingNow()
    {
        var current = _current;
        if (current is null)
        {
            if (!IsSmall)
            {
                _ = BuildInBackground();
                return null;
            }

            // The very first model of a small index: built now, as the hits' entities would need it anyway.
            try
            {
                current = CurrentSnapshot();
            }
            catch (Exception e) when (e is not OperationCanceledException and not ObjectDisposedException)
            {
                // A search never fails for the model's sake: it runs as typed, without expansions.
                LogUnderstandingFailed(_logger, e);
                return null;
            }
        }
        else if (current.Generation != _store.Generation)
        {
            // After a commit the search does not wait: the latest understanding built serves until the new one is made.
            _ = BuildInBackground();
        }

        return IsSmall || current.Understanding.IsValueCreated ? current.Understanding.Value : null;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Cross-reference: the model could not be built; searches run without expansions")]
    private static partial void LogUnderstandingFailed(ILogger logger, Exception exception);

    /// <summary>
    /// True on a large index while no model has been built yet, neither of the current rows nor of earlier ones: a request
    /// that needs the model is told to come back (503) rather than made to wait for the build.
    /// </summary>
    public bool HasNoModelYet => !IsSmall && _current is null;

    /// <summary>True when requests are being answered from a model of earlier rows while the current one is built.</summary>
    public bool IsServingEarlierRows => !IsSmall && _current is { } current && current.Generation != _store.Generation;

    /// <summary>Builds the model of the current rows in the background, whatever the size, unless a build is running; the running build, if any.</summary>
    public Task? BuildInBackground()
    {
        if (TryGetCurrent(out _))
        {
            return null;
        }

        lock (_startLock)
        {
            if (_build is { IsCompleted: false } running)
            {
                return running;
            }

            _build = Task.Run(() =>
            {
                try
                {
                    // The question answerer indexes every name (seconds on a million rows): built here too, so that
                    // the first question does not pay for it.
                    var snapshot = CurrentSnapshot();
                    _ = snapshot.Answerer.Value;
                }
                catch (ObjectDisposedException)
                {
                    // The store closed (shutdown) while the model was being built.
                }
            });
            return _build;
        }
    }

    /// <summary>
    /// Any built snapshot, the current rows' when there is one: a request is not made to wait (holding its thread on the
    /// build lock) for a commit that landed after <see cref="IsAvailableAsync"/> let it in; that commit's model is built
    /// in the background instead. Only before any model exists is one built here (callers outside the API's filters).
    /// </summary>
    private Snapshot ServingSnapshot()
    {
        if (_current is { } current)
        {
            if (current.Generation != _store.Generation)
            {
                _ = BuildInBackground();
            }

            return current;
        }

        return CurrentSnapshot();
    }

    public void Dispose() => _store.Committed -= OnCommitted;

    private Snapshot CurrentSnapshot()
    {
        var generation = _store.Generation;
        if (_current is { } current && current.Generation == generation)
        {
            return current;
        }

        lock (_buildLock)
        {
            generation = _store.Generation;
            if (_current is { } again && again.Generation == generation)
            {
                return again;
            }

            var model = BuildFromParts(_store.Catalog);
            var snapshot = new Snapshot(generation, model, _rows);
            _current = snapshot;
            LogBuilt(_logger, generation, model.Entries.Count, model.Entities.Count);
            return snapshot;
        }
    }

    /// <summary>
    /// The model of the rows the catalog describes, rebuilding only the parts (organisations) whose logs changed
    /// since the last build: a log added, replaced, deleted or moved to another municipality. Reads back the rows
    /// of those organisations only (O(their rows)), then puts every part side by side
    /// (<see cref="CrossReferenceModel.Combine"/>). Falls back to reading every row when the catalog does not
    /// account for every row (an index written before the catalog counted rows). Called under the build lock.
    /// </summary>
    private CrossReferenceModel BuildFromParts(DocumentCatalog catalog)
    {
        string? OrganisationOf(string id) => catalog.Find(id)?.Municipality;
        var documents = catalog.Documents.Values;
        if (documents.Sum(d => (long)d.Entries) != _store.Count)
        {
            _parts = ImmutableSortedDictionary.Create<string, PartState>(StringComparer.Ordinal);
            PartsRebuilt = -1;
            return _builder.Build(IndexedEntries.ReadAll(_store), OrganisationOf);
        }

        var wanted = documents.GroupBy(d => CrossReferenceBuilder.PartKey(d.Id, OrganisationOf), StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (Fingerprint: string.Join('\n', g.OrderBy(d => d.Id, StringComparer.Ordinal).Select(Fingerprint)), Documents: g.Select(d => d.Id).ToList()),
                StringComparer.Ordinal);
        var parts = _parts.RemoveRange(_parts.Keys.Where(k => !wanted.ContainsKey(k)).ToList());
        var changed = wanted.Where(w => !parts.TryGetValue(w.Key, out var have) || have.Fingerprint != w.Value.Fingerprint).ToList();
        PartsLoaded = 0;
        if (changed.Count > 0 && _savedParts is not null)
        {
            // Parts saved by an earlier build (this process's or another's) of the same logs, with the same code: read, not rebuilt.
            // On every core: reading is short (10 s for a million rows on two cores), and mostly happens at start.
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var loaded = changed.AsParallel().WithDegreeOfParallelism(Environment.ProcessorCount)
                .Select(c => (c.Key, c.Value.Fingerprint, Part: Prepared(_savedParts.TryLoad(c.Key, SavedFingerprint(c.Value.Fingerprint)))))
                .Where(l => l.Part is not null)
                .ToList();
            foreach (var (key, fingerprint, part) in loaded)
            {
                parts = parts.SetItem(key, new PartState(fingerprint, part!));
            }

            PartsLoaded = loaded.Count;
            changed = changed.Where(c => !parts.TryGetValue(c.Key, out var have) || have.Fingerprint != c.Value.Fingerprint).ToList();
            if (loaded.Count > 0)
            {
                LogPartsLoaded(_logger, loaded.Count, watch.ElapsedMilliseconds);
            }
        }

        if (changed.Count > 0)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var rows = changed.SelectMany(c => c.Value.Documents).SelectMany(_store.ReadRows).ToList();
            var rebuilt = _builder.BuildParts(rows, OrganisationOf).ToDictionary(p => p.Key, StringComparer.Ordinal);
            foreach (var (key, state) in changed)
            {
                parts = rebuilt.TryGetValue(key, out var part) ? parts.SetItem(key, new PartState(state.Fingerprint, part)) : parts.Remove(key);
            }

            LogPartsRebuilt(_logger, changed.Count, rows.Count, watch.ElapsedMilliseconds);
            if (_savedParts is not null)
            {
                changed.Where(c => parts.ContainsKey(c.Key)).AsParallel().WithDegreeOfParallelism(Math.Max(1, _builder.Parallelism))
                    .ForAll(c => _savedParts.Save(parts[c.Key].Part, SavedFingerprint(c.Value.Fingerprint)));
            }
        }

        _savedParts?.RemoveAllBut(wanted.Keys);
        PartsRebuilt = changed.Count(c => parts.ContainsKey(c.Key));

        _parts = parts;
        return CrossReferenceModel.Combine(parts.Values.Select(p => p.Part).ToList(), OrganisationOf);
    }

    /// <summary>How many organisations' parts the last build of the model rebuilt (the others were kept or loaded).</summary>
    public int PartsRebuilt { get; private set; }

    /// <summary>A loaded part with its chains built (on the loading thread, so that parts are prepared side by side).</summary>
    private static ModelPart? Prepared(ModelPart? part)
    {
        part?.Prepare();
        return part;
    }

    /// <summary>How many organisations' parts the last build read from the parts saved beside the index instead of rebuilding them.</summary>
    public int PartsLoaded { get; private set; }

    /// <summary>
    /// What a saved part must have been built from: the logs, the index they were read from (a rebuild of the index from
    /// the documents, perhaps by a newer parser, starts a new folder), the code that reads rows back from the index (this
    /// library's version) and the builder's settings.
    /// </summary>
    private string SavedFingerprint(string logs) =>
        string.Join('\n', logs, Path.GetFileName(_store.ActiveFolder) ?? string.Empty, RowReaderVersion, _builder.Settings);

    private static readonly string RowReaderVersion = typeof(CrossReferenceIndex).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private static string Fingerprint(DocumentRecord document) =>
        $"{document.Id}|{document.Sha256}|{document.IngestedAt:O}|{document.Entries}|{document.Municipality}";

    private void OnCommitted(object? sender, IndexCommittedEventArgs e) => WarmUp();

    /// <summary>A part and the logs (ids, hashes, ingest times) it was built from.</summary>
    private sealed record PartState(string Fingerprint, ModelPart Part);

    [LoggerMessage(Level = LogLevel.Information, Message = "Cross-reference: {Parts} organisations' parts loaded from the saved parts in {Milliseconds} ms")]
    private static partial void LogPartsLoaded(ILogger logger, int parts, long milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Cross-reference: {Parts} organisations' parts rebuilt from {Rows} rows in {Milliseconds} ms")]
    private static partial void LogPartsRebuilt(ILogger logger, int parts, int rows, long milliseconds);

    private sealed class Snapshot
    {
        public Snapshot(long generation, CrossReferenceModel model, IChangedRowFinder rows)
        {
            Generation = generation;
            Model = model;
            Understanding = new(() => new QueryUnderstanding(model));
            Answerer = new(() => new QuestionAnswerer(model, Understanding.Value.Spotter, rows));
        }

        public long Generation { get; }

        public CrossReferenceModel Model { get; }

        /// <summary>The model's query understanding, whose name spotter the question answerer shares.</summary>
        public Lazy<QueryUnderstanding> Understanding { get; }

        public Lazy<QuestionAnswerer> Answerer { get; }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Cross-reference model built for commit {Generation}: {Rows} rows, {Entities} entities")]
    private static partial void LogBuilt(ILogger logger, long generation, int rows, int entities);
}
