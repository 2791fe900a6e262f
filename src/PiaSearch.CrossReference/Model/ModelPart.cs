using PiaSearch.CrossReference.Mentions;
using PiaSearch.CrossReference.Resolution;
using PiaSearch.CrossReference.Slots;
using PiaSearch.CrossReference.Successions;
using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.CrossReference.Model;

/// <summary>
/// The cross-reference model of one organisation's change logs (a municipality's, or one log whose municipality is
/// unknown), built from its rows alone: what a log's rows mean never depends on another organisation's logs, so a
/// part is rebuilt only when its own logs change, and the model of a corpus is its parts put side by side
/// (<see cref="CrossReferenceModel.Combine"/>). Cluster ids are the part's own; entity ids are global already
/// (content hashes), except that a contractor, law or system several parts name becomes one entity when combined.
/// Immutable.
/// </summary>
public sealed class ModelPart
{
    internal ModelPart(
        string key,
        IReadOnlyList<ChangeEntry> entries,
        IReadOnlyList<EntryMentions> rows,
        NameClusters clusters,
        IReadOnlyList<Entity> entities,
        string[] entityOfCluster,
        IReadOnlyList<RowChange> rowChanges,
        IReadOnlyList<Succession> successions,
        IReadOnlyList<Slot> slots)
    {
        Key = key;
        Entries = entries;
        Rows = rows;
        Clusters = clusters;
        Entities = entities;
        EntityOfCluster = entityOfCluster;
        RowChanges = rowChanges;
        Successions = successions;
        Slots = slots;
        // One organisation's chains: all its successions share one scope, so the part's key serves as it.
        _chains = new Lazy<SuccessionChains>(() => new SuccessionChains(
            [.. successions.OrderBy(s => s.Date?.From ?? DateOnly.MaxValue).ThenBy(s => s.Evidence[0].Line)],
            _ => key));
    }

    private readonly Lazy<SuccessionChains> _chains;

    /// <summary>
    /// The chains of the part's successions, built on first use and kept with the part, so that putting the parts together
    /// does not run the chains' dynamic programme over every organisation again (<see cref="SuccessionChains.Combine"/>).
    /// The successions are taken in the order the combined model lists them, so the chains are the ones it would find.
    /// </summary>
    internal SuccessionChains Chains => _chains.Value;

    /// <summary>Builds what the part keeps for the model put together from parts (its chains), so that this happens on the thread that built or loaded it.</summary>
    public void Prepare() => _ = _chains.Value;

    /// <summary>The organisation: "@" and its municipality, or the id of a log whose municipality is unknown.</summary>
    public string Key { get; }

    /// <summary>Its rows, by log id and line.</summary>
    public IReadOnlyList<ChangeEntry> Entries { get; }

    /// <summary>The logs it was built from.</summary>
    public IEnumerable<string> DocumentIds => Entries.Select(e => e.DocumentId).Distinct(StringComparer.Ordinal);

    internal IReadOnlyList<EntryMentions> Rows { get; }

    internal NameClusters Clusters { get; }

    internal IReadOnlyList<Entity> Entities { get; }

    internal string[] EntityOfCluster { get; }

    internal IReadOnlyList<RowChange> RowChanges { get; }

    internal IReadOnlyList<Succession> Successions { get; }

    internal IReadOnlyList<Slot> Slots { get; }
}
