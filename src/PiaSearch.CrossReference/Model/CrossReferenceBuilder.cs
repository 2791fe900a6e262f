using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PiaSearch.CrossReference.Mentions;
using PiaSearch.CrossReference.Resolution;
using PiaSearch.CrossReference.Slots;
using PiaSearch.CrossReference.Successions;
using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.CrossReference.Model;

/// <summary>
/// Builds the cross-reference model from parsed rows, one organisation at a time (<see cref="ModelPart"/>): mentions
/// (twice: the first pass learns the abbreviations each log defines and the names its organisation's logs show
/// whole), laws for bare citations, name clusters, successions, entities, slot histories. The parts are then put
/// side by side (<see cref="CrossReferenceModel.Combine"/>). The same rows always give the same model and the same
/// ids, and an organisation's part depends on its own rows only, so that adding or replacing one log rebuilds one part.
/// Cost: O(R) in the rows R of a part for extraction, succession detection and slots; name clustering compares
/// the keys of one type within one part (OCR variants), O(K²) in the K distinct keys of that type in that part.
/// Entries of kind <see cref="EntryKind.Section"/> are left out: only change rows make the model.
/// </summary>
/// <param name="logger">Where to log each build.</param>
/// <param name="scores">The confidence given to each kind of succession evidence; <see cref="SuccessionScores.Default"/> when null.</param>
public sealed partial class CrossReferenceBuilder(ILogger<CrossReferenceBuilder>? logger = null, SuccessionScores? scores = null)
{
    private readonly MentionExtractor _extractor = new();
    private readonly ILogger _logger = logger ?? NullLogger<CrossReferenceBuilder>.Instance;
    private readonly SuccessionScores _scores = scores ?? SuccessionScores.Default;

    /// <summary>
    /// How many cores a build may use (default: all). A server building its model in the background while it answers
    /// searches leaves one core to the requests: on a million rows the build takes minutes, and searches must not slow down.
    /// </summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>What the model depends on besides the rows and the code: the succession scores (a saved part built with others is not reused).</summary>
    public string Settings => _scores.ToString();

    /// <param name="changeEntries">The rows of every change log.</param>
    /// <param name="organisationOf">The organisation (municipality) of a change log, when known: its departments, people
    /// and phone numbers are shared with the organisation's other logs. Unknown, a log is its own organisation.</param>
    public CrossReferenceModel Build(IEnumerable<ChangeEntry> changeEntries, Func<string, string?>? organisationOf = null)
    {
        var model = CrossReferenceModel.Combine(BuildParts(changeEntries, organisationOf), organisationOf);
        LogBuilt(_logger, model.Entries.Count, model.Entities.Count, model.Successions.Count, model.Slots.Count);
        return model;
    }

    /// <summary>The part key of a change log: "@" and its municipality when known, else the log's id.</summary>
    public static string PartKey(string documentId, Func<string, string?>? organisationOf) =>
        organisationOf?.Invoke(documentId) is { Length: > 0 } organisation ? "@" + organisation : documentId;

    /// <summary>The parts of the rows' organisations, in key order; several parts are built side by side on every core.</summary>
    public IReadOnlyList<ModelPart> BuildParts(IEnumerable<ChangeEntry> changeEntries, Func<string, string?>? organisationOf = null)
    {
        ArgumentNullException.ThrowIfNull(changeEntries);
        var groups = changeEntries.Where(e => e.Kind == EntryKind.Change).GroupBy(e => PartKey(e.DocumentId, organisationOf), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        return groups.Count == 1
            ? [BuildPart(groups[0].Key, groups[0], organisationOf, parallel: Parallelism > 1)]
            : groups.AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, Parallelism)).Select(g => BuildPart(g.Key, g, organisationOf, parallel: false)).ToList();
    }

    /// <summary>The part of one organisation, from all of its rows (those of every log whose <see cref="PartKey"/> is <paramref name="key"/>).</summary>
    public ModelPart BuildPart(string key, IEnumerable<ChangeEntry> changeEntries, Func<string, string?>? organisationOf = null) =>
        BuildPart(key, changeEntries, organisationOf, parallel: Parallelism > 1);

    private ModelPart BuildPart(string key, IEnumerable<ChangeEntry> changeEntries, Func<string, string?>? organisationOf, bool parallel)
    {
        ArgumentNullException.ThrowIfNull(changeEntries);

        // A section's text is today's wording, not a change: it would make successions of unrelated fields.
        var entries = changeEntries.Where(e => e.Kind == EntryKind.Change).OrderBy(e => e.DocumentId, StringComparer.Ordinal).ThenBy(e => e.Line).ToList();
        // Rows are read independently (the recognisers hold no state): on every core when asked, in the rows' order.
        var firstPass = Map(entries, e => _extractor.Extract(e), parallel);
        var aliases = LearnedAliases.From(firstPass.SelectMany(r => r.All));
        var known = firstPass.SelectMany(r => r.All).Select(m => m.Key).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        var rows = ContextLawResolver.Resolve(Map(entries, e => _extractor.Extract(e, aliases, known), parallel));

        var clusters = NameClusterer.Cluster(rows.SelectMany(r => r.All).ToList(), aliases, id => PartKey(id, organisationOf));
        var rowChanges = SuccessionDetector.Detect(rows, clusters, parallel, _scores);
        var byId = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var (entities, entityOfCluster) = EntityBuilder.Build(clusters, rowChanges, byId);
        var successions = SuccessionAggregator.Aggregate(rowChanges, entityOfCluster);
        string? EntityOf(Mention m) => clusters.Of(m) is { } c ? entityOfCluster[c.Id] : null;
        var slots = SlotHistoryBuilder.Build(rows, EntityOf, parallel);
        var part = new ModelPart(key, entries, rows, clusters, entities, entityOfCluster, rowChanges, successions, slots);
        part.Prepare();
        return part;
    }

    private List<TResult> Map<TResult>(List<ChangeEntry> entries, Func<ChangeEntry, TResult> map, bool parallel) =>
        parallel ? entries.AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, Parallelism)).Select(map).ToList() : entries.ConvertAll(e => map(e));

    [LoggerMessage(Level = LogLevel.Information, Message = "Cross-reference built from {Rows} rows: {Entities} entities, {Successions} successions, {Slots} slots")]
    private static partial void LogBuilt(ILogger logger, int rows, int entities, int successions, int slots);
}
