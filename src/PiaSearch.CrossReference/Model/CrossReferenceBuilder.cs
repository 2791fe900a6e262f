using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PiaSearch.CrossReference.Mentions;
using PiaSearch.CrossReference.Morphology;
using PiaSearch.CrossReference.Resolution;
using PiaSearch.CrossReference.Slots;
using PiaSearch.CrossReference.Successions;
using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.CrossReference.Model;

/// <summary>
/// Builds the cross-reference model from parsed rows: mentions (twice: the first pass learns the abbreviations
/// each log defines and the names seen whole), laws for bare citations, name clusters, successions, entities,
/// slot histories. The same rows always give the same model and the same ids.
/// </summary>
public sealed partial class CrossReferenceBuilder(IPartOfSpeechTagger? tagger = null, ILogger<CrossReferenceBuilder>? logger = null)
{
    private readonly MentionExtractor _extractor = new(tagger);
    private readonly ILogger _logger = logger ?? NullLogger<CrossReferenceBuilder>.Instance;

    /// <param name="changeEntries">The rows of every change log.</param>
    /// <param name="organisationOf">The organisation (municipality) of a change log, when known: its departments, people
    /// and phone numbers are shared with the organisation's other logs. Unknown, a log is its own organisation.</param>
    public CrossReferenceModel Build(IEnumerable<ChangeEntry> changeEntries, Func<string, string?>? organisationOf = null)
    {
        ArgumentNullException.ThrowIfNull(changeEntries);
        var entries = changeEntries.OrderBy(e => e.DocumentId, StringComparer.Ordinal).ThenBy(e => e.Line).ToList();
        // Rows are read independently (the recognisers hold no state): on every core, in the rows' order.
        var firstPass = entries.AsParallel().AsOrdered().Select(e => _extractor.Extract(e)).ToList();
        var aliases = LearnedAliases.From(firstPass.SelectMany(r => r.All));
        var known = firstPass.SelectMany(r => r.All).Select(m => m.Key).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        var rows = ContextLawResolver.Resolve(entries.AsParallel().AsOrdered().Select(e => _extractor.Extract(e, aliases, known)).ToList());

        var clusters = NameClusterer.Cluster(rows.SelectMany(r => r.All).ToList(), aliases, id => organisationOf?.Invoke(id) is { Length: > 0 } organisation ? "@" + organisation : id);
        var rowChanges = SuccessionDetector.Detect(rows, clusters);
        var byId = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var (entities, entityOfCluster) = EntityBuilder.Build(clusters, rowChanges, byId);
        var successions = SuccessionAggregator.Aggregate(rowChanges, entityOfCluster);
        string? EntityOf(Mention m) => clusters.Of(m) is { } c ? entityOfCluster[c.Id] : null;
        var slots = SlotHistoryBuilder.Build(rows, EntityOf);

        LogBuilt(_logger, entries.Count, entities.Count, successions.Count, slots.Count);
        return new CrossReferenceModel(entries, rows, clusters, entities, entityOfCluster, rowChanges, successions, slots, organisationOf);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Cross-reference built from {Rows} rows: {Entities} entities, {Successions} successions, {Slots} slots")]
    private static partial void LogBuilt(ILogger logger, int rows, int entities, int successions, int slots);
}
